import { WELCOME_PAGE } from './routes';

/** What `openWelcomeOnInstall` needs from the browser, so it can be tested without one. */
export interface OnboardingApi {
  getURL(path: typeof WELCOME_PAGE): string;
  createTab(url: string): Promise<unknown>;
}

/**
 * `runtime.onInstalled`: a first install opens the welcome page; updates, browser updates and shared-module
 * installs do not (nobody wants a tab at every version).
 */
export async function openWelcomeOnInstall(
  details: { reason: string; temporary?: boolean },
  api: OnboardingApi,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await api.createTab(api.getURL(WELCOME_PAGE));
  return true;
}
