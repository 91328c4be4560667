import { describe, expect, it, vi } from 'vitest';
import { type OnboardingApi, openWelcomeOnInstall } from '@/utils/onboarding';

function fakeApi() {
  const createTab = vi.fn(async (_url: string) => undefined);
  const api: OnboardingApi = { getURL: (path) => `chrome-extension://abc${path}`, createTab };
  return { api, createTab };
}

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page on a first install', async () => {
    const { api, createTab } = fakeApi();
    await expect(openWelcomeOnInstall({ reason: 'install' }, api)).resolves.toBe(true);
    expect(createTab).toHaveBeenCalledExactlyOnceWith('chrome-extension://abc/welcome.html');
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      const { api, createTab } = fakeApi();
      await expect(openWelcomeOnInstall({ reason }, api)).resolves.toBe(false);
      expect(createTab).not.toHaveBeenCalled();
    },
  );
});
