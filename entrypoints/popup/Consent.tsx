import { browser } from 'wxt/browser';
import { ConsentPanel, type ConsentPanelAction } from '@/components/ConsentPanel';
import { useConsentStatus } from '@/hooks/use-consent-status';
import { MAX_FAILURES } from '@/utils/consent/types';
import { t, tPlural, uiLanguage } from '@/utils/i18n';
import { type ConsentStatus, sendMessage } from '@/utils/messages';
import { formatTime } from '@/utils/time';

function shortDate(ms: number): string {
  return formatTime(ms, uiLanguage(), 'dayMonth') ?? '—';
}

/** The status line: "Rejected on 12 Nov · applied 4 times". */
export function consentStatusLine(status: ConsentStatus): string {
  const decision = status.decision;
  if (!decision) return t('consentUndecided');
  const decided = t(
    decision.choice === 'reject' ? 'consentRejectedOn' : 'consentAcceptedOn',
    shortDate(decision.decidedAt),
  );
  const applied =
    decision.appliedCount === 0 ? t('consentNeverApplied') : tPlural('consentApplied', decision.appliedCount);
  return `${decided} · ${applied}`;
}

type Run = (work: () => Promise<unknown>) => () => void;

/** Applications stopped after `MAX_FAILURES` unverified tries (and not paused by the reader). */
function isStalled(decision: ConsentStatus['decision']): boolean {
  return (decision?.failures ?? 0) >= MAX_FAILURES && !decision?.paused;
}

/** The section's buttons: accept and reject, then undo, try again, forget and pause as the record allows. */
function consentActions(site: string, status: ConsentStatus, tabId: number, run: Run): ConsentPanelAction[] {
  const decision = status.decision;
  const actions: ConsentPanelAction[] = [
    {
      id: 'accept',
      label: t('consentAccept'),
      pressed: decision?.choice === 'accept',
      onClick: run(() => sendMessage('consentChoose', { site, choice: 'accept', tabId })),
    },
    {
      id: 'reject',
      label: t('consentReject'),
      pressed: decision?.choice === 'reject',
      onClick: run(() => sendMessage('consentChoose', { site, choice: 'reject', tabId })),
    },
  ];
  if (decision?.learned) {
    // Issue 15: a choice learned from a click is shown as such, with a way to take it back.
    actions.push({
      id: 'undo',
      label: t('consentUndo'),
      onClick: run(() => sendMessage('consentForget', { site })),
    });
  }
  if (isStalled(decision)) {
    // Resuming forgets the failures: the next visit tries again.
    actions.push({
      id: 'retry',
      label: t('consentTryAgain'),
      onClick: run(() => sendMessage('consentPause', { site, paused: false })),
    });
  }
  if (decision) {
    actions.push(
      { id: 'forget', label: t('consentForget'), onClick: run(() => sendMessage('consentForget', { site })) },
      decision.paused
        ? {
            id: 'resume',
            label: t('consentResume'),
            onClick: run(() => sendMessage('consentPause', { site, paused: false })),
          }
        : {
            id: 'pause',
            label: t('consentPause'),
            onClick: run(() => sendMessage('consentPause', { site, paused: true })),
          },
    );
  }
  return actions;
}

/** What happened on this tab: "applied" only when the background heard the choice took (utils/consent/apply.ts). */
function consentNote(site: string, status: ConsentStatus): string | null {
  const { decision, tab } = status;
  if (decision?.paused) return t('consentPausedNote');
  if (isStalled(decision)) return t('consentStalledNote');
  if (tab?.applied)
    return tab.byDefault ? t('consentAppliedByDefault') : t('consentAppliedHere', tab.cmp || site);
  return tab?.failed ? t('consentFailedHere') : null;
}

/** The popup's cookie-choice section for the tab's site. Hidden on pages that are not http(s). */
export function Consent({ tabId }: { tabId: number }) {
  const { status, error, run } = useConsentStatus(tabId);
  if (error) return <p class="note">{error}</p>;
  if (!status?.site) return null;
  const site = status.site;
  const decision = status.decision;
  const learned = decision?.learned && !decision.paused ? t('consentLearnedNote') : null;

  return (
    <ConsentPanel
      heading={t('consentHeading', site)}
      status={consentStatusLine(status)}
      note={consentNote(site, status)}
      learned={learned}
      actions={consentActions(site, status, tabId, run)}
      manageLabel={t('consentManage')}
      onManage={() => void browser.runtime.openOptionsPage()}
    />
  );
}
