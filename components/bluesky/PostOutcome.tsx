import type { PostResult } from '@/utils/bluesky/port';
import { t } from '@/utils/i18n';

function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <div class="bsky-actions">
      <button type="button" class="button" onClick={onClose}>
        {t('blueskyClose')}
      </button>
    </div>
  );
}

/** Posted: where the post is (on Bluesky and as a record on the server), and whether the card was kept. */
export function PostedStep({
  result,
  kept,
  onClose,
}: {
  result: PostResult;
  kept: boolean;
  onClose: () => void;
}) {
  const links = [
    [result.url, 'bluesky-post-url', t('blueskyOpenPost')],
    [result.pdsUrl, 'bluesky-record-url', t('blueskyOpenRecord')],
  ] as const;
  return (
    <div class="bsky-posted">
      <p role="status">
        {t('blueskyPosted')} {kept && t('blueskyKept')}
      </p>
      <ul class="bsky-posted__links">
        {links.map(
          ([href, testId, label]) =>
            href && (
              <li key={testId}>
                <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
                  {label}
                </a>
              </li>
            ),
        )}
      </ul>
      <CloseButton onClose={onClose} />
    </div>
  );
}

/** A failure before anything could be shown (no session, no draft). */
export function FailedStep({ error, onClose }: { error: string; onClose: () => void }) {
  return (
    <div>
      <p class="bsky-error" role="alert">
        {error}
      </p>
      <CloseButton onClose={onClose} />
    </div>
  );
}
