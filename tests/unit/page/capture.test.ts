import { describe, expect, it, vi } from 'vitest';
import { type CaptureApi, capturePage } from '@/utils/page/capture';

const snapshot = {
  html: '<html><body>x</body></html>',
  url: 'https://news.example/a',
  title: 'A',
  selection: '',
  tookMs: 2,
};

function api(overrides: Partial<CaptureApi>): CaptureApi {
  return {
    getTab: async () => ({ url: 'https://news.example/a' }),
    injectExtract: async () => snapshot,
    ...overrides,
  };
}

describe('capturePage', () => {
  it('returns the snapshot the injected script produced', async () => {
    await expect(capturePage(api({}), 7)).resolves.toEqual({ ok: true, snapshot });
  });

  it('does not inject into a page it knows is forbidden', async () => {
    const injectExtract = vi.fn(async () => snapshot);
    const result = await capturePage(
      api({ getTab: async () => ({ url: 'chrome://settings/' }), injectExtract }),
      7,
    );
    expect(result).toEqual({ ok: false, reason: 'browser-page' });
    expect(injectExtract).not.toHaveBeenCalled();
  });

  it('classifies a refusal it could not predict (URL hidden without activeTab)', async () => {
    const result = await capturePage(
      api({
        getTab: async () => ({}),
        injectExtract: async () => {
          throw new Error('Cannot access a chrome:// URL');
        },
      }),
      7,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'browser-page',
      detail: 'Cannot access a chrome:// URL',
    });
  });

  it('reports a closed tab', async () => {
    const result = await capturePage(
      api({
        getTab: async () => {
          throw new Error('No tab with id: 7.');
        },
      }),
      7,
    );
    expect(result).toEqual({ ok: false, reason: 'no-tab' });
  });

  it('rejects a result that is not a snapshot', async () => {
    const result = await capturePage(api({ injectExtract: async () => ({ html: 1 }) }), 7);
    expect(result).toMatchObject({ ok: false, reason: 'no-access' });
  });
});
