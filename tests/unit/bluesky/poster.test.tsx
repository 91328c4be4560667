import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BlueskyPoster } from '@/components/bluesky/BlueskyPoster';
import { BlueskyError } from '@/utils/bluesky/errors';
import { ImageTooLargeError } from '@/utils/bluesky/image';
import type { BlueskyPort, ConnectInput } from '@/utils/bluesky/port';
import type { PostDraft, PreparedPost } from '@/utils/bluesky/post';
import { composeBlueskyText } from '@/utils/bluesky/post-text';
import type { BlueskySession } from '@/utils/bluesky/session';
import type { LibraryCard } from '@/utils/library/types';
import { installEnglishI18n } from '../support/i18n';

/**
 * The posting dialog's flow with an in-memory port (the real client is tested against the PDS in
 * session.test.ts and end to end): first connection, failures that keep the draft, an ended session.
 */

const SESSION: BlueskySession = {
  service: 'https://pds.example.com',
  pds: 'https://pds.example.com',
  custom: true,
  did: 'did:plc:abc',
  handle: 'alice.example.com',
  accessJwt: 'a',
  refreshJwt: 'r',
};

const LINK = 'https://news.example.test/story/#:~:text=little%20ground';

function prepared(overrides: Partial<PreparedPost> = {}): PreparedPost {
  return {
    text: composeBlueskyText(
      { quote: 'There is little ground for optimism.', speaker: 'Ana Ruiz', title: 'Talks', url: LINK },
      LINK,
    ),
    langs: ['en'],
    lang: 'en',
    card: { blob: new Blob([new Uint8Array(2048)], { type: 'image/png' }), width: 1080, height: 1350 },
    alt: 'Quote card: “There is little ground for optimism.” — Ana Ruiz.',
    external: { uri: 'https://news.example.test/story/', title: 'Talks end', description: 'Summary.' },
    articleUrl: 'https://news.example.test/story/',
    libraryCard: { quote: 'There is little ground for optimism.', theme: 'light', size: 'portrait' },
    ...overrides,
  };
}

interface FakePort extends BlueskyPort {
  stored: BlueskySession | null;
  connects: ConnectInput[];
  drafts: PostDraft[];
  kept: LibraryCard[];
  connectResults: Array<BlueskyError | null>;
  publishResults: Array<BlueskyError | null>;
}

function fakePort(stored: BlueskySession | null): FakePort {
  const port: FakePort = {
    stored,
    connects: [],
    drafts: [],
    kept: [],
    connectResults: [],
    publishResults: [],
    session: async () => port.stored,
    watch: () => () => undefined,
    async connect(input) {
      port.connects.push(input);
      const failure = port.connectResults.shift();
      if (failure) throw failure;
      port.stored = SESSION;
      return SESSION;
    },
    async disconnect() {
      port.stored = null;
      return { serverTold: true };
    },
    async publish(draft) {
      port.drafts.push(draft);
      const failure = port.publishResults.shift();
      if (failure) {
        if (failure.kind === 'expired') port.stored = null;
        throw failure;
      }
      return {
        uri: 'at://did:plc:abc/app.bsky.feed.post/3kabc',
        cid: 'bafy',
        url: 'https://bsky.app/profile/alice.example.com/post/3kabc',
        pdsUrl: 'https://pds.example.com/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Aabc',
      };
    },
    async keepWithArticle(_url, card) {
      port.kept.push(card);
      return true;
    },
  };
  return port;
}

function renderPoster(port: BlueskyPort, make: () => Promise<PreparedPost> = async () => prepared()) {
  render(<BlueskyPoster port={port} prepare={make} draftKey="k" />);
  fireEvent.click(screen.getByRole('button', { name: 'Post to Bluesky' }));
}

const alert = () =>
  screen
    .getAllByRole('alert')
    .map((element) => element.textContent ?? '')
    .join(' ');

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});
afterEach(cleanup);

describe('the Bluesky posting dialog', () => {
  it('connects on first use, then previews exactly what will be posted', async () => {
    const port = fakePort(null);
    port.connectResults.push(new BlueskyError('wrong-password', '401'));
    renderPoster(port);
    await screen.findByText(/Connect your Bluesky account to post/);
    fireEvent.input(screen.getByLabelText('Handle or email'), { target: { value: 'alice.example.com' } });
    fireEvent.input(screen.getByLabelText('App password'), { target: { value: 'aaaa-bbbb-cccc-dddd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(alert()).toContain('Bluesky did not accept that handle and app password'));
    // Nothing typed is lost; a second try connects.
    expect((screen.getByLabelText('Handle or email') as HTMLInputElement).value).toBe('alice.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByTestId('bluesky-post-preview');
    expect(port.connects).toHaveLength(2);
    expect(screen.getByText('Posting as @alice.example.com')).toBeTruthy();
    const link = screen.getByTestId('bluesky-link');
    expect(link.textContent).toBe('news.example.test/story/#:~:te...');
    expect(link.getAttribute('href')).toBe(LINK);
    expect(screen.getByText(/^\d+\/300$/).textContent).toBe(`${prepared().text.graphemes}/300`);
    expect(screen.getByTestId('bluesky-image-size').textContent).toBe(
      'Card image: PNG, 2 kB, 1080×1350 pixels',
    );
  });

  it('a rate limit says when to retry and keeps the edited draft; the retry posts it', async () => {
    const port = fakePort(SESSION);
    const at = new Date(2030, 0, 2, 14, 5).getTime();
    port.publishResults.push(new BlueskyError('rate-limit', '429', at));
    renderPoster(port);
    const alt = (await screen.findByLabelText(/^Alt text/)) as HTMLTextAreaElement;
    fireEvent.input(alt, { target: { value: `${alt.value} Edited.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(alert()).toContain('Try again after'));
    expect(alert()).toContain(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(at));
    expect(alert()).toContain('Your post is kept.');
    expect((screen.getByLabelText(/^Alt text/) as HTMLTextAreaElement).value).toMatch(/ Edited\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(/Posted to Bluesky\./);
    expect(port.drafts.map((draft) => draft.image?.alt)).toEqual([
      `${prepared().alt} Edited.`,
      `${prepared().alt} Edited.`,
    ]);
    expect(screen.getByTestId('bluesky-post-url').getAttribute('href')).toBe(
      'https://bsky.app/profile/alice.example.com/post/3kabc',
    );
    expect(screen.getByTestId('bluesky-record-url')).toBeTruthy();
    expect(screen.getByText(/Kept with the article in your library\./)).toBeTruthy();
    expect(port.kept).toEqual([
      expect.objectContaining({
        theme: 'light',
        size: 'portrait',
        post: expect.objectContaining({
          network: 'bluesky',
          uri: 'at://did:plc:abc/app.bsky.feed.post/3kabc',
        }),
      }),
    ]);
  });

  it.each([
    ['offline', new BlueskyError('offline', 'x'), 'You are offline.'],
    ['unreachable', new BlueskyError('unreachable', 'x'), 'The Bluesky server could not be reached.'],
    ['too large for the server', new BlueskyError('image-too-large', 'x'), 'could not be made small enough'],
    [
      'anything else',
      new BlueskyError('other', 'Internal Server Error'),
      'Bluesky answered: Internal Server Error',
    ],
  ])('%s: says what happened and keeps the draft', async (_name, failure, text) => {
    const port = fakePort(SESSION);
    port.publishResults.push(failure);
    renderPoster(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Post' }));
    await waitFor(() => expect(alert()).toContain(text));
    expect(alert()).toContain('Your post is kept.');
    expect(screen.getByTestId('bluesky-post-preview')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Post' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('an ended session asks to connect again, then posts the same draft', async () => {
    const port = fakePort(SESSION);
    port.publishResults.push(new BlueskyError('expired', 'ExpiredToken'));
    renderPoster(port);
    const alt = (await screen.findByLabelText(/^Alt text/)) as HTMLTextAreaElement;
    fireEvent.input(alt, { target: { value: 'My own words.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(/Your Bluesky session has ended\. Connect again to post; your post is kept\./);
    fireEvent.input(screen.getByLabelText('Handle or email'), { target: { value: 'alice.example.com' } });
    fireEvent.input(screen.getByLabelText('App password'), { target: { value: 'aaaa-bbbb-cccc-dddd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByTestId('bluesky-post-preview');
    expect((screen.getByLabelText(/^Alt text/) as HTMLTextAreaElement).value).toBe('My own words.');
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(/Posted to Bluesky\./);
    expect(port.drafts.at(-1)?.image?.alt).toBe('My own words.');
  });

  it('a card that cannot fit says so and posts a link card instead', async () => {
    const port = fakePort(SESSION);
    renderPoster(port, async () => prepared({ card: null, cardError: new ImageTooLargeError(1_400_000) }));
    await screen.findByTestId('bluesky-external');
    expect(alert()).toContain('The card image could not be made small enough for Bluesky (1 MB)');
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(/Posted to Bluesky\./);
    expect(port.drafts[0]?.image).toBeUndefined();
    expect(port.drafts[0]?.external).toEqual(prepared().external);
  });

  it('unticking the card posts the link card; an empty alt text cannot be posted', async () => {
    const port = fakePort(SESSION);
    renderPoster(port);
    const alt = (await screen.findByLabelText(/^Alt text/)) as HTMLTextAreaElement;
    fireEvent.input(alt, { target: { value: '   ' } });
    expect((screen.getByRole('button', { name: 'Post' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Attach the quote card'));
    await screen.findByTestId('bluesky-external');
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(/Posted to Bluesky\./);
    expect(port.drafts[0]).toMatchObject({ external: prepared().external });
  });
});
