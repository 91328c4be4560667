import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryRow } from '@/components/library/LibraryRow';
import { toListRow } from '@/utils/library/list';
import { makeItem } from '../library/helpers';
import { installEnglishI18n } from '../support/i18n';

/** "Jan 28, 2022", in UTC so the test does not depend on the machine's time zone. */
const formatDate = (ms: number) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);

function metaOf(overrides: Parameters<typeof makeItem>[0]): string[] {
  const { container } = render(
    <LibraryRow
      row={toListRow(makeItem(overrides))}
      position={0}
      selected={false}
      active
      formatDate={formatDate}
      onToggleSelect={() => undefined}
      onArchive={() => undefined}
      onFavourite={() => undefined}
      onFocusRow={() => undefined}
    />,
  );
  return [...container.querySelectorAll('.lib-row__meta > *')].map((part) => part.textContent ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});
afterEach(cleanup);

describe('a library row’s dates', () => {
  it('shows the article’s own date as the popup does, and labels the day it was saved', () => {
    const meta = metaOf({
      url: 'https://news.example/talks',
      site: 'The Daily Ledger',
      publishedTime: '2022-01-28T09:15:00.000Z',
      savedAt: Date.UTC(2026, 11, 6, 12),
    });
    expect(meta).toEqual(['The Daily Ledger', 'Jan 28, 2022', 'Saved Dec 6, 2026']);
  });

  it('shows only the labelled saved date when the article has no date of its own (or a broken one)', () => {
    for (const publishedTime of [null, 'not a date']) {
      cleanup();
      const meta = metaOf({
        url: 'https://news.example/x',
        site: 's',
        publishedTime,
        savedAt: Date.UTC(2026, 0, 2),
      });
      expect(meta).toEqual(['s', 'Saved Jan 2, 2026']);
    }
  });
});
