import type { ComponentChildren } from 'preact';
import { themeName } from '@/components/card-names';
import type { CardText } from '@/hooks/use-card-design';
import { THEMES, type ThemeId } from '@/utils/card';
import type { LeadImage } from '@/utils/card/images';
import { t } from '@/utils/i18n';

interface StudioControlsProps {
  text: CardText;
  onText: (text: CardText) => void;
  dir: 'ltr' | 'rtl';
  lang?: string;
  themeId: ThemeId;
  onTheme: (id: ThemeId) => void;
  usesLeadImage: boolean;
  image: LeadImage;
  hasImage: boolean;
  onAllowImage: () => void;
  accent: string;
  onAccent: (accent: string | null) => void;
  /** Below the colour: the site icon switch, the alt text, the status line. */
  children: ComponentChildren;
}

/** The quote, who said it and their role. */
function TextFields({
  text,
  onText,
  dir,
  lang,
}: Pick<StudioControlsProps, 'text' | 'onText' | 'dir' | 'lang'>) {
  return (
    <>
      <label class="field">
        <span class="field__label">{t('studioQuote')}</span>
        <textarea
          class="field__input"
          rows={6}
          dir={dir}
          lang={lang}
          value={text.quote}
          onInput={(event) => onText({ ...text, quote: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('studioSpeaker')}</span>
        {/* Empty when Pullquote was not sure who said it (it names a speaker only when it is). */}
        <input
          class="field__input"
          value={text.speaker}
          placeholder={t('quoteSpeakerHint')}
          onInput={(event) => onText({ ...text, speaker: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('studioRole')}</span>
        <input
          class="field__input"
          value={text.role}
          onInput={(event) => onText({ ...text, role: event.currentTarget.value })}
        />
      </label>
    </>
  );
}

function ThemeChoice({ themeId, onTheme }: Pick<StudioControlsProps, 'themeId' | 'onTheme'>) {
  return (
    <fieldset class="field themes">
      <legend class="field__label">{t('studioTheme')}</legend>
      {THEMES.map((option) => (
        <label key={option.id} class="theme-choice">
          <input
            type="radio"
            name="theme"
            value={option.id}
            checked={option.id === themeId}
            onChange={() => onTheme(option.id)}
          />
          {themeName(option.id)}
        </label>
      ))}
    </fieldset>
  );
}

/** For a photo theme: a blocked lead image to allow, or that the article has none. */
function PhotoNotes(
  props: Pick<StudioControlsProps, 'usesLeadImage' | 'image' | 'hasImage' | 'onAllowImage'>,
) {
  const { image } = props;
  return (
    <>
      {props.usesLeadImage && image.state === 'blocked' && (
        <div class="field photo-permission">
          <p class="field__hint">{t('studioPhotoBlocked', new URL(image.origin).host)}</p>
          <button type="button" class="button" onClick={props.onAllowImage}>
            {t('studioPhotoAllow')}
          </button>
        </div>
      )}
      {props.usesLeadImage && !props.hasImage && <p class="field__hint">{t('studioPhotoNone')}</p>}
    </>
  );
}

function AccentField({ accent, onAccent }: Pick<StudioControlsProps, 'accent' | 'onAccent'>) {
  return (
    <div class="field accent">
      <label class="field__label" for="accent">
        {t('studioAccent')}
      </label>
      <input
        id="accent"
        type="color"
        value={accent}
        onInput={(event) => onAccent(event.currentTarget.value)}
      />
      <button type="button" class="button" onClick={() => onAccent(null)}>
        {t('studioSiteAccent')}
      </button>
    </div>
  );
}

/** The studio's form: the quote and who said it, the theme, the photo, the colour and the site icon. */
export function StudioControls(props: StudioControlsProps) {
  return (
    <form class="studio__controls" onSubmit={(event) => event.preventDefault()}>
      <TextFields text={props.text} onText={props.onText} dir={props.dir} lang={props.lang} />
      <ThemeChoice themeId={props.themeId} onTheme={props.onTheme} />
      <PhotoNotes
        usesLeadImage={props.usesLeadImage}
        image={props.image}
        hasImage={props.hasImage}
        onAllowImage={props.onAllowImage}
      />
      <AccentField accent={props.accent} onAccent={props.onAccent} />
      {props.children}
    </form>
  );
}

/** The card's alt text, to read and copy. */
export function AltTextField(props: { alt: string; onCopy: () => void }) {
  return (
    <section class="field alt" aria-labelledby="alt-heading">
      <h2 id="alt-heading" class="field__label">
        {t('studioAltText')}
      </h2>
      <p class="alt__text">{props.alt}</p>
      <button type="button" class="button" onClick={props.onCopy}>
        {t('studioCopyAlt')}
      </button>
    </section>
  );
}
