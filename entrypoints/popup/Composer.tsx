import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CardPreview } from '@/components/CardPreview';
import { QuoteList, type QuoteOption } from '@/components/QuoteList';
import { SettingsPanel } from '@/components/SettingsPanel';
import { type ShareButtonItem, ShareButtons } from '@/components/ShareButtons';
import type { Article } from '@/utils/article/types';
import { copyRich } from '@/utils/browser/clipboard';
import { cardSize, cardTheme, siteAccent } from '@/utils/card';
import type { CardSpec } from '@/utils/card/draw';
import { encodeStudioData, type StudioData } from '@/utils/card/studio-data';
import { errorText, formatNumber, t, tPlural } from '@/utils/i18n';
import { trustedArticleUrl } from '@/utils/page/site';
import { type QuoteCandidate, suggestQuotes } from '@/utils/quotes';
import { studioPage } from '@/utils/routes';
import { ALL_NETWORKS, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import {
  buildShareUrl,
  composeText,
  formatForClipboard,
  NETWORKS,
  normalizeMastodonInstance,
  type SharePost,
  type ShareTarget,
  textFragmentUrl,
} from '@/utils/share';
import { normalizeQuote } from '@/utils/share/compose';
import { loadSettings, saveSettings } from '@/utils/storage';
import { PostToBluesky } from './Bluesky';

export interface ComposerProps {
  article: Article;
  /** The whole page's text in blocks: deep links are made unique against it. */
  pageText: string;
  /** The page's own URL: the canonical is shared only when it is on the same site. */
  pageUrl: string;
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

function networkLabel(id: ShareTarget): string {
  return id === 'email' ? t('shareEmail') : NETWORKS[id].label;
}

/**
 * The line under a suggested quote: who said it, or what kind of line it is. Null for a direct quotation
 * whose speaker the engine is not sure of (it names a speaker only when it is): the reader is asked instead.
 */
function attributionLine(candidate: QuoteCandidate): string | null {
  if (candidate.kind === 'selection') return t('quoteKindSelection');
  if (candidate.speaker) return `— ${[candidate.speaker, candidate.role].filter(Boolean).join(', ')}`;
  if (candidate.kind === 'direct') return null;
  return t('quoteKindSentence');
}

/** Whitespace-insensitive: is the edited text still (part of) what the speaker said? */
function stillTheirWords(edited: string, original: string): boolean {
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const words = squash(edited);
  return words !== '' && squash(original).includes(words);
}

/** The card the card button makes by default (the studio opens on it): the link card, light theme. */
const PREVIEW_SIZE = cardSize('og');
const PREVIEW_THEME = cardTheme('light');

/**
 * The composer: suggested quotes (the reader's selection first), the chosen one editable where it stands,
 * and the share bar (card, copy, a button per network with its live count). Loaded after the article is on
 * screen, so sharing code (twitter-text is the bulk of it) never delays the popup's first paint.
 */
export default function Composer({
  article,
  pageText,
  pageUrl,
  siteColor,
  siteIcon,
  selection,
  settingsOpen,
  onSettingsOpenChange,
  onSuggestions,
}: ComposerProps) {
  const candidates = useMemo(
    () => suggestQuotes(article, { selection: selection || undefined }),
    [article, selection],
  );
  const [selected, setSelected] = useState(0);
  const [text, setText] = useState(candidates[0]?.text ?? '');
  // Speakers the reader typed for quotations the engine could not attribute, by candidate index.
  const [typedSpeakers, setTypedSpeakers] = useState<Record<number, string>>({});
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // Nothing is written until the stored settings are known, so an early click cannot overwrite them.
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [instanceDraft, setInstanceDraft] = useState('');
  const [status, setStatus] = useState('');
  const [copyError, setCopyError] = useState('');
  const [askInstance, setAskInstance] = useState(false);

  useEffect(() => {
    onSuggestions?.(candidates.length);
  }, [candidates.length, onSuggestions]);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setInstanceDraft(loaded.mastodonInstance ?? '');
      setSettingsLoaded(true);
    });
  }, []);

  const shareUrl = useMemo(() => trustedArticleUrl(article.url, pageUrl), [article.url, pageUrl]);
  const chosen = candidates[selected];
  // Words the reader wrote themselves are not credited to the speaker of the quote they started from; a
  // speaker the reader named is theirs to give.
  const typedSpeaker = (typedSpeakers[selected] ?? '').trim() || undefined;
  const sureSpeaker = chosen?.speaker && stillTheirWords(text, chosen.text) ? chosen.speaker : undefined;
  const speaker = typedSpeaker ?? sureSpeaker;
  const role = sureSpeaker && !typedSpeaker ? chosen?.role : undefined;
  const post: SharePost = {
    quote: text.trim() || undefined,
    speaker,
    title: article.title,
    url: shareUrl,
    siteName: article.siteName ?? undefined,
  };
  const paragraphs = useMemo(() => article.text.split('\n\n'), [article.text]);
  // The paragraph the quote was picked from, so a phrase the headline repeats links to that paragraph.
  const quoteContext =
    (chosen && sureSpeaker !== undefined) || (chosen && stillTheirWords(text, chosen.text))
      ? paragraphs[chosen.paragraph]
      : paragraphs.find((paragraph) => stillTheirWords(text, paragraph));
  const shareOptions = { mastodonInstance: settings.mastodonInstance ?? undefined, pageText, quoteContext };

  const items: ShareButtonItem[] = settings.networks.map((id) => {
    const label = networkLabel(id);
    if (id === 'mastodon' && !settings.mastodonInstance) {
      return { id, label, count: null, over: false, truncated: false, accessibleName: t('shareSetInstance') };
    }
    const composed = composeText(id, post, shareOptions);
    const count = composed.limit === null ? null : `${composed.count}/${composed.limit}`;
    // The name holds the visible text (label and count, WCAG 2.5.3); the description spells the count out.
    const description =
      composed.limit === null
        ? undefined
        : `${t('shareCountLabel', [label, formatNumber(composed.count), formatNumber(composed.limit)])}${
            composed.truncated ? `, ${t('shareShortened')}` : ''
          }`;
    return {
      id,
      label,
      count,
      over: composed.limit !== null && composed.count > composed.limit,
      truncated: composed.truncated,
      accessibleName: count === null ? t('shareOn', label) : `${t('shareOn', label)} ${count}`,
      description,
    };
  });

  const persist = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  const share = (id: string) => {
    const target = id as ShareTarget;
    if (target === 'mastodon' && !settings.mastodonInstance) {
      setAskInstance(true);
      onSettingsOpenChange(true);
      return;
    }
    void browser.tabs.create({ url: buildShareUrl(target, post, shareOptions) });
  };

  const copy = async () => {
    try {
      await copyRich(formatForClipboard(post, { pageText, quoteContext }));
      setStatus(t('copyDone'));
      setCopyError('');
    } catch (error) {
      setStatus('');
      setCopyError(t('copyFailed', errorText(error)));
    }
  };

  const studioData: StudioData = {
    quote: text.trim(),
    speaker,
    role,
    title: article.title,
    siteName: article.siteName ?? undefined,
    url: shareUrl,
    dir: article.dir === 'rtl' ? 'rtl' : 'ltr',
    lang: article.lang ?? undefined,
    accent: siteColor ?? undefined,
    image: article.leadImage ?? undefined,
    pageUrl,
    favicon: siteIcon ?? undefined,
    link: textFragmentUrl(shareUrl, normalizeQuote(text), pageText, quoteContext),
  };
  const openStudio = () => {
    const data = encodeStudioData(studioData);
    void browser.tabs.create({ url: browser.runtime.getURL(studioPage(data)) });
  };

  const previewSpec: CardSpec = useMemo(
    () => ({
      size: PREVIEW_SIZE,
      theme: PREVIEW_THEME,
      accent: siteAccent(siteColor, null),
      content: {
        quote: text.trim(),
        speaker,
        role,
        title: article.title,
        siteName: article.siteName ?? undefined,
        dir: article.dir === 'rtl' ? 'rtl' : 'ltr',
        lang: article.lang ?? undefined,
      },
    }),
    [text, speaker, role, siteColor, article],
  );

  const webShare =
    typeof navigator.share === 'function'
      ? () => {
          const { text: plain } = formatForClipboard(post, { pageText, quoteContext });
          void navigator.share({ title: article.title, text: plain }).catch(() => undefined);
        }
      : undefined;

  const instanceValid = normalizeMastodonInstance(instanceDraft);
  const instanceMessage =
    instanceDraft.trim() === ''
      ? null
      : instanceValid
        ? { text: t('settingsMastodonSaved', instanceValid), invalid: false }
        : { text: t('settingsMastodonInvalid'), invalid: true };

  const closeSettings = () => {
    setAskInstance(false);
    onSettingsOpenChange(false);
  };

  // The instance is saved when the reader leaves the settings (Done or the gear), only when valid; an
  // emptied field forgets it. Half-typed hosts are never saved.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !settingsOpen && settingsLoaded) {
      const emptied = instanceDraft.trim() === '';
      const wanted = emptied ? null : instanceValid;
      if ((emptied || wanted !== null) && wanted !== settings.mastodonInstance) {
        persist({ ...settings, mastodonInstance: wanted });
      }
    }
    wasOpen.current = settingsOpen;
  });

  if (settingsOpen && settingsLoaded) {
    return (
      <SettingsPanel
        strings={{
          heading: t('settingsHeading'),
          networks: t('settingsNetworks'),
          mastodon: t('settingsMastodon'),
          mastodonHint: t('settingsMastodonHint'),
          done: t('settingsDone'),
        }}
        networks={ALL_NETWORKS.map((id) => ({
          id,
          label: networkLabel(id),
          enabled: settings.networks.includes(id),
        }))}
        onToggle={(id, enabled) => {
          const wanted = new Set(settings.networks);
          if (enabled) wanted.add(id as ShareTarget);
          else wanted.delete(id as ShareTarget);
          persist({ ...settings, networks: ALL_NETWORKS.filter((network) => wanted.has(network)) });
        }}
        instance={instanceDraft}
        instanceMessage={instanceMessage}
        onInstanceInput={setInstanceDraft}
        onClose={closeSettings}
        autoFocusInstance={askInstance}
      />
    );
  }

  const options: QuoteOption[] = candidates.map((candidate, index) => ({
    text: candidate.text,
    attribution: attributionLine(candidate),
    typedSpeaker: typedSpeakers[index],
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
        selected={selected}
        onSelect={(index) => {
          setSelected(index);
          setText(candidates[index]?.text ?? '');
          setStatus('');
        }}
        editedText={text}
        onEdit={setText}
        onSpeakerInput={(index, value) => setTypedSpeakers((previous) => ({ ...previous, [index]: value }))}
        lang={article.lang}
      />
      <ShareButtons
        heading={t('shareHeading')}
        items={items}
        onShare={share}
        copyLabel={t('copyAction')}
        onCopy={() => void copy()}
        webShareLabel={t('webShareAction')}
        onWebShare={webShare}
        status={status}
        error={copyError}
        lead={
          <button
            type="button"
            class="card-button"
            aria-label={t('composerOpenStudio')}
            title={t('composerOpenStudio')}
            onClick={openStudio}
            disabled={text.trim() === ''}
          >
            <CardPreview spec={previewSpec} width={68} />
            <span class="card-button__label">{t('composerCard')}</span>
          </button>
        }
      >
        <PostToBluesky data={studioData} excerpt={article.excerpt} />
      </ShareButtons>
    </div>
  );
}
