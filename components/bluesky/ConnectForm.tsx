import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ConnectInput } from '@/utils/bluesky/port';
import { APP_PASSWORDS_URL } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import { blueskyErrorText } from './error-text';
import { useFieldId } from './field-id';

interface FieldProps {
  id: string;
  label: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'password';
  inputMode?: 'url';
  autoComplete: string;
  placeholder: string;
  required?: boolean;
  autoFocus?: boolean;
  hint?: ComponentChildren;
}

/** A labelled input with its hint as its description; typed text is kept as typed (no spellcheck, no caps). */
function Field(props: FieldProps) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="field__input"
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        autoCapitalize="none"
        spellcheck={false}
        required={props.required}
        placeholder={props.placeholder}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        // biome-ignore lint/a11y/noAutofocus: the form opens because the reader asked to connect
        autoFocus={props.autoFocus}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      {props.hint && (
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

export interface ConnectFormProps {
  /** Resolves once connected; a rejection is shown under the form, and everything typed stays. */
  onConnect: (input: ConnectInput) => Promise<void>;
  /** Why the form is shown where it interrupts something (a first post, an ended session). */
  note?: string;
  /** A failure that brought the reader here (an ended session), shown until they try again. */
  initialError?: string;
  autoFocus?: boolean;
  /** In a dialog: leaves without connecting. */
  onCancel?: () => void;
}

/** The form's fields and its submission: one try at a time, the failure shown until the next try. */
function useConnectForm(onConnect: ConnectFormProps['onConnect'], initialError?: string) {
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
  return { identifier, setIdentifier, password, setPassword, server, setServer, busy, error, submit };
}

/**
 * Handle or email, app password, and an optional server for self-hosted accounts. Says why an app password
 * and where to make one. The password lives in this form's state only: it goes to the server on Connect
 * and nowhere else.
 */
export function ConnectForm({ onConnect, note, initialError, autoFocus, onCancel }: ConnectFormProps) {
  const id = useFieldId();
  const { identifier, setIdentifier, password, setPassword, server, setServer, busy, error, submit } =
    useConnectForm(onConnect, initialError);

  return (
    <form class="bsky-connect" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      {note && <p class="bsky-note">{note}</p>}
      <Field
        id={`${id}-identifier`}
        label={t('blueskyIdentifier')}
        name="identifier"
        value={identifier}
        onValue={setIdentifier}
        autoComplete="username"
        placeholder={t('blueskyIdentifierExample')}
        required
        autoFocus={autoFocus}
      />
      <Field
        id={`${id}-password`}
        label={t('blueskyAppPassword')}
        name="app-password"
        type="password"
        value={password}
        onValue={setPassword}
        // Not the account's password: a password manager should neither fill nor save it as one.
        autoComplete="off"
        placeholder="xxxx-xxxx-xxxx-xxxx"
        required
        hint={
          <>
            {t('blueskyAppPasswordWhy')}{' '}
            <a href={APP_PASSWORDS_URL} target="_blank" rel="noopener noreferrer">
              {t('blueskyAppPasswordLink')}
            </a>
          </>
        }
      />
      {/* Text, not type=url: "pds.example.com" without a scheme is fine here (normalizeServer adds it). */}
      <Field
        id={`${id}-server`}
        label={t('blueskyServer')}
        name="server"
        inputMode="url"
        value={server}
        onValue={setServer}
        autoComplete="off"
        placeholder="https://pds.example.com"
        hint={t('blueskyServerHint')}
      />
      <div class="bsky-actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('blueskyConnecting') : t('blueskyConnect')}
        </button>
        {onCancel && (
          <button type="button" class="button" disabled={busy} onClick={onCancel}>
            {t('blueskyCancel')}
          </button>
        )}
      </div>
      <p class="bsky-error" role="alert">
        {error}
      </p>
    </form>
  );
}
