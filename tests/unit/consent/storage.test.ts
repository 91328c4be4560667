import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONSENT_INDEX_KEY, mustAsk } from '@/utils/consent/gate';
import { ensureConsentIndex, loadConsentMemory, saveConsentMemory } from '@/utils/consent/storage';
import { decision as reject } from './decision';

const decision = reject();

async function storedIndex(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(CONSENT_INDEX_KEY))[CONSENT_INDEX_KEY];
}

describe('the consent index in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written with every save of the memory, and follows it', async () => {
    await saveConsentMemory({ 'example.com': decision });
    expect(await loadConsentMemory()).toEqual({ 'example.com': decision });
    expect(mustAsk(await storedIndex(), undefined, 'www.example.com')).toBe(true);
    await saveConsentMemory({});
    expect(mustAsk(await storedIndex(), undefined, 'www.example.com')).toBe(false);
  });

  it('is made at start-up for memory an older version stored without it', async () => {
    await fakeBrowser.storage.local.set({ consent: { version: 1, sites: { 'old.example': decision } } });
    expect(await storedIndex()).toBeUndefined();
    await ensureConsentIndex();
    expect(mustAsk(await storedIndex(), undefined, 'news.old.example')).toBe(true);
    expect(mustAsk(await storedIndex(), undefined, 'new.example')).toBe(false);
  });

  it('is left as it is when present', async () => {
    await fakeBrowser.storage.local.set({
      consent: { version: 1, sites: {} },
      [CONSENT_INDEX_KEY]: '|kept.example|',
    });
    await ensureConsentIndex();
    expect(await storedIndex()).toBe('|kept.example|');
  });
});
