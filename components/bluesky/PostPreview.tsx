import { ALT_MAX_GRAPHEMES, type PreparedPost } from '@/utils/bluesky/post';
import { POST_MAX_GRAPHEMES } from '@/utils/bluesky/post-text';
import { formatNumber, t } from '@/utils/i18n';
import { graphemeCount } from '@/utils/share/fit-text';
import { blueskyErrorText } from './error-text';
import { useFieldId } from './field-id';

export interface PostPreviewProps {
  prepared: PreparedPost;
  handle: string;
  /** An object URL of the card as it will be uploaded (the re-encoded image, not the canvas). */
  imageUrl: string | null;
  alt: string;
  onAlt: (alt: string) => void;
  withCard: boolean;
  onWithCard: (withCard: boolean) => void;
  posting: boolean;
  error: string;
  onPost: () => void;
  onCancel: () => void;
}

const IMAGE_TYPES: Record<string, string> = {
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/jpeg': 'JPEG',
};

/** Bytes as a reader reads them: "412 kB". */
function kilobytes(bytes: number): string {
  return `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

type Card = NonNullable<PreparedPost['card']>;

/** The post as Bluesky will show it: the text with its link, then the card or the link card. */
function PostBody({
  prepared,
  card,
  imageUrl,
  alt,
}: {
  prepared: PreparedPost;
  card: Card | null;
  imageUrl: string | null;
  alt: string;
}) {
  const { text, linkText, link } = prepared.text;
  const body = text.slice(0, text.length - linkText.length);
  return (
    <div class="bsky-post" data-testid="bluesky-post-preview">
      <p class="bsky-post__text" lang={prepared.lang} dir={prepared.dir ?? 'auto'}>
        {body}
        <a href={link} target="_blank" rel="noopener noreferrer" title={link} data-testid="bluesky-link">
          {linkText}
        </a>
      </p>
      {card && imageUrl && (
        <img
          class="bsky-post__image"
          src={imageUrl}
          alt={alt}
          width={card.width}
          height={card.height}
          data-testid="bluesky-image"
        />
      )}
      {!card && (
        <div class="bsky-post__external" data-testid="bluesky-external">
          <span class="bsky-post__external-host">{new URL(prepared.external.uri).host}</span>
          <strong dir="auto">{prepared.external.title}</strong>
          {prepared.external.description && <span dir="auto">{prepared.external.description}</span>}
        </div>
      )}
    </div>
  );
}

/** The post's length against Bluesky's limit, and whether the quote had to be shortened. */
function PostCount({ prepared }: { prepared: PreparedPost }) {
  const { graphemes } = prepared.text;
  return (
    <p class="bsky-count">
      <span aria-hidden="true">
        {formatNumber(graphemes)}/{formatNumber(POST_MAX_GRAPHEMES)}
      </span>
      <span class="visually-hidden">
        {t('shareCountLabel', ['Bluesky', formatNumber(graphemes), formatNumber(POST_MAX_GRAPHEMES)])}
      </span>
      {prepared.text.truncated && <span class="bsky-count__note"> · {t('blueskyShortened')}</span>}
    </p>
  );
}

/** The card's format and size as uploaded, and its alt text to edit, with the count against the limit. */
function CardFields({ card, props }: { card: Card; props: PostPreviewProps }) {
  const id = useFieldId();
  const { prepared, alt } = props;
  const altCount = graphemeCount(alt.trim());
  const altTooLong = altCount > ALT_MAX_GRAPHEMES;
  return (
    <>
      <p class="field__hint" data-testid="bluesky-image-size">
        {t('blueskyImageSize', [
          IMAGE_TYPES[card.blob.type] ?? card.blob.type,
          kilobytes(card.blob.size),
          `${card.width}×${card.height}`,
        ])}
      </p>
      <div class="field">
        <label class="field__label" for={`${id}-alt`}>
          {t('blueskyAltLabel')}
        </label>
        <textarea
          id={`${id}-alt`}
          class="field__input bsky-alt"
          rows={4}
          dir="auto"
          lang={prepared.lang}
          value={alt}
          disabled={props.posting}
          aria-invalid={altTooLong}
          aria-describedby={`${id}-alt-count`}
          onInput={(event) => props.onAlt(event.currentTarget.value)}
        />
        <span id={`${id}-alt-count`} class={`field__hint${altTooLong ? ' bsky-over' : ''}`}>
          {formatNumber(altCount)}/{formatNumber(ALT_MAX_GRAPHEMES)}
        </span>
      </div>
    </>
  );
}

/** Without a card: why (when drawing it failed), and that the link card is posted instead. */
function LinkCardNote({ prepared }: { prepared: PreparedPost }) {
  return (
    <>
      {prepared.cardError !== undefined && (
        <p class="bsky-error" role="alert">
          {blueskyErrorText(prepared.cardError)}
        </p>
      )}
      <p class="field__hint">{t('blueskyLinkCardNote')}</p>
    </>
  );
}

/**
 * Exactly what will be posted: the text with its link shown as Bluesky shows it (the full link behind it),
 * the count, the card as uploaded with its size, and the alt text to edit; or the link card instead.
 */
export function PostPreview(props: PostPreviewProps) {
  const { prepared, alt, withCard } = props;
  const altTooLong = graphemeCount(alt.trim()) > ALT_MAX_GRAPHEMES;
  const card = withCard ? prepared.card : null;
  return (
    <div class="bsky-preview">
      <p class="bsky-preview__as" dir="auto">
        {t('blueskyPostingAs', props.handle)}
      </p>
      <PostBody prepared={prepared} card={card} imageUrl={props.imageUrl} alt={alt} />
      <PostCount prepared={prepared} />
      {prepared.card && (
        <label class="check bsky-check">
          <input
            type="checkbox"
            checked={withCard}
            disabled={props.posting}
            onChange={(event) => props.onWithCard(event.currentTarget.checked)}
          />
          {t('blueskyAttachCard')}
        </label>
      )}
      {card ? <CardFields card={card} props={props} /> : <LinkCardNote prepared={prepared} />}
      <p class="bsky-error" role="alert">
        {props.error}
      </p>
      <div class="bsky-actions">
        <button
          type="button"
          class="button button--primary"
          data-action="bluesky-publish"
          disabled={props.posting || (card !== null && (altTooLong || alt.trim() === ''))}
          onClick={props.onPost}
        >
          {props.posting ? t('blueskyPosting') : t('blueskyPublish')}
        </button>
        <button type="button" class="button" disabled={props.posting} onClick={props.onCancel}>
          {t('blueskyCancel')}
        </button>
      </div>
    </div>
  );
}
