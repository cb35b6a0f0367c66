import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');
const CLIP = readFileSync(join(FIXTURES, 'media/clip-30s.webm'));
const AD = readFileSync(join(FIXTURES, 'media/ad-8s.webm'));
const APP_JS = readFileSync(join(FIXTURES, 'youtube/app.js'), 'utf8');
const SITES_JS = readFileSync(join(FIXTURES, 'study-sites.js'), 'utf8');

const CSP = '/computing/ap-computer-science-principles';
/** Computers 101 units and the lessons each lists (paths as Khan uses them). */
export const KHAN_UNITS: Record<string, string[]> = {
  'computers-101': [
    `${CSP}/computers-101/digital-data-representation/a/bits-and-binary`,
    `${CSP}/computers-101/digital-data-representation/v/binary-numbers`,
    `${CSP}/computers-101/x2d2f703b37b450a3:data-compression/a/lossless-compression`,
  ],
  'x2d2f703b37b450a3:the-internet': [
    `${CSP}/x2d2f703b37b450a3:the-internet/x2d2f703b37b450a3:routing/v/the-internet-packet-routing`,
    `${CSP}/x2d2f703b37b450a3:the-internet/x2d2f703b37b450a3:routing/a/ip-addresses`,
  ],
};

/** MLflow's docs (Docusaurus): every page has the sidebar, and its links navigate client-side. */
export const MLFLOW_SIDEBAR = [
  '/docs/latest/ml/tutorials-and-examples/',
  '/docs/latest/ml/getting-started/',
  '/docs/latest/ml/getting-started/logging-first-model/step1-tracking-server/',
  '/docs/latest/ml/getting-started/logging-first-model/step2-mlflow-client/',
  '/docs/latest/ml/tracking/tutorials/remote-server/',
  '/docs/latest/ml/traditional-ml/tutorials/hyperparameter-tuning/',
  '/docs/latest/ml/deep-learning/pytorch/',
  '/docs/latest/ml/deep-learning/pytorch/guide/',
];

/** GitHub (Turbo): links that change the page without loading one. */
export const GITHUB_LINKS = [
  '/someone/else',
  '/codebasics/py/tree/master/Basics/Exercise/1_print',
  '/codebasics/py/tree/master/Basics/Exercise/2_variables',
];

function studySiteHtml(units: Record<string, string[]>, sidebar: string[] = []): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title></head>
<body><div id="app-shell"></div><script>window.__SITE__ = ${JSON.stringify({ units, sidebar })};</script>
<script src="/_fixture/study-sites.js"></script></body></html>`;
}

export const PY = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
export const UNLISTED = 'PLnotInTheRoadmap0123456789';
export const CLIP_SECONDS = 30;
/** A 480 s clip, for playing longer than the background waits between confirmations. */
export const LONG_CLIP = readFileSync(join(FIXTURES, 'media/clip-480s.webm'));

/** Video ids of the fixture playlists: 11 characters, like YouTube's. */
export const pyVideo = (n: number) => `py${String(n).padStart(9, '0')}`;
export const otherVideo = (n: number) => `ot${String(n).padStart(9, '0')}`;

const PLAYLISTS = {
  [PY]: {
    title: 'Python Tutorial for Beginners',
    videos: Array.from({ length: 30 }, (_, i) => ({
      id: pyVideo(i + 1),
      title: `Python tutorial ${i + 1}`,
    })),
  },
  [UNLISTED]: {
    title: 'Some other playlist',
    videos: Array.from({ length: 5 }, (_, i) => ({
      id: otherVideo(i + 1),
      title: `Other ${i + 1}`,
    })),
  },
};

/** Which of YouTube's coexisting layouts the fixture pages use (see sites.md). */
export type YouTubeLayout = 'classic' | 'lockup-2026' | 'grid-2026';

function youtubeHtml(layout: YouTubeLayout, mse: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title>
<style>ytd-app,ytd-watch-flexy,ytd-watch-grid,ytd-miniplayer,ytd-browse,ytd-playlist-panel-renderer,ytd-playlist-panel-video-renderer,ytd-playlist-video-renderer{display:block}ytd-playlist-panel-renderer[hidden]{display:none}#movie_player{position:relative;width:640px;height:360px;background:#000;overflow:hidden}.html5-video-container{position:absolute;inset:0}#movie_player video{width:100%;height:100%;object-fit:contain}</style></head>
<body><ytd-app></ytd-app>
<script>window.__FIXTURE__ = ${JSON.stringify({ playlists: PLAYLISTS, layout, mse })};</script>
<script src="/s/fixture/app.js"></script></body></html>`;
}

/**
 * Media answered like a real server: byte ranges with 206, or the video is not seekable.
 * `failsFrom`: the connection breaks there (a range reaching past it is cut short, one
 * starting past it fails), as when the network drops mid-video.
 */
async function serveMedia(route: Route, body: Buffer, failsFrom = Infinity): Promise<void> {
  const range = route.request().headers()['range'];
  const match = range?.match(/bytes=(\d+)-(\d*)/);
  if (match && Number(match[1]) >= failsFrom) {
    await route.abort('connectionreset');
    return;
  }
  if (!match && failsFrom < body.length) {
    await serveMedia(route, body.subarray(0, failsFrom));
    return;
  }
  if (!match) {
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'Content-Type': 'video/webm',
        'Accept-Ranges': 'bytes',
        // The page's Media Source Extensions fetch it from youtube.com.
        'Access-Control-Allow-Origin': '*',
      },
    });
    return;
  }
  const start = Number(match[1]);
  const end = Math.min(
    match[2] ? Number(match[2]) : body.length - 1,
    body.length - 1,
    failsFrom - 1,
  );
  await route.fulfill({
    status: 206,
    body: body.subarray(start, end + 1),
    headers: {
      'Content-Type': 'video/webm',
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
      'Content-Length': String(end - start + 1),
    },
  });
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (the benchmark also measures the same pages without it). */
  extension?: boolean;
  /** Another build of it (the benchmark's control with an empty YouTube content script). */
  extensionDir?: string;
  /** The media every YouTube video plays. */
  media?: Buffer;
  /** Byte offset from which the media's connection fails (see serveMedia). */
  mediaFailsFrom?: number;
  /** The watch or playlist page's layout (default: the classic ones). */
  youtubeLayout?: YouTubeLayout;
  /** Stream YouTube's media through Media Source Extensions (stitched ads need it). */
  mse?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const media = options.media ?? CLIP;
  const profile = mkdtempSync(join(tmpdir(), 'mlrc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
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
  await context.route(/^https:\/\/(www|m)\.youtube\.com\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/s/fixture/app.js') {
      await route.fulfill({ body: APP_JS, contentType: 'text/javascript' });
    } else if (url.pathname === '/favicon.ico') {
      await route.fulfill({ status: 404, body: '' });
    } else {
      await route.fulfill({
        body: youtubeHtml(options.youtubeLayout ?? 'classic', options.mse ?? false),
        contentType: 'text/html; charset=utf-8',
      });
    }
  });
  for (const site of [
    'https://*.khanacademy.org/**',
    'https://www.kaggle.com/**',
    'https://mlflow.org/**',
    'https://github.com/**',
  ]) {
    await context.route(site, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/_fixture/study-sites.js') {
        await route.fulfill({ body: SITES_JS, contentType: 'text/javascript' });
      } else if (url.pathname === '/favicon.ico') {
        await route.fulfill({ status: 404, body: '' });
      } else {
        const units = url.hostname.endsWith('khanacademy.org') ? KHAN_UNITS : {};
        const sidebar = url.hostname.endsWith('mlflow.org')
          ? MLFLOW_SIDEBAR
          : url.hostname === 'github.com'
            ? GITHUB_LINKS
            : [];
        await route.fulfill({
          body: studySiteHtml(units, sidebar),
          contentType: 'text/html; charset=utf-8',
        });
      }
    });
  }
  await context.route('https://*.googlevideo.com/**', async (route) => {
    const id = new URL(route.request().url()).searchParams.get('id');
    await serveMedia(
      route,
      id === 'ad' ? AD : media,
      id === 'ad' ? Infinity : options.mediaFailsFrom,
    );
  });
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

export async function openPopup(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  return page;
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
      await v.play();
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
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((done, reject) => {
        const open = indexedDB.open('ml-roadmap-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return done([]);
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            done(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
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
