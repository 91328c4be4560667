import { normalizeMastodonInstance } from './share/mastodon';
import { isShareTarget, SHARE_TARGETS, type ShareTarget } from './share/targets';

/** The reader's sharing settings, version 1. Stored in `storage.local` (utils/storage.ts). */
interface SettingsV1 {
  /** Networks shown in the popup, in this order. */
  networks: ShareTarget[];
  /** Host of the reader's Mastodon instance ("mastodon.social"), or null until they set it. */
  mastodonInstance: string | null;
}
export type Settings = SettingsV1;

export const DEFAULT_NETWORKS: ShareTarget[] = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'reddit',
  'email',
];

export const DEFAULT_SETTINGS: Settings = { networks: DEFAULT_NETWORKS, mastodonInstance: null };

/**
 * Whatever is in storage (an older build, a hand edit, a sync from another device) becomes valid
 * settings: unknown networks are dropped, duplicates removed, a bad instance forgotten.
 */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const value = raw as Record<string, unknown>;
  const networks = Array.isArray(value.networks)
    ? [
        ...new Set(
          value.networks.filter((id): id is ShareTarget => typeof id === 'string' && isShareTarget(id)),
        ),
      ]
    : DEFAULT_NETWORKS;
  const instance =
    typeof value.mastodonInstance === 'string' ? normalizeMastodonInstance(value.mastodonInstance) : null;
  return { networks, mastodonInstance: instance };
}

/** Every network, in the order the settings list shows them. */
export const ALL_NETWORKS: readonly ShareTarget[] = SHARE_TARGETS;
