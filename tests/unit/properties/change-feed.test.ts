import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEED_MAX_ID_CHARS,
  FEED_MAX_IDS,
  type FeedMessage,
  feedMessageFor,
  parseFeedMessage,
} from '@/utils/library/change-feed';

// The library's change feed crosses contexts (the background, every library and reader tab): each end
// checks what it hears. Good messages go through unchanged; every way of spoiling one is refused; and
// whatever a write posts, the listeners accept.

const RUNS = 300;

const id = fc.webUrl().filter((url) => url.length <= FEED_MAX_ID_CHARS);
const ids = fc.array(id, { maxLength: 20 });
const good: fc.Arbitrary<FeedMessage> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.record({ kind: fc.constant('items' as const), written: ids, removed: ids }),
);
/** Anything of another kind than an id list. */
const notIdList = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object(),
  fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.constant(''), fc.object()), { minLength: 1 }),
);

describe('change feed messages', () => {
  it('accepts every good message as it is', () => {
    fc.assert(
      fc.property(good, (message) => {
        expect(parseFeedMessage(message)).toEqual(message);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses anything that is not an object, and objects of an unknown kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .anything()
            .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
          fc.record({ kind: fc.string().filter((kind) => kind !== 'all' && kind !== 'items') }),
          fc.dictionary(fc.string(), fc.anything()).filter((record) => !('kind' in record)),
        ),
        (raw) => {
          expect(parseFeedMessage(raw)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a good message with a field missing, of another kind, or an extra field', () => {
    const spoiled = fc.oneof(
      // A field of the items message holding something else.
      fc
        .tuple(ids, ids, fc.constantFrom('written', 'removed'), notIdList)
        .map(([written, removed, field, bad]) => ({ kind: 'items', written, removed, [field]: bad })),
      // A field left out.
      fc
        .tuple(ids, fc.constantFrom('written', 'removed'))
        .map(([list, field]) => ({ kind: 'items', [field]: list })),
      // An extra field, on either kind.
      fc
        .tuple(
          good,
          fc.string().filter((key) => !['kind', 'written', 'removed', '__proto__'].includes(key)),
          fc.anything(),
        )
        .map(([message, key, value]) => ({ ...message, [key]: value })),
    );
    fc.assert(
      fc.property(spoiled, (raw) => {
        expect(parseFeedMessage(raw)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses too many ids, an empty id and an over-long one', () => {
    const many = Array.from({ length: FEED_MAX_IDS + 1 }, (_, index) => `https://a.example/${index}`);
    const half = many.slice(0, FEED_MAX_IDS / 2 + 1);
    for (const raw of [
      { kind: 'items', written: many, removed: [] },
      { kind: 'items', written: half, removed: half },
      { kind: 'items', written: [''], removed: [] },
      { kind: 'items', written: [], removed: [`https://a.example/${'x'.repeat(FEED_MAX_ID_CHARS)}`] },
    ]) {
      expect(parseFeedMessage(raw)).toBeNull();
    }
  });

  it('posts for every write a message its listeners accept: the ids, or all when there are too many', () => {
    const idLike = fc.oneof(
      id,
      fc.string({ maxLength: 3 }),
      fc.string({ minLength: FEED_MAX_ID_CHARS - 2, maxLength: FEED_MAX_ID_CHARS + 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(idLike, { maxLength: FEED_MAX_IDS + 20 }),
        fc.array(idLike, { maxLength: 30 }),
        fc.boolean(),
        (written, removed, all) => {
          const message = feedMessageFor({ written, removed, all });
          if (message === null) {
            expect(all || written.length + removed.length > 0).toBe(false);
            return;
          }
          expect(parseFeedMessage(message)).toEqual(message);
          if (message.kind === 'items') {
            expect(new Set(message.written)).toEqual(new Set(written));
            expect(new Set(message.removed)).toEqual(new Set(removed));
          } else {
            const listed = new Set([...written, ...removed]);
            const listable =
              listed.size <= FEED_MAX_IDS &&
              [...listed].every((one) => one !== '' && one.length <= FEED_MAX_ID_CHARS);
            expect(all || !listable).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
