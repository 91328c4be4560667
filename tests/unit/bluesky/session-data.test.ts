import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdsFromDidDocument } from '@/utils/bluesky/identity';
import { bskyPostUrl, draftFrom, parseAtUri, pdsRecordUrl, postRecord } from '@/utils/bluesky/post';
import { composeBlueskyText } from '@/utils/bluesky/post-text';
import {
  type BlueskySession,
  isAppPasswordSession,
  normalizeIdentifier,
  normalizeServer,
  normalizeSession,
} from '@/utils/bluesky/session';

const jwt = (claims: object) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

const SESSION: BlueskySession = {
  service: 'https://bsky.social',
  pds: 'https://morel.us-east.host.bsky.network',
  custom: false,
  did: 'did:plc:abc123',
  handle: 'alice.bsky.social',
  accessJwt: jwt({ scope: 'com.atproto.appPass' }),
  refreshJwt: jwt({ scope: 'com.atproto.refresh' }),
};

describe('normalizeServer: the address a reader types', () => {
  it.each([
    ['pds.example.com', 'https://pds.example.com'],
    ['  https://PDS.example.com/  ', 'https://pds.example.com'],
    ['https://pds.example.com:8443', 'https://pds.example.com:8443'],
    ['http://localhost:2583', 'http://localhost:2583'],
    ['http://127.0.0.1:2583/', 'http://127.0.0.1:2583'],
    ['http://[::1]:2583', 'http://[::1]:2583'],
    ['http://pds.example.com', null],
    ['http://192.168.1.5', null],
    ['https://pds.example.com/xrpc', null],
    ['https://user:pw@pds.example.com', null],
    ['https://pds.example.com/?a=1', null],
    ['javascript:alert(1)', null],
    ['ftp://pds.example.com', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeServer(input)).toBe(expected);
  });

  it('property: anything typed is refused or becomes an https (or loopback http) origin that stays put', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (input) => {
          const server = normalizeServer(input);
          if (server === null) return;
          const url = new URL(server);
          expect(server).toBe(url.origin);
          expect(
            url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
          ).toBe(true);
          expect(normalizeServer(server)).toBe(server);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeSession: what is read back from storage', () => {
  it('keeps a valid session', () => {
    expect(normalizeSession(SESSION)).toEqual(SESSION);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'x'],
    ['no refresh token', { ...SESSION, refreshJwt: '' }],
    ['a DID that is not one', { ...SESSION, did: 'alice' }],
    ['a server over plain http elsewhere', { ...SESSION, pds: 'http://evil.example' }],
    ['a server with a path', { ...SESSION, service: 'https://bsky.social/x' }],
  ])('drops %s', (_name, value) => {
    expect(normalizeSession(value)).toBeNull();
  });

  it('drops what it does not know (a password field never survives a read)', () => {
    expect(normalizeSession({ ...SESSION, password: 'hunter2' })).toEqual(SESSION);
  });

  it('property: never throws, and what it returns is valid again', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record({ did: fc.string(), pds: fc.string(), handle: fc.string() }),
        (junk, parts) => {
          for (const value of [junk, { ...SESSION, ...parts }]) {
            const normalized = normalizeSession(value);
            if (normalized !== null) expect(normalizeSession(normalized)).toEqual(normalized);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('app passwords', () => {
  it.each([
    ['app password', 'com.atproto.appPass', true],
    ['privileged app password', 'com.atproto.appPassPrivileged', true],
    ['account password', 'com.atproto.access', false],
  ])('%s', (_name, scope, expected) => {
    expect(isAppPasswordSession(jwt({ scope }))).toBe(expected);
  });

  it('gives an opaque token the benefit of the doubt', () => {
    expect(isAppPasswordSession('opaque-token')).toBe(true);
  });

  it.each([
    ['@Alice.BSKY.social ', 'alice.bsky.social'],
    ['Alice@Example.com', 'Alice@Example.com'],
  ])('identifier %j → %j', (input, expected) => {
    expect(normalizeIdentifier(input)).toBe(expected);
  });
});

describe('pdsFromDidDocument', () => {
  const did = 'did:plc:abc123';
  const service = (id: string, type = 'AtprotoPersonalDataServer', endpoint = 'https://pds.example.com') => ({
    id,
    type,
    serviceEndpoint: endpoint,
  });
  it.each([
    ['the #atproto_pds service', { id: did, service: [service('#atproto_pds')] }, 'https://pds.example.com'],
    ['the id with the DID', { id: did, service: [service(`${did}#atproto_pds`)] }, 'https://pds.example.com'],
    ['another DID’s document', { id: 'did:plc:other', service: [service('#atproto_pds')] }, null],
    ['a labeler only', { id: did, service: [service('#atproto_labeler', 'AtprotoLabeler')] }, null],
    [
      'a plain-http endpoint',
      { id: did, service: [service('#atproto_pds', undefined, 'http://pds.example.com')] },
      null,
    ],
    ['no services', { id: did }, null],
    ['not an object', 'nope', null],
  ])('%s', (_name, document, expected) => {
    expect(pdsFromDidDocument(did, document)).toBe(expected);
  });

  it('property: a document from the network never throws and names only a server normalizeServer accepts', () => {
    const documents = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.constantFrom(did, 'did:plc:other'),
        service: fc.array(
          fc.record({
            id: fc.constantFrom('#atproto_pds', `${did}#atproto_pds`, '#other'),
            type: fc.constantFrom('AtprotoPersonalDataServer', 'Other'),
            serviceEndpoint: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
          }),
        ),
      }),
    );
    fc.assert(
      fc.property(documents, (document) => {
        const pds = pdsFromDidDocument(did, document);
        if (pds !== null) expect(normalizeServer(pds)).toBe(pds);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the post record and its addresses', () => {
  const uri = 'at://did:plc:abc123/app.bsky.feed.post/3kabc';

  it('parses at:// URIs', () => {
    expect(parseAtUri(uri)).toEqual({
      repo: 'did:plc:abc123',
      collection: 'app.bsky.feed.post',
      rkey: '3kabc',
    });
    expect(parseAtUri('https://bsky.app/')).toBeNull();
  });

  it('links to bsky.app and to the record on its PDS', () => {
    expect(bskyPostUrl('alice.bsky.social', uri)).toBe(
      'https://bsky.app/profile/alice.bsky.social/post/3kabc',
    );
    expect(pdsRecordUrl('https://pds.example.com', uri)).toBe(
      'https://pds.example.com/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Aabc123&collection=app.bsky.feed.post&rkey=3kabc',
    );
  });

  it('builds an image post with alt text and aspect ratio, or a link-card post', () => {
    const text = composeBlueskyText(
      { quote: 'Q', title: 'T', url: 'https://a.example/' },
      'https://a.example/',
    );
    const prepared = {
      text,
      langs: ['en', 'de', 'fr', 'es'],
      card: { blob: new Blob(['x'], { type: 'image/png' }), width: 1080, height: 1350 },
      alt: 'Card',
      external: { uri: 'https://a.example/', title: 'T', description: 'D' },
      articleUrl: 'https://a.example/',
      libraryCard: { quote: 'Q', theme: 'light', size: 'portrait' },
    };
    const withCard = postRecord(
      draftFrom(prepared, { withCard: true, alt: '  Edited  ' }),
      { image: 'BLOB' },
      'NOW',
    );
    expect(withCard).toEqual({
      $type: 'app.bsky.feed.post',
      text: text.text,
      facets: text.facets,
      createdAt: 'NOW',
      langs: ['en', 'de', 'fr'],
      embed: {
        $type: 'app.bsky.embed.images',
        images: [{ image: 'BLOB', alt: 'Edited', aspectRatio: { width: 1080, height: 1350 } }],
      },
    });
    const thumb = new Blob(['t'], { type: 'image/jpeg' });
    const linkCard = postRecord(
      draftFrom(prepared, { withCard: false, alt: 'x' }, thumb),
      { thumb: 'THUMB' },
      'NOW',
    );
    expect(linkCard.embed).toEqual({
      $type: 'app.bsky.embed.external',
      external: { uri: 'https://a.example/', title: 'T', description: 'D', thumb: 'THUMB' },
    });
  });
});
