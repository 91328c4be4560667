import { t } from '@/utils/i18n';
import { READER_PREF_LIMITS, type ReaderPrefs } from '@/utils/reading/reader-prefs';

const THEMES: Array<{ value: ReaderPrefs['theme']; label: () => string }> = [
  { value: 'system', label: () => t('readerThemeSystem') },
  { value: 'light', label: () => t('readerThemeLight') },
  { value: 'sepia', label: () => t('readerThemeSepia') },
  { value: 'dark', label: () => t('readerThemeDark') },
];

function Slider(props: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number; step: number };
  display: string;
  onChange: (value: number) => void;
}) {
  return (
    <div class="reader-settings__row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={props.limits.min}
        max={props.limits.max}
        step={props.limits.step}
        value={props.value}
        aria-valuetext={props.display}
        onInput={(event) => props.onChange(Number(event.currentTarget.value))}
      />
      <output for={props.id}>{props.display}</output>
    </div>
  );
}

/** The reader's typography panel: font, size, line spacing, line length, theme, remote images. */
export function ReaderSettings(props: { prefs: ReaderPrefs; onChange: (prefs: ReaderPrefs) => void }) {
  const { prefs } = props;
  const set = (patch: Partial<ReaderPrefs>) => props.onChange({ ...prefs, ...patch });
  return (
    <section class="reader-settings" aria-labelledby="reader-settings-heading" id="reader-settings">
      <h2 id="reader-settings-heading" class="visually-hidden">
        {t('readerSettings')}
      </h2>
      <fieldset class="reader-settings__row">
        <legend>{t('readerFont')}</legend>
        <div class="segmented">
          {(['serif', 'sans'] as const).map((font) => (
            <button
              key={font}
              type="button"
              class={`segmented__option reader-settings__font--${font}`}
              aria-pressed={prefs.font === font}
              onClick={() => set({ font })}
            >
              {font === 'serif' ? t('readerFontSerif') : t('readerFontSans')}
            </button>
          ))}
        </div>
      </fieldset>
      <Slider
        id="reader-size"
        label={t('readerSize')}
        value={prefs.size}
        limits={READER_PREF_LIMITS.size}
        display={`${prefs.size}px`}
        onChange={(size) => set({ size })}
      />
      <Slider
        id="reader-line-height"
        label={t('readerLineHeight')}
        value={prefs.lineHeight}
        limits={READER_PREF_LIMITS.lineHeight}
        display={prefs.lineHeight.toFixed(1)}
        onChange={(lineHeight) => set({ lineHeight })}
      />
      <Slider
        id="reader-width"
        label={t('readerWidth')}
        value={prefs.width}
        limits={READER_PREF_LIMITS.width}
        display={`${prefs.width}ch`}
        onChange={(width) => set({ width })}
      />
      <fieldset class="reader-settings__row">
        <legend>{t('readerTheme')}</legend>
        <div class="segmented">
          {THEMES.map((theme) => (
            <button
              key={theme.value}
              type="button"
              class={`segmented__option swatch swatch--${theme.value}`}
              aria-pressed={prefs.theme === theme.value}
              onClick={() => set({ theme: theme.value })}
            >
              {theme.label()}
            </button>
          ))}
        </div>
      </fieldset>
      <label class="check reader-settings__row">
        <input
          type="checkbox"
          checked={prefs.remoteImages}
          onChange={(event) => set({ remoteImages: event.currentTarget.checked })}
        />
        {t('readerLoadImages')}
      </label>
      <p class="field__hint">{t('readerImagesHint')}</p>
    </section>
  );
}
