import { mountPage } from '@/components/mount-page';
import { App } from './App';

mountPage('optionsTitle', <App />);
