import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer, stopServer, type ServerProcess } from '../server/support/server-process.ts';
import { launchChromium } from './browser.ts';

/** The real server on a database of its own, and a Chromium to visit it with. */
export interface RunningApp {
  server: ServerProcess;
  browser: Browser;
  /** Closes Chromium, stops the server and deletes its database. */
  stop: () => Promise<void>;
}

/**
 * Starts the server on a new database in a temporary folder named after `name`, then launches
 * Chromium. Whatever has started is stopped again when a later step fails.
 */
export async function startApp(name: string): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), `quizgen-${name}-`));
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await startServer(join(dir, `${name}.db`));
    browser = await launchChromium();
    return { server, browser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
