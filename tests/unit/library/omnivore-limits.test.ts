import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { parseImport, parseImportAsync } from '@/utils/library/formats';
import {
  MAX_ZIP_ENTRY_BYTES,
  OMNIVORE_MAX_EXPANSION,
  parseOmnivoreZip,
} from '@/utils/library/formats/omnivore';
import { localizedOf } from '@/utils/localized';

// Issue 15, finding 8: a 300 KB zip made unzipSync allocate 300 MB on the page's main thread.
const NOW = 1_800_000_000_000;
const metadata = (slugs: string[]) =>
  strToU8(JSON.stringify(slugs.map((slug) => ({ slug, url: `https://example.com/${slug}`, title: slug }))));

/** Sets the uncompressed size every header of `name` declares (what a forged zip does). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let at = 0; at < out.length - 46; at += 1) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
    if (nameAt < 0 || !encoded.every((byte, index) => out[nameAt + index] === byte)) continue;
    view.setUint32(signature === 0x02014b50 ? at + 24 : at + 22, size, true);
  }
  return out;
}

describe('Omnivore zip limits', () => {
  it('refuses a zip that would expand to far more than an export, before inflating anything', () => {
    const bomb = zipSync({
      'metadata_0_to_1.json': metadata(['a']),
      // 64 MiB of zeros: a few KB compressed.
      'content/a.html': new Uint8Array(64 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(200_000);
    const result = parseOmnivoreZip(bomb, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && localizedOf(result)?.key).toBe('importErrorZipTooLarge');
  });

  it('refuses an entry whose header declares more than the cap for one file', () => {
    const zip = zipSync({ 'metadata_0_to_1.json': metadata(['a']), 'content/a.html': strToU8('<p>hi</p>') });
    const forged = declareSize(zip, 'content/a.html', MAX_ZIP_ENTRY_BYTES + 1);
    const result = parseOmnivoreZip(forged, NOW);
    expect(!result.ok && localizedOf(result)?.key).toBe('importErrorZipTooLarge');
  });

  it('inflates only the entries an Omnivore import reads', () => {
    const zip = zipSync({
      'metadata_0_to_1.json': metadata(['a']),
      'content/a.html': strToU8('<p>Hello there.</p>'),
      // Not listed in any metadata, not a part of the export: never inflated, whatever it claims.
      'junk/huge.bin': new Uint8Array(4 * 1024 * 1024),
    });
    const result = parseOmnivoreZip(declareSize(zip, 'junk/huge.bin', 0xffffffff), NOW);
    expect(result.ok && result.items.map((item) => [item.url, item.text])).toEqual([
      ['https://example.com/a', 'Hello there.'],
    ]);
  });

  it('refuses a header whose declared size does not match what the entry holds', () => {
    const zip = zipSync(
      {
        'metadata_0_to_1.json': metadata(['a']),
        'content/a.html': strToU8('<p>Hello there, a longer text.</p>'),
      },
      { level: 0 },
    );
    const result = parseOmnivoreZip(declareSize(zip, 'content/a.html', 4), NOW);
    expect(!result.ok && localizedOf(result)?.key).toBe('importErrorZipDamaged');
  });

  it(`allows an ordinary export well inside ${OMNIVORE_MAX_EXPANSION}× expansion`, () => {
    const slugs = Array.from({ length: 30 }, (_, n) => `s${n}`);
    const files: Record<string, Uint8Array> = { 'metadata_0_to_30.json': metadata(slugs) };
    for (const slug of slugs)
      files[`content/${slug}.html`] = strToU8(`<p>${slug} ${'words '.repeat(400)}</p>`);
    const result = parseImport('omnivore.zip', zipSync(files), { now: NOW });
    expect(result.ok && result.items).toHaveLength(30);
  });

  it('parses in slices, letting the page run between them, with the same result', async () => {
    const slugs = Array.from({ length: 12 }, (_, n) => `s${n}`);
    const files: Record<string, Uint8Array> = { 'metadata_0_to_12.json': metadata(slugs) };
    for (const slug of slugs) files[`content/${slug}.html`] = strToU8(`<p>${slug} text</p>`);
    const zip = zipSync(files);
    const pause = vi.fn(async () => {});
    const sliced = await parseImportAsync('omnivore.zip', zip, { now: NOW, pause, sliceMs: 0 });
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(12);
    expect(sliced).toEqual(parseImport('omnivore.zip', zip, { now: NOW }));
  });
});
