import { mountPage } from '@/components/mount-page';
import { studioDataFrom } from '@/utils/routes';
import { App } from './App';

mountPage('studioTitle', <App hash={studioDataFrom(location.hash)} />);
