import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ALL_NETWORKS, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { normalizeMastodonInstance, type ShareTarget } from '@/utils/share';
import { loadSettings, saveSettings } from '@/utils/storage';

/**
 * The networks shown and the Mastodon instance. Nothing is written until the stored settings are known, so
 * an early click cannot overwrite them. The instance is saved when the reader leaves the settings (Done or
 * the gear), only when valid; an emptied field forgets it. Half-typed hosts are never saved.
 */
export function useShareSettings(settingsOpen: boolean) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [instanceDraft, setInstanceDraft] = useState('');
  useEffect(() => {
    void loadSettings().then((stored) => {
      setSettings(stored);
      setInstanceDraft(stored.mastodonInstance ?? '');
      setLoaded(true);
    });
  }, []);
  const persist = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  const instanceValid = normalizeMastodonInstance(instanceDraft);
  const instanceMessage =
    instanceDraft.trim() === ''
      ? null
      : instanceValid
        ? { text: t('settingsMastodonSaved', instanceValid), invalid: false }
        : { text: t('settingsMastodonInvalid'), invalid: true };

  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !settingsOpen && loaded) {
      const emptied = instanceDraft.trim() === '';
      const wanted = emptied ? null : instanceValid;
      if ((emptied || wanted !== null) && wanted !== settings.mastodonInstance) {
        persist({ ...settings, mastodonInstance: wanted });
      }
    }
    wasOpen.current = settingsOpen;
  });

  const toggleNetwork = (id: string, enabled: boolean) => {
    const wanted = new Set(settings.networks);
    if (enabled) wanted.add(id as ShareTarget);
    else wanted.delete(id as ShareTarget);
    persist({ ...settings, networks: ALL_NETWORKS.filter((network) => wanted.has(network)) });
  };

  return { settings, loaded, instanceDraft, setInstanceDraft, instanceMessage, toggleNetwork };
}
