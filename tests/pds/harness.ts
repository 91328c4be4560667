/**
 * The reference Bluesky PDS for tests and benchmarks, from the system Node: starts tests/pds/server.mjs under
 * the Node 22 that tests/pds/install.sh installed, and talks to the PDS only through its public XRPC API
 * (plus the harness's control endpoint for an expired access token). See docs/bluesky.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const node22 = path.join(here, 'node_modules/node/bin/node');

export interface TestAccount {
  did: string;
  handle: string;
  email: string;
  /** The account's own password: what a careless user might type instead of an app password. */
  password: string;
  /** An app password made through the PDS's API (com.atproto.server.createAppPassword). */
  appPassword: string;
}

export interface PostRecord {
  uri: string;
  cid: string;
  value: Record<string, unknown>;
}

export interface TestPds {
  /** The PDS's own address (http://localhost:PORT), as its DID documents name it. */
  pdsUrl: string;
  /** The in-process PLC directory (did:plc documents). */
  plcUrl: string;
  /** A fresh account with an app password. */
  createAccount(name?: string): Promise<TestAccount>;
  /** The same access token, re-signed by the harness to have expired a minute ago. */
  expiredAccessToken(accessJwt: string): Promise<string>;
  /** A record read back through com.atproto.repo.getRecord. */
  getRecord(atUri: string): Promise<PostRecord>;
  /** A blob's bytes through com.atproto.sync.getBlob. */
  getBlob(did: string, cid: string): Promise<Uint8Array>;
  /** The account's posts, newest first (com.atproto.repo.listRecords). */
  listPosts(did: string): Promise<PostRecord[]>;
  /** Any XRPC call: a procedure (POST) when there is a body, else a query (GET). */
  xrpc(
    method: string,
    init?: { body?: unknown; token?: string; query?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The PDS's own rate limits (off in dev-env by default). */
  rateLimits?: boolean;
}

/** Start the PDS and its PLC; resolves once both answer. */
export async function startTestPds(options: StartOptions = {}): Promise<TestPds> {
  if (!existsSync(node22)) {
    throw new Error(
      'The test PDS is not installed: run `bash tests/pds/install.sh` (Node 22 and @atproto/dev-env, ' +
        'kept apart from the extension; .ci/run does this).',
    );
  }
  const child: ChildProcess = spawn(node22, [path.join(here, 'server.mjs')], {
    cwd: here,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PDS_RATE_LIMITS: options.rateLimits ? '1' : '0',
      // The PDS logs every request at "info"; only its errors are worth a test's output.
      LOG_LEVEL: 'error',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const ready = await new Promise<{ pdsUrl: string; plcUrl: string; controlUrl: string }>(
    (resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(
        () => reject(new Error(`The test PDS did not start in 90 s\n${stderr}`)),
        90_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const line = buffered.split('\n').find((candidate) => candidate.startsWith('{'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The test PDS exited (${code}) before it was ready\n${stderr}`));
      });
    },
  );
  const { pdsUrl, plcUrl, controlUrl } = ready;

  const xrpc: TestPds['xrpc'] = async (method, init = {}) => {
    const url = new URL(`/xrpc/${method}`, pdsUrl);
    for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(url, {
      method: init.body !== undefined ? 'POST' : 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  };
  const json = async <T>(response: Response): Promise<T> => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  let accounts = 0;
  return {
    pdsUrl,
    plcUrl,
    xrpc,
    async createAccount(name = 'reader') {
      accounts += 1;
      const handle = `${name}${accounts}-${Date.now().toString(36)}.test`;
      const email = `${handle}@example.com`;
      const password = `main-password-${accounts}`;
      const created = await json<{ did: string; accessJwt: string }>(
        await xrpc('com.atproto.server.createAccount', { body: { handle, email, password } }),
      );
      const app = await json<{ password: string }>(
        await xrpc('com.atproto.server.createAppPassword', {
          body: { name: 'Pullquote' },
          token: created.accessJwt,
        }),
      );
      return { did: created.did, handle, email, password, appPassword: app.password };
    },
    async expiredAccessToken(accessJwt) {
      const response = await fetch(`${controlUrl}/expired-access-token`, {
        method: 'POST',
        body: JSON.stringify({ accessJwt }),
      });
      return (await json<{ accessJwt: string }>(response)).accessJwt;
    },
    async getRecord(atUri) {
      const [, , repo, collection, rkey] = atUri.split('/');
      if (!repo || !collection || !rkey) throw new Error(`Not a record URI: ${atUri}`);
      return json<PostRecord>(
        await xrpc('com.atproto.repo.getRecord', { query: { repo, collection, rkey } }),
      );
    },
    async getBlob(did, cid) {
      const response = await xrpc('com.atproto.sync.getBlob', { query: { did, cid } });
      if (!response.ok) throw new Error(`getBlob ${cid}: ${response.status} ${await response.text()}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async listPosts(did) {
      const listed = await json<{ records: PostRecord[] }>(
        await xrpc('com.atproto.repo.listRecords', {
          query: { repo: did, collection: 'app.bsky.feed.post' },
        }),
      );
      return listed.records;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
