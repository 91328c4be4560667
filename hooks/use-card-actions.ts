import { useState } from 'preact/hooks';
import { canCopyImage, copyImage, copyText } from '@/utils/browser/clipboard';
import { downloadFile } from '@/utils/browser/download';
import type { CardSize } from '@/utils/card';
import type { CardSpec } from '@/utils/card/draw';
import { cardFileName, exportCardPng } from '@/utils/card/export';
import { errorText, t } from '@/utils/i18n';

const createCanvas = (width: number, height: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/**
 * What the studio does with a card: download it (1× or 2×), copy it as an image, share it, copy its alt
 * text; each says how it went in the status line (or the alert).
 */
export function useCardActions(title: string, specFor: (size: CardSize) => CardSpec, alt: string) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const done = (text: string) => {
    setStatus(text);
    setError('');
  };
  const failed = (text: string) => {
    setStatus('');
    setError(text);
  };
  const exportPng = async (size: CardSize, scale: 1 | 2) =>
    (await exportCardPng(specFor(size), scale, createCanvas)).blob;

  const copyCard = async (size: CardSize) => {
    if (!canCopyImage()) return failed(t('studioCopyUnsupported'));
    try {
      await copyImage(await exportPng(size, 1));
      done(t('studioCopied'));
    } catch (error) {
      failed(t('studioCopyFailed', errorText(error)));
    }
  };
  const saveCard = async (size: CardSize, scale: 1 | 2) => {
    try {
      const name = cardFileName(title, size.width, size.height, scale);
      downloadFile(name, await exportPng(size, scale), 'image/png');
      done(t('studioDownloaded', name));
    } catch (error) {
      failed(t('studioDownloadFailed', errorText(error)));
    }
  };
  const canShareFiles = typeof navigator.canShare === 'function';
  const share = async (size: CardSize) => {
    const blob = await exportPng(size, 1);
    const file = new File([blob], cardFileName(title, size.width, size.height), { type: 'image/png' });
    if (!navigator.canShare({ files: [file] })) return;
    await navigator.share({ files: [file], text: alt }).catch(() => undefined);
  };
  const copyAlt = () =>
    void copyText(alt).then(
      () => done(t('studioAltCopied')),
      (error) => failed(t('copyFailed', error instanceof Error ? error.message : String(error))),
    );
  return { status, error, copyCard, saveCard, canShareFiles, share, copyAlt };
}
