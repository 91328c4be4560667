import { SettingsPanel } from '@/components/SettingsPanel';
import type { useShareSettings } from '@/hooks/use-share-settings';
import { t } from '@/utils/i18n';
import { ALL_NETWORKS } from '@/utils/settings';
import { networkLabel } from './share-items';

/** The composer's settings: which networks to show, and the Mastodon instance. */
export function ComposerSettings(props: {
  prefs: ReturnType<typeof useShareSettings>;
  /** Opened by pressing Mastodon without an instance: the instance field takes focus. */
  askInstance: boolean;
  onClose: () => void;
}) {
  const { prefs } = props;
  return (
    <SettingsPanel
      strings={{
        heading: t('settingsHeading'),
        networks: t('settingsNetworks'),
        mastodon: t('settingsMastodon'),
        mastodonHint: t('settingsMastodonHint'),
        done: t('settingsDone'),
      }}
      networks={ALL_NETWORKS.map((id) => ({
        id,
        label: networkLabel(id),
        enabled: prefs.settings.networks.includes(id),
      }))}
      onToggle={prefs.toggleNetwork}
      instance={prefs.instanceDraft}
      instanceMessage={prefs.instanceMessage}
      onInstanceInput={prefs.setInstanceDraft}
      onClose={props.onClose}
      autoFocusInstance={props.askInstance}
    />
  );
}
