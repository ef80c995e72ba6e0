/**
 * Real browsers with the built extension: Debian's Chromium through playwright-core and Firefox
 * ESR through puppeteer-core over WebDriver BiDi (Playwright cannot drive an unpatched Firefox).
 * Recipes from ../shared/TESTING.md; each launch gets a fresh profile.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../lib/identity';
import type { FixtureServer } from './fixture-server';

export const CHROME_EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');
export const FIREFOX_EXTENSION = resolve(import.meta.dirname, '../.output/firefox-mv2');
/** Fixed so moz-extension:// URLs are known before install (pref extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = '6f1c8a52-3d4e-4b7a-9c21-0e5d7f9a2b41';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The profile folder (it stays after `close`, so what the browser stored can be measured). */
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchChromium(server: FixtureServer, options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  // 127.0.0.1 stays reachable: the sync tests' CouchDB server listens there.
  const rules = [...server.hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'EXCLUDE 127.0.0.1', 'MAP * ~NOTFOUND'].join(',');
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimtrail-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${CHROME_EXTENSION}`,
      `--load-extension=${CHROME_EXTENSION}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      `--host-resolver-rules=${rules}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir, close: () => context.close() };
}

export async function launchFirefox(server: FixtureServer): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'claimtrail-firefox-')),
    // Without this Firefox ESR contacts Mozilla's servers despite the test prefs.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.stricttransportsecurity.preloadlist': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return browser;
}
