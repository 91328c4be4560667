import { useState } from 'preact/hooks';
import { CardPreview } from '@/components/CardPreview';
import { ComposerSettings } from '@/components/popup/ComposerSettings';
import { attributionLine, shareButtonItems } from '@/components/popup/share-items';
import { QuoteList, type QuoteOption } from '@/components/QuoteList';
import { ShareButtons } from '@/components/ShareButtons';
import { type ComposerSource, useComposerShare } from '@/hooks/use-composer-share';
import { useQuoteChoice } from '@/hooks/use-quote-choice';
import { useShareSettings } from '@/hooks/use-share-settings';
import { t, tPlural } from '@/utils/i18n';
import { PostToBluesky } from './Bluesky';

export interface ComposerProps extends ComposerSource {
  /** The site's colour, the cards' default accent. */
  siteColor?: string | null;
  /** The icon the page declares, for cards in browsers without a favicon cache. */
  siteIcon?: string | null;
  selection: string;
  settingsOpen: boolean;
  onSettingsOpenChange: (open: boolean) => void;
  /** How many quotes are suggested, once known: the popup shortens the article summary when there are some. */
  onSuggestions?: (count: number) => void;
}

/**
 * The composer: suggested quotes (the reader's selection first), the chosen one editable where it stands,
 * and the share bar (card, copy, a button per network with its live count). Loaded after the article is on
 * screen, so sharing code (twitter-text is the bulk of it) never delays the popup's first paint.
 */
export default function Composer(props: ComposerProps) {
  const { article, settingsOpen, onSettingsOpenChange } = props;
  const choice = useQuoteChoice(article, props.selection, props.onSuggestions);
  const prefs = useShareSettings(settingsOpen);
  const [askInstance, setAskInstance] = useState(false);
  const sharing = useComposerShare(props, choice.text, choice.credit, prefs.settings, () => {
    setAskInstance(true);
    onSettingsOpenChange(true);
  });

  if (settingsOpen && prefs.loaded) {
    return (
      <ComposerSettings
        prefs={prefs}
        askInstance={askInstance}
        onClose={() => {
          setAskInstance(false);
          onSettingsOpenChange(false);
        }}
      />
    );
  }

  const options: QuoteOption[] = choice.candidates.map((candidate, index) => ({
    text: candidate.text,
    attribution: attributionLine(candidate),
    typedSpeaker: choice.typedSpeakers[index],
  }));
  return (
    <div class="composer">
      <QuoteList
        strings={{
          heading: t('quotesHeading'),
          emptyText: t('quotesNone'),
          showMoreLabel: (hidden) => tPlural('quotesShowMore', hidden),
          editLabel: t('composerLabel'),
          expand: t('quoteExpand'),
          collapse: t('quoteCollapse'),
          speakerHint: t('quoteSpeakerHint'),
        }}
        options={options}
        selected={choice.selected}
        onSelect={(index) => {
          choice.select(index);
          sharing.setStatus('');
        }}
        editedText={choice.text}
        onEdit={choice.setText}
        onSpeakerInput={choice.typeSpeaker}
        lang={article.lang}
      />
      <ShareButtons
        heading={t('shareHeading')}
        items={shareButtonItems(prefs.settings, sharing.post, sharing.shareOptions)}
        onShare={sharing.share}
        copyLabel={t('copyAction')}
        onCopy={() => void sharing.copy()}
        webShareLabel={t('webShareAction')}
        onWebShare={sharing.webShare}
        status={sharing.status}
        error={sharing.copyError}
        lead={
          <button
            type="button"
            class="card-button"
            aria-label={t('composerOpenStudio')}
            title={t('composerOpenStudio')}
            onClick={sharing.openStudio}
            disabled={choice.text.trim() === ''}
          >
            <CardPreview spec={sharing.previewSpec} width={68} />
            <span class="card-button__label">{t('composerCard')}</span>
          </button>
        }
      >
        <PostToBluesky data={sharing.studioData} excerpt={article.excerpt} />
      </ShareButtons>
    </div>
  );
}
