import { useState } from 'preact/hooks';
import type { ConnectInput } from '@/utils/bluesky/port';
import { APP_PASSWORDS_URL } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import { blueskyErrorText } from './error-text';
import { useFieldId } from './field-id';

export interface ConnectFormProps {
  /** Resolves once connected; a rejection is shown under the form, and everything typed stays. */
  onConnect: (input: ConnectInput) => Promise<void>;
  /** Why the form is shown where it interrupts something (a first post, an ended session). */
  note?: string;
  /** A failure that brought the reader here (an ended session), shown until they try again. */
  initialError?: string;
  autoFocus?: boolean;
}

/**
 * Handle or email, app password, and an optional server for self-hosted accounts. Says why an app password
 * and where to make one. The password lives in this form's state only: it goes to the server on Connect
 * and nowhere else.
 */
export function ConnectForm({ onConnect, note, initialError, autoFocus }: ConnectFormProps) {
  const id = useFieldId();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [server, setServer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(initialError ?? '');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await onConnect({ identifier, password, server });
    } catch (failure) {
      setError(blueskyErrorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="bsky-connect" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      {note && <p class="bsky-note">{note}</p>}
      <div class="field">
        <label class="field__label" for={`${id}-identifier`}>
          {t('blueskyIdentifier')}
        </label>
        <input
          id={`${id}-identifier`}
          class="field__input"
          name="identifier"
          autoComplete="username"
          autoCapitalize="none"
          spellcheck={false}
          required
          placeholder={t('blueskyIdentifierExample')}
          value={identifier}
          // biome-ignore lint/a11y/noAutofocus: the form opens because the reader asked to connect
          autoFocus={autoFocus}
          onInput={(event) => setIdentifier(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-password`}>
          {t('blueskyAppPassword')}
        </label>
        <input
          id={`${id}-password`}
          class="field__input"
          name="app-password"
          type="password"
          // Not the account's password: a password manager should neither fill nor save it as one.
          autoComplete="off"
          required
          placeholder="xxxx-xxxx-xxxx-xxxx"
          aria-describedby={`${id}-why`}
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
        <p id={`${id}-why`} class="field__hint">
          {t('blueskyAppPasswordWhy')}{' '}
          <a href={APP_PASSWORDS_URL} target="_blank" rel="noopener noreferrer">
            {t('blueskyAppPasswordLink')}
          </a>
        </p>
      </div>
      <div class="field">
        <label class="field__label" for={`${id}-server`}>
          {t('blueskyServer')}
        </label>
        <input
          id={`${id}-server`}
          class="field__input"
          name="server"
          // Text, not type=url: "pds.example.com" without a scheme is fine here (normalizeServer adds it).
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://pds.example.com"
          aria-describedby={`${id}-server-hint`}
          value={server}
          onInput={(event) => setServer(event.currentTarget.value)}
        />
        <p id={`${id}-server-hint`} class="field__hint">
          {t('blueskyServerHint')}
        </p>
      </div>
      <div class="bsky-actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('blueskyConnecting') : t('blueskyConnect')}
        </button>
      </div>
      <p class="bsky-error" role="alert">
        {error}
      </p>
    </form>
  );
}
