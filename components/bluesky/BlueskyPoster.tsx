import { useEffect, useRef, useState } from 'preact/hooks';
import { BlueskyError, classifyError } from '@/utils/bluesky/errors';
import type { BlueskyPort, PostResult } from '@/utils/bluesky/port';
import { draftFrom, type PreparedPost } from '@/utils/bluesky/post';
import type { BlueskySession } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import { ConnectForm } from './ConnectForm';
import { blueskyErrorText } from './error-text';
import { PostPreview } from './PostPreview';
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

type Step =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'connect'; note: string; error?: string }
  | { kind: 'preview'; session: BlueskySession; posting: boolean; error: string }
  | { kind: 'posted'; result: PostResult; kept: boolean }
  | { kind: 'failed'; error: string };

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
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [prepared, setPrepared] = useState<PreparedPost | null>(null);
  const [alt, setAlt] = useState('');
  const [withCard, setWithCard] = useState(true);
  const [imageUrl, setImageUrl] = useState<string | null>(null);

  // A draft is for one quote, theme and size: another one is prepared afresh when the dialog next opens.
  useEffect(() => {
    setPrepared(null);
  }, [draftKey]);

  useEffect(() => {
    if (!prepared?.card) return;
    const url = URL.createObjectURL(prepared.card.blob);
    setImageUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [prepared]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (step.kind !== 'closed' && !element.open) element.showModal();
    if (step.kind === 'closed' && element.open) element.close();
  }, [step.kind]);

  const toPreview = async (session: BlueskySession) => {
    let ready = prepared;
    if (!ready) {
      setStep({ kind: 'loading' });
      ready = await prepare();
      setPrepared(ready);
      setAlt(ready.alt);
      setWithCard(ready.card !== null);
    }
    setStep({ kind: 'preview', session, posting: false, error: '' });
  };

  const open = async () => {
    setStep({ kind: 'loading' });
    try {
      const session = await port.session();
      if (session) await toPreview(session);
      else setStep({ kind: 'connect', note: t('blueskyFirstNote') });
    } catch (error) {
      setStep({ kind: 'failed', error: blueskyErrorText(error) });
    }
  };

  // The chunk was loaded by a click on the lightweight button: carry that click through.
  const opened = useRef(false);
  useEffect(() => {
    if (openNow && !opened.current) {
      opened.current = true;
      void open();
    }
  });

  const connected = async (input: Parameters<BlueskyPort['connect']>[0]) => {
    const session = await port.connect(input);
    try {
      await toPreview(session);
    } catch (error) {
      setStep({ kind: 'failed', error: blueskyErrorText(error) });
    }
  };

  const post = async () => {
    if (step.kind !== 'preview' || !prepared) return;
    const { session } = step;
    setStep({ ...step, posting: true, error: '' });
    try {
      const useCard = withCard && prepared.card !== null;
      const thumb = !useCard && prepared.thumbnail ? await prepared.thumbnail().catch(() => null) : null;
      const result = await port.publish(draftFrom(prepared, { withCard: useCard, alt }, thumb));
      const kept = await port
        .keepWithArticle(prepared.articleUrl, {
          ...prepared.libraryCard,
          createdAt: Date.now(),
          post: { network: 'bluesky', uri: result.uri, url: result.url, pdsUrl: result.pdsUrl },
        })
        .catch(() => false);
      setStep({ kind: 'posted', result, kept });
    } catch (error) {
      const failure =
        error instanceof BlueskyError ? error : classifyError(error, { online: navigator.onLine });
      if (failure.kind === 'expired') {
        setStep({ kind: 'connect', note: t('blueskyExpiredNote') });
      } else {
        setStep({ kind: 'preview', session, posting: false, error: blueskyErrorText(failure, true) });
      }
    }
  };

  const close = () => setStep({ kind: 'closed' });
  const closeButton = (
    <div class="bsky-actions">
      <button type="button" class="button" onClick={close}>
        {t('blueskyClose')}
      </button>
    </div>
  );

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
        {step.kind === 'preview' && prepared && (
          <PostPreview
            prepared={prepared}
            handle={step.session.handle}
            imageUrl={imageUrl}
            alt={alt}
            onAlt={setAlt}
            withCard={withCard}
            onWithCard={setWithCard}
            posting={step.posting}
            error={step.error}
            onPost={() => void post()}
            onCancel={close}
          />
        )}
        {step.kind === 'posted' && (
          <div class="bsky-posted">
            <p role="status">
              {t('blueskyPosted')} {step.kept && t('blueskyKept')}
            </p>
            <ul class="bsky-posted__links">
              {(
                [
                  [step.result.url, 'bluesky-post-url', t('blueskyOpenPost')],
                  [step.result.pdsUrl, 'bluesky-record-url', t('blueskyOpenRecord')],
                ] as const
              ).map(
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
            {closeButton}
          </div>
        )}
        {step.kind === 'failed' && (
          <div>
            <p class="bsky-error" role="alert">
              {step.error}
            </p>
            {closeButton}
          </div>
        )}
      </dialog>
    </>
  );
}
