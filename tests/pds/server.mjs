// The reference atproto PDS with an in-process PLC directory (@atproto/dev-env's TestNetworkNoAppView), for
// Pullquote's Bluesky tests and benchmark. Runs under the Node 22 this package installs (tests/pds/install.sh);
// tests/pds/harness.ts starts it as a child process and reads the one JSON line it prints when ready.
//
// Beside the PDS it serves a small control endpoint on loopback, for what a test cannot do through the PDS's
// own API: an access token whose time is up (the PDS signs its tokens with dev-env's fixed JWT secret, so a
// token re-signed with an expiry in the past is one the PDS itself rejects as ExpiredToken).
//
// Options (environment): PDS_RATE_LIMITS=1 turns the PDS's own rate limits on (createSession: 30 per identifier
// every 5 minutes), so the tests meet a real 429.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
// The network module alone: the package's index also loads the AppView, Ozone and their dependencies, which
// triples the start-up time for nothing these tests use.
import { JWT_SECRET } from './node_modules/@atproto/dev-env/dist/const.js';
import { TestNetworkNoAppView } from './node_modules/@atproto/dev-env/dist/network-no-appview.js';

const base64url = (value) => Buffer.from(value).toString('base64url');

/** The same access token (subject, audience, scope) signed again so that it expired a minute ago. */
function expiredCopy(jwt) {
  const [header, payload] = jwt.split('.');
  if (!header || !payload) throw new Error('not a JWT');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const now = Math.floor(Date.now() / 1000);
  const body = `${header}.${base64url(JSON.stringify({ ...claims, iat: now - 7260, exp: now - 60 }))}`;
  return `${body}.${createHmac('sha256', JWT_SECRET).update(body).digest('base64url')}`;
}

const network = await TestNetworkNoAppView.create({
  pds: process.env.PDS_RATE_LIMITS === '1' ? { rateLimitsEnabled: true } : {},
});

const control = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    try {
      if (request.method !== 'POST' || request.url !== '/expired-access-token') {
        response.writeHead(404).end();
        return;
      }
      const { accessJwt } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ accessJwt: expiredCopy(accessJwt) }));
    } catch (error) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
});
await new Promise((resolve) => control.listen(0, '127.0.0.1', resolve));

const stop = async () => {
  control.close();
  await network.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent's end of stdin closes when the parent exits, however it exits: no PDS outlives its test run.
process.stdin.on('end', stop);
process.stdin.resume();

process.stdout.write(
  `${JSON.stringify({
    pdsUrl: network.pds.url,
    plcUrl: network.plc.url,
    controlUrl: `http://127.0.0.1:${control.address().port}`,
  })}\n`,
);
