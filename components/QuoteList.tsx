import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ChevronIcon } from './Icons';

export interface QuoteOption {
  text: string;
  /**
   * "— Antony Blinken, US secretary of state", or a kind label for sentences and selections. Null for a
   * direct quotation whose speaker the engine is not sure of: the item asks the reader instead.
   */
  attribution: string | null;
  /** What the reader typed as the speaker of a quotation the engine could not attribute. */
  typedSpeaker?: string;
}

export interface QuoteListStrings {
  heading: string;
  emptyText: string;
  showMoreLabel: (hidden: number) => string;
  /** Accessible name of the chosen quote's editor ("Quote to share"). */
  editLabel: string;
  expand: string;
  collapse: string;
  /** Hint and accessible name of the speaker field of an unattributed quotation ("Who said this?"). */
  speakerHint: string;
}

export interface QuoteListProps {
  strings: QuoteListStrings;
  options: QuoteOption[];
  selected: number;
  onSelect: (index: number) => void;
  /** The chosen quote's text as the reader has edited it. */
  editedText: string;
  onEdit: (text: string) => void;
  onSpeakerInput: (index: number, speaker: string) => void;
  /** How many to show before "Show more". */
  initial?: number;
  lang: string | null;
}

/** Lines of the editor before it scrolls inside: long selections do not push the other quotes away. */
const EDITOR_MAX_LINES = 6;

/** The editor grows with its text (no scrollbar for a two-line quote), up to EDITOR_MAX_LINES. */
function useAutoHeight(value: string, which: number): Ref<HTMLTextAreaElement> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    const style = getComputedStyle(area);
    const px = (value: string) => Number.parseFloat(value) || 0;
    const line = px(style.lineHeight) || 20;
    const padding = px(style.paddingTop) + px(style.paddingBottom);
    const border = px(style.borderTopWidth) + px(style.borderBottomWidth);
    area.style.height = 'auto';
    // border-box (theme.css): scrollHeight holds the padding, not the border.
    const content = Math.min(area.scrollHeight - padding, line * EDITOR_MAX_LINES);
    area.style.height = `${Math.ceil(content + padding + border)}px`;
  }, [value, which]);
  return ref;
}

/**
 * Which items' text is cut by the two-line clamp: only those get a "show all" toggle. Measured after layout
 * (the popup's width and the reader's font decide it, not a character count).
 */
function useClamped(texts: string[], selected: number): [Ref<HTMLDivElement>, Set<number>] {
  const list = useRef<HTMLDivElement>(null);
  const [clamped, setClamped] = useState<Set<number>>(new Set());
  // The chosen quote is an editor, not clamped: choosing another changes which items are.
  const key = `${selected}\u0000${texts.join('\u0000')}`;
  useLayoutEffect(() => {
    const root = list.current;
    if (!root) return;
    const found = new Set<number>();
    for (const element of root.querySelectorAll<HTMLElement>('[data-clamp-index]')) {
      if (element.scrollHeight > element.clientHeight + 1) found.add(Number(element.dataset.clampIndex));
    }
    setClamped((previous) =>
      previous.size === found.size && [...found].every((index) => previous.has(index)) ? previous : found,
    );
  }, [key]);
  return [list, clamped];
}

interface QuoteItemProps {
  option: QuoteOption;
  index: number;
  chosen: boolean;
  /** Shown whole (the reader opened it). */
  open: boolean;
  /** Cut by the two-line clamp: it gets a toggle. */
  clamped: boolean;
  list: Pick<QuoteListProps, 'strings' | 'lang' | 'editedText' | 'onSelect' | 'onEdit' | 'onSpeakerInput'>;
  editorRef: Ref<HTMLTextAreaElement>;
  onToggle: (index: number) => void;
}

/** Who said it, or, for a quotation the engine could not attribute, a field that asks the reader. */
function QuoteBy({
  option,
  index,
  chosen,
  list,
}: Pick<QuoteItemProps, 'option' | 'index' | 'chosen' | 'list'>) {
  if (option.attribution !== null) {
    return (
      <span id={`quote-${index}-by`} class="quote__by" dir="auto">
        {option.attribution}
      </span>
    );
  }
  return (
    <span class="quote__by quote__by--ask">
      <span aria-hidden="true">— </span>
      <input
        type="text"
        class="quote__speaker"
        value={option.typedSpeaker ?? ''}
        placeholder={list.strings.speakerHint}
        aria-label={list.strings.speakerHint}
        autocomplete="off"
        dir="auto"
        onFocus={() => {
          if (!chosen) list.onSelect(index);
        }}
        onInput={(event) => list.onSpeakerInput(index, event.currentTarget.value)}
      />
    </span>
  );
}

/** One quote: a radio, its text (the chosen one as its editor), who said it, and the show-all toggle. */
function QuoteItem({ option, index, chosen, open, clamped, list, editorRef, onToggle }: QuoteItemProps) {
  const { strings, lang, editedText } = list;
  const radioId = `quote-${index}`;
  return (
    <div class={`quote${chosen ? ' quote--selected' : ''}${open ? ' quote--open' : ''}`}>
      <input
        id={radioId}
        type="radio"
        name="quote"
        class="visually-hidden"
        checked={chosen}
        onChange={() => list.onSelect(index)}
        // The others are named by their label; the chosen one by its text as edited.
        aria-label={chosen ? editedText.trim() || strings.editLabel : undefined}
        aria-describedby={option.attribution === null ? undefined : `quote-${index}-by`}
      />
      {chosen ? (
        <textarea
          id="composer-text"
          ref={editorRef}
          class="quote__text quote__editor"
          aria-label={strings.editLabel}
          rows={1}
          lang={lang ?? undefined}
          dir="auto"
          value={editedText}
          onInput={(event) => list.onEdit(event.currentTarget.value)}
        />
      ) : (
        <label
          for={radioId}
          class="quote__text quote__pick"
          lang={lang ?? undefined}
          dir="auto"
          data-clamp-index={open ? undefined : index}
        >
          {option.text}
        </label>
      )}
      <QuoteBy option={option} index={index} chosen={chosen} list={list} />
      {!chosen && (open || clamped) && (
        <button
          type="button"
          class="quote__toggle"
          aria-expanded={open}
          aria-label={open ? strings.collapse : strings.expand}
          title={open ? strings.collapse : strings.expand}
          onClick={() => onToggle(index)}
        >
          <ChevronIcon open={open} />
        </button>
      )}
    </div>
  );
}

/**
 * Suggested pull-quotes as one radio group (arrow keys move). Picking one selects it for sharing at once: the
 * chosen item turns into its own editor, in place. Others show two lines, with a toggle for the rest.
 */
export function QuoteList(props: QuoteListProps) {
  const { strings, options, selected, editedText, initial = 4 } = props;
  const [showAll, setShowAll] = useState(false);
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const visible = showAll ? options : options.slice(0, Math.max(initial, selected + 1));
  const hidden = options.length - visible.length;
  const [listRef, clamped] = useClamped(
    visible.map((option) => option.text),
    selected,
  );
  const editorRef = useAutoHeight(editedText, selected);

  const toggle = (index: number) => {
    const next = new Set(expanded);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setExpanded(next);
  };

  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" class="section-heading">
        {strings.heading}
      </h2>
      {options.length === 0 ? (
        <p class="quotes__empty">{strings.emptyText}</p>
      ) : (
        <div class="quotes__list" role="radiogroup" aria-labelledby="quotes-heading" ref={listRef}>
          {visible.map((option, index) => (
            <QuoteItem
              key={`${index}:${option.text}`}
              option={option}
              index={index}
              chosen={index === selected}
              open={expanded.has(index)}
              clamped={clamped.has(index)}
              list={props}
              editorRef={editorRef}
              onToggle={toggle}
            />
          ))}
          {hidden > 0 && (
            <button type="button" class="link-button quotes__more" onClick={() => setShowAll(true)}>
              {strings.showMoreLabel(hidden)}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
