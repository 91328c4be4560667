import { useEffect, useRef } from 'preact/hooks';
import type { BlueskyPort } from '@/utils/bluesky/port';
import type { PreparedPost } from '@/utils/bluesky/post';
import { t } from '@/utils/i18n';
import { ConnectForm } from './ConnectForm';
import { FailedStep, PostedStep } from './PostOutcome';
import { PostPreview } from './PostPreview';
import { useBlueskyPost } from './use-bluesky-post';
import './bluesky.css';

export interface BlueskyPosterProps {
  port: BlueskyPort;
  /** Draws and encodes the card and fits the text: run when the preview first opens, kept after that. */
  prepare: () => Promise<PreparedPost>;
  /** What the draft is made from (quote, theme, size…): a new key makes a new draft. */
  draftKey: string;
  /** Opens at once (the button that loaded this chunk was already pressed). */
  openNow?: boolean;
  buttonClass?: string;
  disabled?: boolean;
}

/**
 * "Post to Bluesky": a button, and a dialog that connects the account the first time (or again when the
 * session has ended), previews exactly what will be posted, posts it, and links to the post. Whatever
 * fails, the draft (text, card, alt text) stays in the dialog to try again.
 */
export function BlueskyPoster({
  port,
  prepare,
  draftKey,
  openNow,
  buttonClass,
  disabled,
}: BlueskyPosterProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { step, draft, open, connected, post, close } = useBlueskyPost(port, prepare, draftKey, openNow);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (step.kind !== 'closed' && !element.open) element.showModal();
    if (step.kind === 'closed' && element.open) element.close();
  }, [step.kind]);

  return (
    <>
      <button
        type="button"
        class={buttonClass ?? 'button'}
        data-action="bluesky-post"
        disabled={disabled}
        onClick={() => void open()}
      >
        {t('blueskyPost')}
      </button>
      <dialog
        ref={dialog}
        class="bsky-dialog"
        aria-labelledby="bsky-dialog-heading"
        onClose={() => {
          if (step.kind !== 'closed') close();
        }}
        onCancel={(event) => {
          // Esc while a post is on its way would hide its outcome.
          if (step.kind === 'preview' && step.posting) event.preventDefault();
        }}
      >
        <h2 id="bsky-dialog-heading" class="bsky-dialog__heading">
          {t('blueskyPost')}
        </h2>
        {step.kind === 'loading' && (
          <p class="bsky-note" role="status">
            {t('blueskyPreparing')}
          </p>
        )}
        {step.kind === 'connect' && (
          <ConnectForm
            onConnect={connected}
            note={step.note}
            initialError={step.error}
            autoFocus
            onCancel={close}
          />
        )}
        {step.kind === 'preview' && draft.prepared && (
          <PostPreview
            prepared={draft.prepared}
            handle={step.session.handle}
            imageUrl={draft.imageUrl}
            alt={draft.alt}
            onAlt={draft.setAlt}
            withCard={draft.withCard}
            onWithCard={draft.setWithCard}
            posting={step.posting}
            error={step.error}
            onPost={() => void post()}
            onCancel={close}
          />
        )}
        {step.kind === 'posted' && <PostedStep result={step.result} kept={step.kept} onClose={close} />}
        {step.kind === 'failed' && <FailedStep error={step.error} onClose={close} />}
      </dialog>
    </>
  );
}
