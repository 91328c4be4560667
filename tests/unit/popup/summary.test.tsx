import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleSummary, type ArticleSummaryProps } from '@/components/ArticleSummary';

const props: ArticleSummaryProps = {
  title: 'A long headline about a council vote',
  url: 'https://news.example/vote',
  siteName: 'The Gazette',
  byline: 'By Ana Ruiz',
  date: 'Mar 3, 2025',
  dateTime: '2025-03-03T08:00:00.000Z',
  readingTime: '4 min read',
  excerpt: 'The council voted to keep the ferry running.',
  lang: 'en',
  dir: 'ltr',
  linkLabel: 'Open the original article',
  toggleLabels: { show: "Show the article's summary", hide: "Hide the article's summary" },
};

afterEach(cleanup);

describe('the article summary', () => {
  it('shows everything, the excerpt included, when not shortened', () => {
    render(<ArticleSummary {...props} />);
    expect(screen.getByText(props.excerpt ?? '').hidden).toBe(false);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('.summary__meta')?.textContent).toBe(
      'By Ana Ruiz · 4 min read · Mar 3, 2025',
    );
  });

  it('shortened, is one line of facts (date first, where it is cut last) and the headline; a toggle shows the rest', () => {
    render(<ArticleSummary {...props} compact />);
    expect(document.querySelector('.summary__line')?.textContent).toBe(
      'The Gazette · Mar 3, 2025 · By Ana Ruiz · 4 min read',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(props.title);
    expect(screen.getByText(props.excerpt ?? '').hidden).toBe(true);

    const toggle = screen.getByRole('button', { name: "Show the article's summary" });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByText(props.excerpt ?? '').hidden).toBe(false);
    expect(
      screen.getByRole('button', { name: "Hide the article's summary" }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('has nothing to toggle when the article has no excerpt', () => {
    render(<ArticleSummary {...props} excerpt={null} compact />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
