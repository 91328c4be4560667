export interface SettingsPanelProps {
  strings: {
    heading: string;
    networks: string;
    mastodon: string;
    mastodonHint: string;
    done: string;
  };
  networks: Array<{ id: string; label: string; enabled: boolean }>;
  onToggle: (id: string, enabled: boolean) => void;
  instance: string;
  instanceMessage: { text: string; invalid: boolean } | null;
  onInstanceInput: (value: string) => void;
  onClose: () => void;
  autoFocusInstance?: boolean;
}

/** Which networks the popup shows, and the reader's Mastodon instance (validated as they type). */
export function SettingsPanel(props: SettingsPanelProps) {
  const { strings } = props;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" class="section-heading">
        {strings.heading}
      </h2>
      <fieldset class="settings__networks">
        <legend>{strings.networks}</legend>
        {props.networks.map((network) => (
          <label key={network.id} class="check">
            <input
              type="checkbox"
              checked={network.enabled}
              onChange={(event) => props.onToggle(network.id, event.currentTarget.checked)}
            />
            {network.label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label class="field__label" for="mastodon-instance">
          {strings.mastodon}
        </label>
        <input
          id="mastodon-instance"
          type="text"
          class="field__input"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          value={props.instance}
          placeholder="mastodon.social"
          aria-invalid={props.instanceMessage?.invalid ? 'true' : undefined}
          aria-describedby="instance-hint instance-message"
          onInput={(event) => props.onInstanceInput(event.currentTarget.value)}
          // biome-ignore lint/a11y/noAutofocus: the panel opens on purpose to ask for this one field
          autoFocus={props.autoFocusInstance}
        />
        <span id="instance-hint" class="field__hint">
          {strings.mastodonHint}
        </span>
        <span
          id="instance-message"
          class={`field__message${props.instanceMessage?.invalid ? ' field__message--error' : ''}`}
          role="status"
        >
          {props.instanceMessage?.text ?? ''}
        </span>
      </div>
      <button type="button" class="button button--primary" onClick={props.onClose}>
        {strings.done}
      </button>
    </section>
  );
}
