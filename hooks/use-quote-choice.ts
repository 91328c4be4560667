import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '@/utils/article/types';
import { suggestQuotes } from '@/utils/quotes';
import { quoteCredit } from '@/utils/share/credit';

/**
 * The suggested quotes (the reader's selection first), which one is chosen, its text as the reader edits
 * it, the speakers the reader typed for quotations the engine could not attribute, and the credit that
 * follows from all that.
 */
export function useQuoteChoice(article: Article, selection: string, onSuggestions?: (count: number) => void) {
  const candidates = useMemo(
    () => suggestQuotes(article, { selection: selection || undefined }),
    [article, selection],
  );
  const [selected, setSelected] = useState(0);
  const [text, setText] = useState(candidates[0]?.text ?? '');
  // By candidate index.
  const [typedSpeakers, setTypedSpeakers] = useState<Record<number, string>>({});
  useEffect(() => {
    onSuggestions?.(candidates.length);
  }, [candidates.length, onSuggestions]);
  const paragraphs = useMemo(() => article.text.split('\n\n'), [article.text]);
  const credit = quoteCredit(candidates[selected], text, typedSpeakers[selected], paragraphs);
  const select = (index: number) => {
    setSelected(index);
    setText(candidates[index]?.text ?? '');
  };
  const typeSpeaker = (index: number, value: string) =>
    setTypedSpeakers((previous) => ({ ...previous, [index]: value }));
  return { candidates, selected, select, text, setText, typedSpeakers, typeSpeaker, credit };
}
