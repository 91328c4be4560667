import type { ComponentChildren } from 'preact';

export interface ShareButtonItem {
  id: string;
  label: string;
  /** "187/280", or null for networks that take only a link. */
  count: string | null;
  over: boolean;
  truncated: boolean;
  /** Accessible name holding the visible text, e.g. "Share on X 187/280". */
  accessibleName: string;
  /** Accessible description, e.g. "X: 187 of 280 characters, shortened to fit". */
  description?: string;
  title?: string;
}

export interface ShareButtonsProps {
  heading: string;
  items: ShareButtonItem[];
  onShare: (id: string) => void;
  copyLabel: string;
  onCopy: () => void;
  webShareLabel?: string;
  onWebShare?: () => void;
  status: string;
  /** A failure to announce at once (role="alert"); empty when there is none. */
  error?: string;
  /** Leads the action row: the card button with its preview. */
  lead?: ComponentChildren;
  /**
   * More actions, laid out after Copy in the same row (which wraps): the place for one more, such as
   * posting straight to a network.
   */
  children?: ComponentChildren;
}

/**
 * The share bar: the card button, Copy and the system share sheet where there is one, then one button per
 * network with its live count. The popup keeps it in view (sticky) while the quotes scroll.
 */
export function ShareButtons(props: ShareButtonsProps) {
  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading" class="visually-hidden">
        {props.heading}
      </h2>
      <div class="share__row">
        {props.lead}
        <div class="share__actions">
          <button type="button" class="button" onClick={props.onCopy}>
            {props.copyLabel}
          </button>
          {props.onWebShare && props.webShareLabel && (
            <button type="button" class="button" onClick={props.onWebShare}>
              {props.webShareLabel}
            </button>
          )}
          {props.children}
        </div>
      </div>
      <div class="share__grid">
        {props.items.map((item) => (
          <button
            key={item.id}
            type="button"
            class={`share__button${item.truncated ? ' share__button--cut' : ''}`}
            data-network={item.id}
            aria-label={item.accessibleName}
            aria-describedby={item.description ? `share-description-${item.id}` : undefined}
            title={item.title ?? item.description ?? item.accessibleName}
            onClick={() => props.onShare(item.id)}
          >
            <span class="share__label">{item.label}</span>{' '}
            {item.count !== null && (
              <span class={`share__count${item.over ? ' share__count--over' : ''}`} aria-hidden="true">
                {item.count}
              </span>
            )}
          </button>
        ))}
      </div>
      <div hidden>
        {props.items.map(
          (item) =>
            item.description && (
              <span key={item.id} id={`share-description-${item.id}`}>
                {item.description}
              </span>
            ),
        )}
      </div>
      {/* Shown over the bar's top edge while there is something to say; the regions stay for announcements. */}
      <p class={`share__status${props.status || props.error ? ' share__status--shown' : ''}`}>
        <span role="status" aria-live="polite">
          {props.status}
        </span>
        <span class="share__status--error" role="alert">
          {props.error ?? ''}
        </span>
      </p>
    </section>
  );
}
