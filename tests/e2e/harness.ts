import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { answerFor, readStoreScript, ROOT, type SiteOptions } from './fixture-sites';
import { learnerBackup } from './learner-backup';

export {
  CLIP_SECONDS,
  GITHUB_LINKS,
  KHAN_UNITS,
  LONG_CLIP,
  MLFLOW_SIDEBAR,
  PY,
  ROOT,
  UNLISTED,
  otherVideo,
  pyVideo,
  type YouTubeLayout,
} from './fixture-sites';
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions extends SiteOptions {
  /** Load the built extension (the benchmark also measures the same pages without it). */
  extension?: boolean;
  /** Another build of it (the benchmark's control with an empty YouTube content script). */
  extensionDir?: string;
  /**
   * The browser's interface language. On Linux Chromium takes it from `LANGUAGE` (its
   * `--lang` is ignored there), and only with Debian's `chromium-l10n` installed.
   */
  language?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'mlrc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(options.language
      ? { locale: options.language, env: { ...process.env, LANGUAGE: options.language } }
      : {}),
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  // Every request for one of the imitated sites is answered from the fixtures.
  await context.route(
    /^https:\/\/((www|m)\.youtube\.com|[^/]*\.khanacademy\.org|www\.kaggle\.com|mlflow\.org|github\.com|[^/]*\.googlevideo\.com)\//,
    async (route) => {
      const answer = answerFor(route.request().url(), route.request().headers()['range'], options);
      if (answer === 'reset') await route.abort('connectionreset');
      else if (answer) await route.fulfill(answer);
      else await route.abort();
    },
  );
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One of the extension's pages (`popup.html`, `review.html`…) in a new tab. */
export async function extensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

export function openPopup(h: Harness): Promise<Page> {
  return extensionPage(h, 'popup.html');
}

/** Sets the start date through the popup, as a learner does on first open. */
export async function startToday(h: Harness): Promise<void> {
  const popup = await openPopup(h);
  await popup.getByRole('button', { name: 'Start today' }).click();
  await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
  await popup.close();
}

/** Picks a start date so that today falls in `week`. */
export async function startInWeek(h: Harness, week: number): Promise<void> {
  const start = new Date();
  start.setDate(start.getDate() - (week - 1) * 7);
  const iso = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
  const popup = await openPopup(h);
  await popup.getByLabel('Or pick a start date').fill(iso);
  await popup.getByRole('button', { name: 'Start on this date' }).click();
  await popup.getByRole('heading', { name: new RegExp(`Week ${week} of 24`) }).waitFor();
  await popup.close();
}

/**
 * A learner nine weeks in (week 10 today): started through the first run, then their history
 * restored from a backup file through the settings, as a learner moving browsers does.
 */
export async function startTwoMonthsIn(h: Harness): Promise<void> {
  await startToday(h);
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByLabel('Backup file to import').setInputFiles({
    name: 'ml-roadmap-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(learnerBackup(Date.now()))),
  });
  await options.getByRole('radio', { name: 'Replace my progress' }).check();
  await options.getByRole('button', { name: 'Import the backup' }).click();
  await options.getByText(/replaced your progress/).waitFor({ timeout: 30_000 });
  await options.close();
  const popup = await openPopup(h);
  await popup.getByRole('heading', { name: /Week 10 of 24/ }).waitFor();
  // The learner answered the first run's offer to sync, as a learner two months in has.
  await popup.getByRole('button', { name: 'No thanks' }).click();
  await popup.close();
}

export async function openYouTube(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`https://www.youtube.com${path}`);
  await page.locator('#movie_player video').waitFor({ state: 'attached' });
  return page;
}

export const mainVideo = (page: Page) => page.locator('#movie_player video');

/** Starts the page's video playing muted at `rate` and leaves it playing (no later event). */
export async function startPlaying(page: Page, rate = 1): Promise<void> {
  await mainVideo(page).evaluate(async (v: HTMLVideoElement, playbackRate) => {
    if (v.readyState < 1)
      await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
    v.muted = true;
    v.playbackRate = playbackRate;
    await v.play();
  }, rate);
}

/** Plays the page's video muted at high speed, from `from` seconds, until it ends. */
export async function playToEnd(page: Page, from = 0, rate = 16): Promise<void> {
  await mainVideo(page).evaluate(
    async (v: HTMLVideoElement, [start, playbackRate]) => {
      if (v.readyState < 1)
        await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      if (start > 0) {
        v.currentTime = start;
        await new Promise((r) => v.addEventListener('seeked', r, { once: true }));
      }
      v.playbackRate = playbackRate;
      const ended = new Promise((r) => v.addEventListener('ended', r, { once: true }));
      // The page may swap the reused element's source just after a client-side navigation:
      // play() is then interrupted by the new load, and playing starts again once it is ready.
      await v.play().catch(async (error: DOMException) => {
        if (error.name !== 'AbortError') throw error;
        if (v.readyState < 1)
          await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
        v.playbackRate = playbackRate;
        await v.play();
      });
      await ended;
    },
    [from, rate] as const,
  );
}

/** Rows of one object store of the extension's database, read from an extension page. */
export async function readStore<T = Record<string, unknown>>(
  h: Harness,
  store: string,
): Promise<T[]> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const rows = await page.evaluate(readStoreScript, store);
  await page.close();
  return rows as T[];
}

/** Stops the extension's service worker the way Chrome does when it is idle. */
export interface VideoRow {
  videoId: string;
  intervals: [number, number][];
  coveredSeconds: number;
  watchedAt: number | null;
  duration: number;
}

export interface PlaylistVideoRow {
  playlistId: string;
  videoId: string;
  position: number;
  title?: string;
}

/** A video's stored record with its played parts (the two are stored apart). */
export async function readVideo(h: Harness, id: string): Promise<VideoRow | undefined> {
  const row = (await readStore<VideoRow>(h, 'videos')).find((v) => v.videoId === id);
  const parts = (
    await readStore<{ videoId: string; intervals: [number, number][] }>(h, 'videoParts')
  ).find((p) => p.videoId === id);
  return row ? { ...row, intervals: parts?.intervals ?? [] } : undefined;
}

export async function stopServiceWorker(h: Harness): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** The popup's progress bar of an item, found by its accessible name. */
export function itemProgress(popup: Page, title: string) {
  return popup.getByRole('progressbar', { name: `${title} progress` });
}
