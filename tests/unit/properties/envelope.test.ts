import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConsentMessage, parseConsentToContent } from '@/utils/consent/protocol';
import { offscreenArticle, parseOffscreenMessage, sealForOffscreen } from '@/utils/library/offscreen';
import { parseMessage } from '@/utils/messages';
import { CHANNELS, type Channel } from '@/utils/messaging/envelope';

// Issue 17: every runtime message is one envelope, `{ channel, type, payload }`, and each channel's
// validator is a trust boundary (a page can drive a content script; any extension context hears the
// background). Good messages go through; every way of spoiling one is refused.

const RUNS = 300;

interface Sample {
  type: string;
  /** Only the fields the validator checks: each must be refused with a value of another kind. */
  payload: Record<string, unknown>;
  optional?: string[];
}

const step = { container: '#bar', button: 'button.no', text: 'nein danke' };
const card = {
  quote: 'There is little ground for optimism.',
  theme: 'dark',
  size: 'portrait',
  createdAt: 1_700_000_100_000,
  post: {
    network: 'bluesky',
    uri: 'at://did:plc:abc/app.bsky.feed.post/3kabc',
    url: 'https://bsky.app/profile/alice.test/post/3kabc',
    pdsUrl: 'http://localhost:2583/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Aabc',
  },
};

/** Each channel's validator, and a good message of every type it knows. */
const CASES: Record<Channel, { parse: (raw: unknown) => unknown; samples: Sample[] }> = {
  pagesToBackground: {
    parse: parseMessage,
    samples: [
      { type: 'capturePage', payload: { tabId: 3 } },
      { type: 'consentStatus', payload: { tabId: 0 } },
      {
        type: 'consentChoose',
        payload: { site: 'example.com', choice: 'reject', tabId: 2 },
        optional: ['tabId'],
      },
      { type: 'consentForget', payload: { site: 'example.com' } },
      { type: 'consentPause', payload: { site: 'example.com', paused: true } },
      { type: 'consentRemoveStep', payload: { site: 'example.com' } },
      { type: 'consentList', payload: {} },
      { type: 'consentImport', payload: { sites: {} } },
      { type: 'consentClear', payload: {} },
      { type: 'consentSetPrefs', payload: { prefs: { defaultChoice: 'none', sync: false } } },
      {
        type: 'librarySave',
        payload: { article: { title: 'A' }, pageUrl: 'https://example.com/a', tabId: 1 },
        optional: ['tabId'],
      },
      { type: 'libraryLookup', payload: { url: 'https://example.com/a' } },
      { type: 'libraryFetchPending', payload: { ids: ['https://example.com/a'] }, optional: ['ids'] },
      { type: 'libraryKeepPost', payload: { url: 'https://example.com/a', card } },
    ],
  },
  contentToBackground: {
    parse: parseConsentMessage,
    samples: [
      { type: 'init', payload: { url: 'https://example.com/' } },
      { type: 'eval', payload: { id: 'e1', snippetId: 'EVAL_0' } },
      { type: 'popupFound', payload: { cmp: 'onetrust', url: 'https://example.com/', payWall: false } },
      { type: 'optOutResult', payload: { cmp: 'onetrust', result: true } },
      { type: 'optInResult', payload: { cmp: 'onetrust', result: false } },
      { type: 'autoconsentDone', payload: { cmp: 'didomi', duration: 120, isCosmetic: false } },
      {
        type: 'pq-user-choice',
        payload: { choice: 'reject', cmp: 'x', by: 'label', step },
        optional: ['step'],
      },
      { type: 'pq-applied', payload: { cmp: 'Klaro', action: 'optIn', attempts: 2 } },
      { type: 'pq-apply-failed', payload: { cmp: 'Klaro', action: 'optOut', reason: 'self-test' } },
    ],
  },
  backgroundToContent: {
    parse: parseConsentToContent,
    samples: [
      { type: 'initResp', payload: { rules: { autoconsent: [] }, config: { enabled: true } } },
      { type: 'evalResp', payload: { id: 'e1' } },
      { type: 'optIn', payload: {} },
      { type: 'optOut', payload: {} },
      { type: 'pq-restart', payload: {} },
      { type: 'pq-step', payload: { step } },
    ],
  },
  backgroundToOffscreen: {
    parse: parseOffscreenMessage,
    samples: [{ type: 'extract', payload: { html: '<p>Hi</p>', url: 'https://example.com/a' } }],
  },
};

function envelope(channel: string, sample: Sample, ...payload: [unknown?]) {
  return { channel, type: sample.type, payload: payload.length > 0 ? payload[0] : sample.payload };
}

/** A JSON value's kind: what a validator tells apart. */
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const notARecord = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);

describe.each(CHANNELS)('the %s channel', (channel) => {
  const { parse, samples } = CASES[channel];
  const anySample = fc.constantFrom(...samples);
  const known = new Set(samples.map((sample) => sample.type));

  it('knows a good message of every type', () => {
    for (const sample of samples) expect(parse(envelope(channel, sample)), sample.type).not.toBeNull();
  });

  it('refuses anything at all that is not an envelope of its own channel', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const ours =
          typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === channel;
        if (!ours) expect(parse(raw)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a good message on another channel, or under a channel name it does not have', () => {
    const otherChannel = fc.oneof(
      fc.constantFrom(...CHANNELS.filter((other) => other !== channel)),
      fc.string().filter((name) => name !== channel),
    );
    fc.assert(
      fc.property(anySample, otherChannel, (sample, other) => {
        expect(parse(envelope(other, sample))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a type it does not know', () => {
    fc.assert(
      fc.property(
        anySample,
        fc.string({ maxLength: 80 }).filter((type) => !known.has(type)),
        (sample, type) => {
          expect(parse({ ...envelope(channel, sample), type })).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a payload that is not an object', () => {
    fc.assert(
      fc.property(anySample, notARecord, (sample, payload) => {
        expect(parse(envelope(channel, sample, payload))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a field beside the three of the envelope', () => {
    const key = fc.string({ minLength: 1 }).filter((name) => !['channel', 'type', 'payload'].includes(name));
    fc.assert(
      fc.property(anySample, key, fc.jsonValue(), (sample, name, value) => {
        expect(parse({ ...envelope(channel, sample), [name]: value })).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a message missing a field it needs', () => {
    for (const sample of samples) {
      for (const field of Object.keys(sample.payload).filter((key) => !sample.optional?.includes(key))) {
        const { [field]: _dropped, ...rest } = sample.payload;
        expect(parse(envelope(channel, sample, rest)), `${sample.type} without ${field}`).toBeNull();
      }
    }
  });

  it('refuses a checked field holding a value of another kind', () => {
    const spoiled = anySample
      .filter((sample) => Object.keys(sample.payload).length > 0)
      .chain((sample) =>
        fc.tuple(fc.constant(sample), fc.constantFrom(...Object.keys(sample.payload))).chain(([s, field]) =>
          fc.tuple(
            fc.constant(s),
            fc.constant(field),
            fc.jsonValue().filter((value) => kindOf(value) !== kindOf(s.payload[field])),
          ),
        ),
      );
    if (samples.every((sample) => Object.keys(sample.payload).length === 0)) return;
    fc.assert(
      fc.property(spoiled, ([sample, field, value]) => {
        expect(parse(envelope(channel, sample, { ...sample.payload, [field]: value }))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

/** Anything but an object holding an `article` object. */
const withoutArticle = (value: unknown) => {
  const article =
    typeof value === 'object' && value !== null ? (value as { article?: unknown }).article : null;
  return typeof article !== 'object' || article === null || Array.isArray(article);
};

describe("the offscreen document's answer", () => {
  it('reads back what the background sealed', () => {
    const request = { html: '<p>Hi</p>', url: 'https://example.com/a' };
    expect(parseOffscreenMessage(sealForOffscreen(request))).toEqual(request);
  });

  it('is an article object, or null for anything else', () => {
    const article = { title: 'A', url: 'https://example.com/a' };
    expect(offscreenArticle({ article })).toEqual(article);
    fc.assert(
      fc.property(
        fc.oneof(fc.anything().filter(withoutArticle), fc.record({ article: notARecord })),
        (answer) => {
          expect(offscreenArticle(answer)).toBeNull();
        },
      ),
      { numRuns: RUNS, examples: [[{ article: null }], [undefined], [{ error: 'x' }]] },
    );
  });
});
