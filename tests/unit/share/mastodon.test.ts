import { describe, expect, it } from 'vitest';
import { normalizeMastodonInstance } from '@/utils/share';

describe('normalizeMastodonInstance', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  mastodon.social  ', 'mastodon.social'],
    ['Mastodon.SOCIAL', 'mastodon.social'],
    ['https://mastodon.social/', 'mastodon.social'],
    ['https://mastodon.social', 'mastodon.social'],
    ['http://mastodon.social', 'mastodon.social'],
    ['mastodon.social.', 'mastodon.social'],
    ['https://mastodon.social:443/', 'mastodon.social'],
    ['@user@fosstodon.org', 'fosstodon.org'],
    ['user@fosstodon.org', 'fosstodon.org'],
    ['social.sub.example.co.uk', 'social.sub.example.co.uk'],
    ['münchen.social', 'xn--mnchen-3ya.social'],
    ['xn--mnchen-3ya.social', 'xn--mnchen-3ya.social'],
  ])('%j → %s', (input, host) => {
    expect(normalizeMastodonInstance(input)).toBe(host);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['garbage', 'not an instance'],
    ['single label', 'mastodon'],
    ['localhost', 'localhost'],
    ['IPv4', '192.168.1.10'],
    ['IPv4 in URL', 'https://127.0.0.1/'],
    ['IPv4 in hex', '0x7f.0.0.1'],
    ['IPv6', 'https://[::1]/'],
    ['path', 'mastodon.social/about'],
    ['profile URL', 'https://mastodon.social/@user'],
    ['query', 'https://mastodon.social/?x=1'],
    ['empty query', 'https://mastodon.social/?'],
    ['fragment', 'mastodon.social#x'],
    ['credentials', 'https://user:pass@mastodon.social/'],
    ['handle with credentials-like scheme', 'https://@mastodon.social/'],
    ['port', 'mastodon.social:8080'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['ftp scheme', 'ftp://mastodon.social/'],
    ['data scheme', 'data:text/html,hi'],
    ['two handles', '@a@b@c.social'],
    ['underscore label', 'bad_name.social'],
    ['numeric TLD', 'mastodon.123'],
    ['label too long', `${'a'.repeat(64)}.social`],
  ])('rejects %s (%j)', (_name, input) => {
    expect(normalizeMastodonInstance(input)).toBeNull();
  });
});
