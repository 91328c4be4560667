import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/**
 * The usual set-up of an end-to-end test file: the fixture server and Chromium with the built extension,
 * started before the file's tests (`prepare` adds the file's own pages to the server first) and closed after
 * them. `assign` hands both to the file.
 */
export function withExtensionBrowser(
  assign: (started: { browser: ExtensionBrowser; server: FixtureServer }) => void,
  prepare?: (server: FixtureServer) => void,
  options?: LaunchOptions,
): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    prepare?.(server);
    browser = await launchWithExtension(undefined, options);
    assign({ browser, server });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
