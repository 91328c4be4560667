import { useEffect, useRef, useState } from 'preact/hooks';
import { BlueskyError, classifyError } from '@/utils/bluesky/errors';
import type { BlueskyPort, PostResult } from '@/utils/bluesky/port';
import { draftFrom, type PreparedPost } from '@/utils/bluesky/post';
import type { BlueskySession } from '@/utils/bluesky/session';
import { t } from '@/utils/i18n';
import { blueskyErrorText } from './error-text';

export type PosterStep =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'connect'; note: string; error?: string }
  | { kind: 'preview'; session: BlueskySession; posting: boolean; error: string }
  | { kind: 'posted'; result: PostResult; kept: boolean }
  | { kind: 'failed'; error: string };

/** The draft as the dialog shows and edits it: prepared once per `draftKey`, its alt text and card choice. */
function useDraft(draftKey: string) {
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

  const use = (ready: PreparedPost) => {
    setPrepared(ready);
    setAlt(ready.alt);
    setWithCard(ready.card !== null);
  };
  return { prepared, use, alt, setAlt, withCard, setWithCard, imageUrl };
}

/** Publishes the draft and keeps the card with the saved article; resolves to the posted step. */
async function publish(
  port: BlueskyPort,
  prepared: PreparedPost,
  options: { withCard: boolean; alt: string },
): Promise<PosterStep> {
  const useCard = options.withCard && prepared.card !== null;
  const thumb = !useCard && prepared.thumbnail ? await prepared.thumbnail().catch(() => null) : null;
  const result = await port.publish(draftFrom(prepared, { withCard: useCard, alt: options.alt }, thumb));
  const kept = await port
    .keepWithArticle(prepared.articleUrl, {
      ...prepared.libraryCard,
      createdAt: Date.now(),
      post: { network: 'bluesky', uri: result.uri, url: result.url, pdsUrl: result.pdsUrl },
    })
    .catch(() => false);
  return { kind: 'posted', result, kept };
}

/**
 * The "Post to Bluesky" dialog's steps: connect the account the first time (or again when the session has
 * ended), preview, post, and the outcome. Whatever fails, the draft (text, card, alt text) is kept.
 */
export function useBlueskyPost(
  port: BlueskyPort,
  prepare: () => Promise<PreparedPost>,
  draftKey: string,
  openNow?: boolean,
) {
  const [step, setStep] = useState<PosterStep>({ kind: 'closed' });
  const draft = useDraft(draftKey);

  const toPreview = async (session: BlueskySession) => {
    if (!draft.prepared) {
      setStep({ kind: 'loading' });
      draft.use(await prepare());
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
    if (step.kind !== 'preview' || !draft.prepared) return;
    const { session } = step;
    setStep({ ...step, posting: true, error: '' });
    try {
      setStep(await publish(port, draft.prepared, draft));
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
  return { step, draft, open, connected, post, close };
}
