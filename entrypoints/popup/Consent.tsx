import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConsentPanel, type ConsentPanelAction } from '@/components/ConsentPanel';
import { CONSENT_STORE_KEY } from '@/utils/consent/storage';
import { MAX_FAILURES } from '@/utils/consent/types';
import { errorText, t, tPlural, uiLanguage } from '@/utils/i18n';
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

/** The popup's cookie-choice section for the tab's site. Hidden on pages that are not http(s). */
export function Consent({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<ConsentStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await sendMessage('consentStatus', { tabId }));
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [tabId]);

  useEffect(() => {
    void refresh();
    // A choice is counted as applied only once the background has verified it, seconds after the page
    // loaded: the line follows the stored record instead of showing the count of when the popup opened.
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CONSENT_STORE_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, [refresh]);

  if (error) return <p class="note">{error}</p>;
  if (!status?.site) return null;
  const site = status.site;
  const decision = status.decision;
  const run = (work: () => Promise<unknown>) => () => {
    void work().then(refresh, (failure: unknown) => setError(String(failure)));
  };

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
  const stalled = (decision?.failures ?? 0) >= MAX_FAILURES && !decision?.paused;
  if (decision?.learned) {
    // Issue 15: a choice learned from a click is shown as such, with a way to take it back.
    actions.push({
      id: 'undo',
      label: t('consentUndo'),
      onClick: run(() => sendMessage('consentForget', { site })),
    });
  }
  if (stalled) {
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
  const tab = status.tab;
  // "Applied" only when the background heard the choice took (utils/consent/apply.ts).
  const note = decision?.paused
    ? t('consentPausedNote')
    : stalled
      ? t('consentStalledNote')
      : tab?.applied
        ? tab.byDefault
          ? t('consentAppliedByDefault')
          : t('consentAppliedHere', tab.cmp || site)
        : tab?.failed
          ? t('consentFailedHere')
          : null;
  const learned = decision?.learned && !decision.paused ? t('consentLearnedNote') : null;

  return (
    <ConsentPanel
      heading={t('consentHeading', site)}
      status={consentStatusLine(status)}
      note={note}
      learned={learned}
      actions={actions}
      manageLabel={t('consentManage')}
      onManage={() => void browser.runtime.openOptionsPage()}
    />
  );
}
