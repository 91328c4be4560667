import { useState } from 'preact/hooks';
import type { BlueskySession } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import { blueskyErrorText } from './error-text';

export interface AccountStatusProps {
  session: BlueskySession;
  /** Ends the session on the server and here; `serverTold` false when the server could not be reached. */
  onDisconnect: () => Promise<{ serverTold: boolean }>;
}

/** The connected account (and its server when self-hosted), with Disconnect. */
export function AccountStatus({ session, onDisconnect }: AccountStatusProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const disconnect = async () => {
    setBusy(true);
    setError('');
    try {
      await onDisconnect();
    } catch (failure) {
      setError(blueskyErrorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="bsky-account">
      <p class="bsky-account__who">
        <span dir="auto">{t('blueskyConnectedAs', session.handle)}</span>
        {session.custom && (
          <span class="bsky-account__server"> {t('blueskyConnectedServer', new URL(session.pds).host)}</span>
        )}
      </p>
      <button type="button" class="button" disabled={busy} onClick={() => void disconnect()}>
        {t('blueskyDisconnect')}
      </button>
      <p class="bsky-error" role="alert">
        {error}
      </p>
    </div>
  );
}
