// Real Firefox ESR with the Firefox build installed, driven by puppeteer-core over WebDriver
// BiDi (../../../shared/notes/toolchain.md): the add-on is pre-installed in a fresh profile
// (BiDi may not navigate a tab to moz-extension://, so extension pages are opened from the
// command line and by the pages themselves), and the imitation sites answer through request
// interception, from the same fixtures as the Chromium suite.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { answerFor, readStoreScript, ROOT, type SiteOptions } from '../e2e/fixture-sites';

export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const GECKO_ID = (
  JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
/** The add-on's internal UUID, fixed by a preference so its pages have a known address. */
export const UUID = '6f1d0c6e-6b2f-4c5e-9d7a-1f2e3d4c5b6a';
export const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;

export interface FirefoxHarness {
  browser: Browser;
  /** The first tab: the extension page the browser was started on. */
  start: Page;
  /** URLs outside the imitated sites that pages asked for (refused). */
  outside: string[];
  /** Where downloads land, without asking. */
  downloads: string;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Answers every request of a page from the imitation sites; anything else is refused. */
async function serve(page: Page, options: SiteOptions, outside: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const answer = answerFor(url, request.headers()['range'], options);
    if (answer === 'reset') return void request.abort('connectionreset');
    if (!answer) {
      outside.push(url);
      return void request.abort();
    }
    void request.respond({
      status: answer.status,
      headers: answer.headers,
      body: answer.body,
    });
  });
}

/** Starts Firefox on `path` (an extension page) with the add-on installed. */
export async function launchFirefox(
  path = 'popup.html',
  options: SiteOptions = {},
  /** Firefox preferences beyond the harness's own. */
  prefs: Record<string, string | number | boolean> = {},
  /** The add-on may run in private windows. */
  inPrivate = false,
  /** A ready package to install (the store's zip) instead of the build in .output. */
  xpi?: string,
): Promise<FirefoxHarness> {
  const profile = mkdtempSync(join(tmpdir(), 'mlrc-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  // Allowed in private windows, as the learner can choose in the add-on's settings.
  if (inPrivate)
    writeFileSync(
      join(profile, 'extension-preferences.json'),
      JSON.stringify({
        [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] },
      }),
    );
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  const installed = join(profile, 'extensions', `${GECKO_ID}.xpi`);
  if (xpi) copyFileSync(xpi, installed);
  else execFileSync('zip', ['-qr', installed, '.'], { cwd: FIREFOX_DIR });
  const browser = await launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...prefs,
    },
    args: [extensionUrl(path)],
  });
  const outside: string[] = [];
  let start: Page | undefined;
  for (let i = 0; i < 100 && !start; i++) {
    start = (await browser.pages()).find((p) => p.url().startsWith('moz-extension://'));
    if (!start) await new Promise((r) => setTimeout(r, 100));
  }
  if (!start) throw new Error('the extension page did not open');
  return {
    browser,
    start,
    outside,
    downloads,
    async open(url) {
      const page = await browser.newPage();
      await serve(page, options, outside);
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until `fn` returns a truthy value (polling), or fails after `timeout` ms. */
export async function until<T>(fn: () => Promise<T>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Rows of one IndexedDB store, read in an extension page. */
export async function readStoreIn<T = Record<string, unknown>>(
  page: Page,
  store: string,
): Promise<T[]> {
  return (await page.evaluate(readStoreScript, store)) as T[];
}
