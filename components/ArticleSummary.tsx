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
}

/** The article at a glance: site, headline, who and when, how long, and what it is about. */
export function ArticleSummary(props: ArticleSummaryProps) {
  const meta = [props.byline, props.readingTime].filter((part): part is string => Boolean(part));
  return (
    <article
      class="summary"
      lang={props.lang ?? undefined}
      dir={props.dir ?? 'auto'}
      aria-labelledby="summary-title"
    >
      <p class="summary__site">{props.siteName}</p>
      <h1 id="summary-title" class="summary__title">
        <a href={props.url} target="_blank" rel="noopener noreferrer" title={props.linkLabel}>
          {props.title}
        </a>
      </h1>
      <p class="summary__meta">
        {meta.map((part, index) => (
          <span key={part}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            {part}
          </span>
        ))}
        {props.date && props.dateTime && (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={props.dateTime}>{props.date}</time>
          </>
        )}
      </p>
      {props.excerpt && <p class="summary__excerpt">{props.excerpt}</p>}
    </article>
  );
}
