import type { ConsentSiteActions } from '@/hooks/use-consent-sites';
import type { ConsentChoice } from '@/utils/consent/engine';
import type { SiteDecision } from '@/utils/consent/types';
import { formatNumber, t, uiLanguage } from '@/utils/i18n';
import { formatTime } from '@/utils/time';

type Actions = Pick<ConsentSiteActions, 'choose' | 'pause' | 'forget'>;

function SiteRow({ site, decision, actions }: { site: string; decision: SiteDecision; actions: Actions }) {
  return (
    <tr data-site={site}>
      <th scope="row">{site}</th>
      <td>
        <select
          aria-label={`${t('optionsColChoice')}: ${site}`}
          value={decision.choice}
          onChange={(event) => actions.choose(site, event.currentTarget.value as ConsentChoice)}
        >
          <option value="reject">{t('consentReject')}</option>
          <option value="accept">{t('consentAccept')}</option>
        </select>
        {decision.paused && <span class="sites__paused">{t('optionsPaused')}</span>}
      </td>
      <td>{formatTime(decision.decidedAt, uiLanguage()) ?? '—'}</td>
      <td>{formatNumber(decision.appliedCount)}</td>
      <td class="sites__actions">
        <button type="button" class="link-button" onClick={() => actions.pause(site, !decision.paused)}>
          {decision.paused ? t('consentResume') : t('consentPause')}
        </button>
        <button type="button" class="link-button" onClick={() => actions.forget(site)}>
          {t('consentForget')}
        </button>
      </td>
    </tr>
  );
}

/** Every remembered site (newest decision first): its choice, when, how often applied, pause and forget. */
export function SitesTable({ rows, actions }: { rows: Array<[string, SiteDecision]>; actions: Actions }) {
  return (
    <table class="sites">
      <thead>
        <tr>
          <th scope="col">{t('optionsColSite')}</th>
          <th scope="col">{t('optionsColChoice')}</th>
          <th scope="col">{t('optionsColDecided')}</th>
          <th scope="col">{t('optionsColApplied')}</th>
          <th scope="col">{t('optionsColActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([site, decision]) => (
          <SiteRow key={site} site={site} decision={decision} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
