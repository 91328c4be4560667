/**
 * Sharing, pure: intents, post text fitted to each network's limit, clean and deep links, clipboard
 * formats. No extension API here (architecture test), so the popup, the pages and the tests share it.
 */

export { cleanUrl, isTrackingParam, TRACKING_PARAMS } from './clean-url';
export { type ClipboardContent, formatForClipboard } from './clipboard';
export { type ComposedPost, composeText, type ShareOptions, type SharePost } from './compose';
export { buildShareUrl } from './intents';
export {
  type CountMethod,
  countFor,
  isShareTarget,
  NETWORKS,
  type NetworkInfo,
  SHARE_TARGETS,
  SHORT_URL_LENGTH,
  type ShareTarget,
} from './limits';
export { MastodonInstanceError, normalizeMastodonInstance } from './mastodon';
export {
  encodeTextDirective,
  parseTextDirective,
  type TextDirective,
  type TextRange,
} from './text-directive';
export { buildTextDirective, textFragmentUrl } from './text-fragment';
export { findTextFragmentMatch, findTextFragmentMatches } from './text-match';
