import type { ConsentPrefs, DefaultChoice } from '@/utils/consent/engine';
import { t } from '@/utils/i18n';

const DEFAULTS = [
  ['none', 'optionsDefaultNone'],
  ['reject', 'optionsDefaultReject'],
  ['accept', 'optionsDefaultAccept'],
] as const;

/** What to do on sites without a choice, and whether choices sync across the reader's browsers. */
export function ConsentDefaults({
  prefs,
  onChange,
}: {
  prefs: ConsentPrefs;
  onChange: (next: ConsentPrefs) => void;
}) {
  return (
    <div class="options__prefs">
      <fieldset>
        <legend>{t('optionsDefaultLegend')}</legend>
        {DEFAULTS.map(([value, label]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="default-choice"
              value={value}
              checked={prefs.defaultChoice === value}
              onChange={() => onChange({ ...prefs, defaultChoice: value as DefaultChoice })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={prefs.sync}
          onChange={(event) => onChange({ ...prefs, sync: event.currentTarget.checked })}
        />
        {t('optionsSync')}
      </label>
    </div>
  );
}
