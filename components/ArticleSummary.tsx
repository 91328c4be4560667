import { useState } from 'preact/hooks';
import { ChevronIcon } from './Icons';

export interface ArticleSummaryProps {
  title: string;
  url: string;
  siteName: string;
  /** Already formatted, e.g. "By Maya Lindqvist". */
  byline: string | null;
  /** Already formatted for display, with the machine-readable value in `dateTime`. */
  date: string | null;
  dateTime: string | null;
  readingTime: string;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  linkLabel: string;
  /**
   * Shrunk to a line of facts and the headline (two lines at most), the excerpt behind a toggle: the popup
   * does this once quotes are shown, so they and the share bar fit on its first screen.
   */
  compact?: boolean;
  /** Accessible names of the compact summary's toggle. */
  toggleLabels?: { show: string; hide: string };
}

/** The article at a glance: site, headline, who and when, how long, and what it is about. */
export function ArticleSummary(props: ArticleSummaryProps) {
  const [open, setOpen] = useState(false);
  const compact = props.compact === true && !open;
  const meta = [props.byline, props.readingTime].filter((part): part is string => Boolean(part));
  const date = props.date && props.dateTime && <time dateTime={props.dateTime}>{props.date}</time>;
  const separator = () => <span aria-hidden="true"> · </span>;
  const parts = meta.map((part, index) => (
    <span key={part}>
      {index > 0 && separator()}
      {part}
    </span>
  ));
  // Shortened to one line, the date comes first: it is what is cut last.
  const facts = compact ? (
    <>
      {date}
      {date && parts.length > 0 && separator()}
      {parts}
    </>
  ) : (
    <>
      {parts}
      {date && (
        <>
          {separator()}
          {date}
        </>
      )}
    </>
  );
  const toggle = props.compact && props.excerpt && props.toggleLabels && (
    <button
      type="button"
      class="summary__toggle"
      aria-expanded={open}
      aria-controls="summary-excerpt"
      aria-label={open ? props.toggleLabels.hide : props.toggleLabels.show}
      title={open ? props.toggleLabels.hide : props.toggleLabels.show}
      onClick={() => setOpen(!open)}
    >
      <ChevronIcon open={open} />
    </button>
  );
  return (
    <article
      class={`summary${compact ? ' summary--compact' : ''}`}
      lang={props.lang ?? undefined}
      dir={props.dir ?? 'auto'}
      aria-labelledby="summary-title"
    >
      {compact ? (
        <p class="summary__meta summary__line">
          <span class="summary__site">{props.siteName}</span>
          <span aria-hidden="true"> · </span>
          {facts}
        </p>
      ) : (
        <p class="summary__site">{props.siteName}</p>
      )}
      <div class="summary__head">
        <h1 id="summary-title" class="summary__title">
          <a href={props.url} target="_blank" rel="noopener noreferrer" title={props.linkLabel}>
            {props.title}
          </a>
        </h1>
        {toggle}
      </div>
      {!compact && <p class="summary__meta">{facts}</p>}
      {props.excerpt && (
        <p id="summary-excerpt" class="summary__excerpt" hidden={compact}>
          {props.excerpt}
        </p>
      )}
    </article>
  );
}
