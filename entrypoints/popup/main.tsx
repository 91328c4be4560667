import { mountPage } from '@/components/mount-page';
import { SaveFailureNotice } from '@/components/SaveFailureNotice';
import { App } from './App';
import { browserFlowDeps } from './port';

mountPage(
  'extName',
  <>
    <SaveFailureNotice />
    <App search={location.search} deps={browserFlowDeps} />
  </>,
);
