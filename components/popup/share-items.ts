import type { ShareButtonItem } from '@/components/ShareButtons';
import { formatNumber, t } from '@/utils/i18n';
import type { QuoteCandidate } from '@/utils/quotes';
import type { Settings } from '@/utils/settings';
import { composeText, NETWORKS, type SharePost, type ShareTarget } from '@/utils/share';

export function networkLabel(id: ShareTarget): string {
  return id === 'email' ? t('shareEmail') : NETWORKS[id].label;
}

/**
 * The line under a suggested quote: who said it, or what kind of line it is. Null for a direct quotation
 * whose speaker the engine is not sure of (it names a speaker only when it is): the reader is asked instead.
 */
export function attributionLine(candidate: QuoteCandidate): string | null {
  if (candidate.kind === 'selection') return t('quoteKindSelection');
  if (candidate.speaker) return `— ${[candidate.speaker, candidate.role].filter(Boolean).join(', ')}`;
  if (candidate.kind === 'direct') return null;
  return t('quoteKindSentence');
}

/** A share button per network the reader shows, with its live count against the network's limit. */
export function shareButtonItems(
  settings: Settings,
  post: SharePost,
  options: Parameters<typeof composeText>[2],
): ShareButtonItem[] {
  return settings.networks.map((id) => {
    const label = networkLabel(id);
    if (id === 'mastodon' && !settings.mastodonInstance) {
      return { id, label, count: null, over: false, truncated: false, accessibleName: t('shareSetInstance') };
    }
    const composed = composeText(id, post, options);
    const count = composed.limit === null ? null : `${composed.count}/${composed.limit}`;
    // The name holds the visible text (label and count, WCAG 2.5.3); the description spells the count out.
    const description =
      composed.limit === null
        ? undefined
        : `${t('shareCountLabel', [label, formatNumber(composed.count), formatNumber(composed.limit)])}${
            composed.truncated ? `, ${t('shareShortened')}` : ''
          }`;
    return {
      id,
      label,
      count,
      over: composed.limit !== null && composed.count > composed.limit,
      truncated: composed.truncated,
      accessibleName: count === null ? t('shareOn', label) : `${t('shareOn', label)} ${count}`,
      description,
    };
  });
}
