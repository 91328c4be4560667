import { Component, type ComponentChildren } from 'preact';
import { errorText, formatNumber, t } from '@/utils/i18n';

export interface ErrorBoundaryProps {
  children: ComponentChildren;
  /**
   * Saves what can still be read (the library page and the reader: the saved articles as JSON) and says
   * how many; absent on pages with nothing to rescue.
   */
  onExport?: () => Promise<number>;
}

interface ErrorBoundaryState {
  error: unknown;
  exported: string | null;
  exportFailed: string | null;
  exporting: boolean;
}

/** A message in the UI language, or the English when the catalogue itself cannot be read. */
function say(read: () => string, english: string): string {
  try {
    return read() || english;
  } catch {
    return english;
  }
}

function describe(error: unknown): string {
  return say(
    () => errorText(error),
    error instanceof Error ? error.message : String(error ?? 'Unknown error'),
  );
}

/**
 * Every extension page is drawn inside one: when drawing throws (bad data in storage, a bug), the page says
 * what failed and offers a way on (try again; export what can be read) instead of going blank. Issue 15:
 * one unrenderable date used to leave the library empty with no way to export it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, exported: null, exportFailed: null, exporting: false };

  static override getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown): void {
    // Kept for whoever opens the console to report it; the page itself says what failed.
    console.error(error);
  }

  private retry = () => {
    this.setState({ error: null, exported: null, exportFailed: null });
  };

  private export = async () => {
    const { onExport } = this.props;
    if (!onExport) return;
    this.setState({ exporting: true, exported: null, exportFailed: null });
    try {
      const count = await onExport();
      this.setState({
        exported: say(() => t('errorPageExported', formatNumber(count)), `Articles exported: ${count}.`),
      });
    } catch (error) {
      this.setState({
        exportFailed: say(
          () => t('errorPageExportFailed', describe(error)),
          `The export failed as well: ${describe(error)}`,
        ),
      });
    } finally {
      this.setState({ exporting: false });
    }
  };

  override render() {
    const { error, exported, exportFailed, exporting } = this.state;
    if (error === null) return this.props.children;
    return (
      <main class="error-page" data-testid="error-page">
        <h1>{say(() => t('errorPageTitle'), 'Something went wrong on this page')}</h1>
        <p role="alert" class="error-page__detail">
          {say(() => t('errorPageDetail', describe(error)), `What failed: ${describe(error)}`)}
        </p>
        <p>{say(() => t('errorPageKept'), 'Nothing was deleted: only showing this page failed.')}</p>
        <p class="error-page__actions">
          <button type="button" class="button button--primary" onClick={this.retry}>
            {say(() => t('errorPageRetry'), 'Try again')}
          </button>
          {this.props.onExport && (
            <button type="button" class="button" disabled={exporting} onClick={() => void this.export()}>
              {say(() => t('errorPageExport'), 'Export what can be read (JSON)')}
            </button>
          )}
        </p>
        <p role="status">{exported ?? ''}</p>
        {exportFailed && <p class="error-page__detail">{exportFailed}</p>}
      </main>
    );
  }
}
