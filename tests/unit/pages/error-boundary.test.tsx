import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { installEnglishI18n } from '../support/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let failing = true;
function Fragile() {
  const [clicks, setClicks] = useState(0);
  if (failing) throw new RangeError('Invalid time value');
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      Drawn {clicks}
    </button>
  );
}

describe('ErrorBoundary', () => {
  it('shows what failed instead of a blank page, and draws the page again on “Try again”', async () => {
    failing = true;
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong on this page');
    expect(screen.getByRole('alert').textContent).toBe('What failed: Invalid time value');
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Drawn 0' })).toBeTruthy();
  });

  it('offers the export where there is something to rescue, and says how it went', async () => {
    failing = true;
    const onExport = vi.fn(async () => 12);
    render(
      <ErrorBoundary onExport={onExport}>
        <Fragile />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export what can be read (JSON)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Articles exported: 12.'));
    onExport.mockRejectedValueOnce(new Error('The database could not be opened'));
    fireEvent.click(screen.getByRole('button', { name: 'Export what can be read (JSON)' }));
    expect(
      await screen.findByText('The export failed as well: The database could not be opened'),
    ).toBeTruthy();
  });
});
