import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { LibraryItem } from '@/utils/library/types';

/** After the article: its tags, the quotes kept from it, "finished: archive", and the original. */
export function ReaderFooter(props: {
  item: LibraryItem;
  /** Saves the tags typed (comma-separated); the saved item, or null when it failed. */
  onTags: (text: string) => Promise<LibraryItem | null>;
  onFinished: () => void;
}) {
  const { item } = props;
  const [tagText, setTagText] = useState(() => item.tags.join(', '));
  return (
    <footer class="reader__end">
      <form
        class="reader__tags"
        onSubmit={(event) => {
          event.preventDefault();
          void props.onTags(tagText).then((next) => {
            if (next) setTagText(next.tags.join(', '));
          });
        }}
      >
        <label class="field">
          <span class="field__label">{t('readerTagsLabel')}</span>
          <input
            class="field__input"
            value={tagText}
            onInput={(event) => setTagText(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {t('readerTagsSave')}
        </button>
      </form>
      {item.quotes.length > 0 && (
        <section class="reader__quotes" aria-labelledby="reader-quotes-heading">
          <h2 id="reader-quotes-heading">{t('readerQuotesHeading')}</h2>
          <ul>
            {item.quotes.map((quote) => (
              <li key={quote.createdAt + quote.text} dir="auto">
                {quote.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.state !== 'archived' && (
        <p class="reader__finished">
          {t('readerFinished')}{' '}
          <button type="button" class="button button--primary" onClick={props.onFinished}>
            {t('readerArchiveAndBack')}
          </button>
        </p>
      )}
      <p>
        <a href={item.url} target="_blank" rel="noopener noreferrer">
          {t('readerOriginal')}
        </a>
      </p>
    </footer>
  );
}
