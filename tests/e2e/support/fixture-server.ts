import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fixturesDir } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface Fixture {
  slug: string;
  /** The URL the fixture claims (expected.json "url"); served at the same path on any host. */
  url: string;
  sourcePath: string;
  assetsDir: string;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((slug) => existsSync(path.join(fixturesDir, slug, 'expected.json')))
    .map((slug) => {
      const expected = JSON.parse(readFileSync(path.join(fixturesDir, slug, 'expected.json'), 'utf8')) as {
        url: string;
      };
      return {
        slug,
        url: expected.url,
        sourcePath: path.join(fixturesDir, slug, 'source.html'),
        assetsDir: path.join(fixturesDir, slug, 'assets'),
      };
    });
}

export interface FixtureServer {
  port: number;
  /** The fixture's own URL with this server's port, e.g. http://news.example.test:43121/2022/…/ */
  urlFor(slug: string): string;
  /** Pages added at run time (tests' own markup), served at `path` on any host. */
  addPage(pathname: string, html: string): void;
  /** Serve every file in `dir` under `/prefix/`, on any host (tests/fixtures/consent at /consent/). */
  addDirectory(prefix: string, dir: string): void;
  close(): Promise<void>;
}

/**
 * Serves every fixture page at its own path, and files under a fixture's `assets/` by relative path or
 * file name (/wp-content/uploads/x.png → assets/wp-content/uploads/x.png or assets/x.png). Chromium maps *.test hostnames to 127.0.0.1 with
 * --host-resolver-rules, so pages keep realistic hostnames.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = loadFixtures();
  const pages = new Map<string, string>();
  for (const fixture of fixtures) pages.set(new URL(fixture.url).pathname, fixture.sourcePath);
  const extraPages = new Map<string, string>();
  const directories = new Map<string, string>();

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = extraPages.get(pathname);
    if (extra !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
      response.end(extra);
      return;
    }
    const page = pages.get(pathname);
    const file = page ?? findInDirectories(directories, pathname) ?? findAsset(fixtures, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    urlFor(slug) {
      const fixture = fixtures.find((candidate) => candidate.slug === slug);
      if (!fixture) throw new Error(`No fixture "${slug}" in ${fixturesDir}`);
      const url = new URL(fixture.url);
      url.port = String(port);
      return url.href;
    },
    addPage(pathname, html) {
      extraPages.set(pathname, html);
    },
    addDirectory(prefix, dir) {
      directories.set(`/${prefix}/`, path.resolve(dir));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function findInDirectories(directories: Map<string, string>, pathname: string): string | null {
  for (const [prefix, dir] of directories) {
    if (!pathname.startsWith(prefix)) continue;
    const candidate = path.join(dir, pathname.slice(prefix.length));
    if (candidate.startsWith(dir + path.sep) && existsSync(candidate) && statSync(candidate).isFile()) {
      return candidate;
    }
  }
  return null;
}

/** assets/<request path>, or assets/<file name> for fixtures that keep their assets flat. */
function findAsset(fixtures: Fixture[], pathname: string): string | null {
  for (const fixture of fixtures) {
    for (const candidate of [
      path.join(fixture.assetsDir, pathname),
      path.join(fixture.assetsDir, path.basename(pathname)),
    ]) {
      // Stay inside the assets folder whatever the request path says.
      if (!candidate.startsWith(fixture.assetsDir + path.sep)) continue;
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return null;
}
