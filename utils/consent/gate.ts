import type { ConsentMemory } from './types';

/**
 * The content script's first question on every page: is there anything to apply here at all? Asking the
 * background costs a message through the service worker in every frame of every page, so the background
 * keeps a compact index of the sites with a choice to apply next to the full memory, and the content script
 * reads that (one storage read) before deciding whether to ask. No imports: this runs in every frame.
 */

/** The storage.local key of the index, written together with the memory (`consent`). */
export const CONSENT_INDEX_KEY = 'consentIndex';

/** Where each site's full consent record is stored (utils/consent/storage.ts reads and writes it). */
export const CONSENT_STORE_KEY = 'consent' as const;
/** The storage.local key of the consent settings (`consentPrefsItem`, stored raw by WXT). */
export const CONSENT_PREFS_KEY = 'consentPrefs';

/**
 * The index: every site whose choice is applied (not paused, and not stopped after failing again and again:
 * `MAX_FAILURES` in types.ts, passed in so this file imports nothing), each between `|`, so a lookup is one
 * `includes`. Site keys never contain `|` (they are hostnames, IPv6 in brackets).
 */
export function consentIndex(memory: ConsentMemory, maxFailures = Number.POSITIVE_INFINITY): string {
  const sites = Object.keys(memory).filter(
    (site) => !memory[site]?.paused && (memory[site]?.failures ?? 0) < maxFailures,
  );
  return sites.length === 0 ? '|' : `|${sites.join('|')}|`;
}

/**
 * The host of the tab's top-level page as this frame can see it without asking: its own in the top frame;
 * in a subframe the last of `location.ancestorOrigins` (Chromium). Null when it cannot be known (Firefox has
 * no `ancestorOrigins`, a sandboxed ancestor is the opaque origin "null"): then the background is asked.
 */
export function topHost(
  location: Pick<Location, 'hostname'> & { ancestorOrigins?: { length: number; [index: number]: string } },
  isTop: boolean,
): string | null {
  if (isTop) return location.hostname || null;
  const origins = location.ancestorOrigins;
  if (!origins || origins.length === 0) return null;
  try {
    return new URL(origins[origins.length - 1] ?? '').hostname || null;
  } catch {
    return null;
  }
}

/**
 * Whether the frame must ask the background for its config. Yes whenever it cannot be sure the answer is
 * "nothing": no index yet (first run, an older version's data), an unknown top site, a default choice for
 * undecided sites, or the top host inside a site of the index. The host is matched against itself and every
 * parent domain, a superset of its registrable domain (which would need the public suffix list here): a
 * false "yes" costs one message and the background, which has the list, answers "nothing".
 */
export function mustAsk(index: unknown, prefs: unknown, host: string | null): boolean {
  if (typeof index !== 'string' || host === null) return true;
  const choice = (prefs as { defaultChoice?: unknown } | null | undefined)?.defaultChoice;
  if (choice === 'accept' || choice === 'reject') return true;
  let candidate = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (index.includes(`|${candidate}|`)) return true;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.startsWith('[')) return false;
    candidate = candidate.slice(dot + 1);
  }
}
