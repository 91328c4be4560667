import { type ComponentChildren, render } from 'preact';
import { type MessageKey, t, uiDirection, uiLanguage } from '@/utils/i18n';
import { ErrorBoundary, type ErrorBoundaryProps } from './ErrorBoundary';

/**
 * Renders an extension page into its `#app`: the UI language and direction on `<html>` (Arabic mirrors the
 * page), the localized window title, and the page inside the error boundary (with the rescue export where the
 * page holds library data).
 */
export function mountPage(
  titleKey: MessageKey,
  page: ComponentChildren,
  onExport?: ErrorBoundaryProps['onExport'],
): void {
  const root = document.getElementById('app');
  if (!root) return;
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = t(titleKey);
  render(<ErrorBoundary {...(onExport ? { onExport } : {})}>{page}</ErrorBoundary>, root);
}
