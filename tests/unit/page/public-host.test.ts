import { describe, expect, it } from 'vitest';
import { isPublicHttpUrl, LOCAL_NETWORK_URL_REGEXES } from '@/utils/page/public-host';

// Issue 15, finding 6: no automatic fetch (an imported list, a page's og:image, a redirect) may reach
// this machine or the reader's network. The declarativeNetRequest rules (redirects) must agree.
const blockedByRegex = (url: string) => {
  const normalized = new URL(url).href;
  return LOCAL_NETWORK_URL_REGEXES.some((source) => new RegExp(source, 'i').test(normalized));
};

const LOCAL: Array<[string, string]> = [
  // Loopback, every spelling the URL parser turns into 127.0.0.1.
  ['loopback', 'http://127.0.0.1/'],
  ['loopback with port and path', 'http://127.0.0.1:8080/admin?x=1'],
  ['loopback elsewhere in 127/8', 'https://127.53.0.9/'],
  ['decimal loopback', 'http://2130706433/'],
  ['hex loopback', 'http://0x7f.1/'],
  ['credentials before the host', 'http://user:pass@127.0.0.1/'],
  ['localhost', 'http://localhost:3000/'],
  ['localhost with a trailing dot', 'http://localhost./'],
  ['a localhost subdomain', 'http://app.localhost/'],
  ['IPv6 loopback', 'http://[::1]/'],
  ['IPv6 unspecified', 'http://[::]/'],
  ['unspecified', 'http://0.0.0.0/'],
  // Private networks.
  ['10/8', 'http://10.0.0.1/'],
  ['172.16/12', 'http://172.16.0.1/'],
  ['172.31', 'http://172.31.255.254/'],
  ['192.168/16', 'http://192.168.1.1/'],
  ['carrier-grade NAT', 'http://100.64.0.1/'],
  ['IPv6 unique local', 'http://[fd12:3456::1]/'],
  ['IPv6 unique local fc', 'http://[fc00::1]/'],
  // Link-local: a cloud's metadata service.
  ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
  ['IPv6 link-local', 'http://[fe80::1]/'],
  ['IPv4-mapped IPv6 of a private address', 'http://[::ffff:192.168.0.1]/'],
  ['IPv4-mapped IPv6 of loopback', 'http://[::ffff:7f00:1]/'],
  ['NAT64 of loopback', 'http://[64:ff9b::7f00:1]/'],
  // Multicast, broadcast, reserved.
  ['multicast', 'http://224.0.0.1/'],
  ['broadcast', 'http://255.255.255.255/'],
  ['reserved 240/4', 'http://240.0.0.1/'],
  ['documentation range', 'http://192.0.2.10/'],
  // Names that only resolve inside a network.
  ['a name without a dot', 'http://router/'],
  ['mDNS', 'http://printer.local/'],
  ['home.arpa', 'http://nas.home.arpa/'],
  ['internal', 'https://wiki.corp.internal/'],
  ['lan', 'http://fritz.box.lan/'],
];

const PUBLIC: Array<[string, string]> = [
  ['a news site', 'https://www.theguardian.com/world'],
  ['a port', 'http://example.com:8080/a'],
  ['a public IPv4', 'http://93.184.216.34/'],
  ['172.32 is public', 'http://172.32.0.1/'],
  ['100.128 is public', 'http://100.128.0.1/'],
  ['a public IPv6', 'http://[2606:4700:4700::1111]/'],
  ['a name that only contains a local word', 'https://localhost-news.example.com/'],
  ['.local inside a name', 'https://local.example.com/'],
  ['IDN', 'https://münchen.de/'],
  ['e2e fixture hosts (*.test)', 'http://news.example.test:43121/'],
];

describe('isPublicHttpUrl', () => {
  it.each(LOCAL)('refuses %s: %s', (_name, url) => {
    expect(isPublicHttpUrl(url)).toBe(false);
  });

  it.each(PUBLIC)('allows %s: %s', (_name, url) => {
    expect(isPublicHttpUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    'data:text/html,x',
    'nonsense',
    '',
  ])('refuses what is not an http(s) URL: %s', (url) => {
    expect(isPublicHttpUrl(url)).toBe(false);
  });
});

describe('the declarativeNetRequest rules that stop redirects agree', () => {
  it.each(LOCAL)('block %s: %s', (_name, url) => {
    expect(blockedByRegex(url)).toBe(true);
  });

  it.each(PUBLIC)('let %s through: %s', (_name, url) => {
    expect(blockedByRegex(url)).toBe(false);
  });

  it('stay within the browser’s limits: plain RE2 syntax, short patterns', () => {
    for (const source of LOCAL_NETWORK_URL_REGEXES) {
      expect(source).not.toMatch(/\(\?[=!<]|\\[1-9]/); // no lookaround, no backreferences
      expect(source.length).toBeLessThan(400);
    }
  });
});
