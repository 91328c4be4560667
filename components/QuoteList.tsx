import { useState } from 'preact/hooks';

export interface QuoteOption {
  text: string;
  /** "— Antony Blinken, US secretary of state", or a kind label for sentences and selections. */
  attribution: string;
}

export interface QuoteListProps {
  heading: string;
  emptyText: string;
  showMoreLabel: (hidden: number) => string;
  options: QuoteOption[];
  selected: number;
  onSelect: (index: number) => void;
  /** How many to show before "Show more". */
  initial?: number;
  lang: string | null;
}

/** Suggested pull-quotes as one radio group: arrow keys move, the chosen one goes to the composer. */
export function QuoteList({
  heading,
  emptyText,
  showMoreLabel,
  options,
  selected,
  onSelect,
  initial = 4,
  lang,
}: QuoteListProps) {
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? options : options.slice(0, Math.max(initial, selected + 1));
  const hidden = options.length - visible.length;
  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" class="section-heading">
        {heading}
      </h2>
      {options.length === 0 ? (
        <p class="quotes__empty">{emptyText}</p>
      ) : (
        <div class="quotes__list" role="radiogroup" aria-labelledby="quotes-heading">
          {visible.map((option, index) => (
            <label
              key={`${index}:${option.text}`}
              class={`quote${index === selected ? ' quote--selected' : ''}`}
            >
              <input
                type="radio"
                name="quote"
                class="visually-hidden"
                checked={index === selected}
                onChange={() => onSelect(index)}
              />
              <span class="quote__text" lang={lang ?? undefined} dir="auto">
                {option.text}
              </span>
              <span class="quote__by" dir="auto">
                {option.attribution}
              </span>
            </label>
          ))}
          {hidden > 0 && (
            <button type="button" class="link-button" onClick={() => setExpanded(true)}>
              {showMoreLabel(hidden)}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
