import { useEffect, useState } from 'preact/hooks';
import { AccountStatus } from '@/components/bluesky/AccountStatus';
import { ConnectForm } from '@/components/bluesky/ConnectForm';
import { browserBlueskyPort as port } from '@/utils/bluesky/port';
import type { BlueskySession } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import '@/components/bluesky/bluesky.css';

/**
 * The Bluesky account: connect with a handle (or email) and an app password, or see who is connected and
 * disconnect. Nothing is sent to any server until Connect is pressed.
 */
export function BlueskyAccount() {
  const [session, setSession] = useState<BlueskySession | null | undefined>(undefined);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void port.session().then(setSession);
    return port.watch(setSession);
  }, []);

  return (
    <section aria-labelledby="bluesky-heading" class="bsky-section">
      <h2 id="bluesky-heading">{t('blueskyHeading')}</h2>
      <p class="options__intro">{t('blueskyIntro')}</p>
      {session === undefined ? null : session ? (
        <AccountStatus
          session={session}
          onDisconnect={async () => {
            const { serverTold } = await port.disconnect();
            setSession(null);
            setStatus(t(serverTold ? 'blueskyDisconnected' : 'blueskyDisconnectedLocally'));
            return { serverTold };
          }}
        />
      ) : (
        <ConnectForm
          onConnect={async (input) => {
            setSession(await port.connect(input));
            setStatus('');
          }}
        />
      )}
      <p class="bsky-note" role="status">
        {status}
      </p>
    </section>
  );
}
