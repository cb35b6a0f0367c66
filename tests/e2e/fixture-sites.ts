// The imitation sites, browser-neutral: what each routed https URL answers, for the Chromium
// suite (Playwright's routing) and the Firefox one (Puppeteer's request interception) alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The colour schemes every page is checked and pictured in. */
export const SCHEMES = ['light', 'dark'] as const;
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

export function studySiteHtml(units: Record<string, string[]>, sidebar: string[] = []): string {
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

export const PLAYLISTS = {
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

/**
 * Which of YouTube's coexisting layouts the fixture pages use (see sites.md): `classic`, the
 * older watch page with today's /playlist page of another channel's playlist (wrapped
 * lockups); `lockup-2026`, the same page unwrapped; `own-playlist`, the older /playlist rows
 * (a learner's own playlists); `grid-2026`, the grid watch page with wrapped panel rows and
 * comments in the engagement panel.
 */
export type YouTubeLayout = 'classic' | 'lockup-2026' | 'own-playlist' | 'grid-2026';

export function youtubeHtml(layout: YouTubeLayout, mse: boolean, playlistLength = 30): string {
  const playlists = {
    ...PLAYLISTS,
    [PY]: {
      ...PLAYLISTS[PY],
      videos: Array.from({ length: playlistLength }, (_, i) => ({
        id: pyVideo(i + 1),
        title: `Python tutorial ${i + 1}`,
      })),
    },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title>
<style>ytd-app,ytd-watch-flexy,ytd-watch-grid,ytd-miniplayer,ytd-browse,ytd-playlist-panel-renderer,ytd-playlist-panel-video-renderer,ytd-playlist-panel-video-wrapper-renderer,ytd-playlist-video-renderer{display:block}ytd-playlist-panel-renderer[hidden]{display:none}ytd-playlist-panel-video-renderer{padding:4px 0}#wc-endpoint{display:flex;align-items:center;gap:8px;color:inherit;text-decoration:none;font:14px Roboto,Arial,sans-serif}ytd-thumbnail{display:block;width:100px;height:56px;border-radius:8px;background:linear-gradient(135deg,#94a3b8,#475569)}#movie_player{position:relative;width:640px;height:360px;background:#000;overflow:hidden}.html5-video-container{position:absolute;inset:0}#movie_player video{width:100%;height:100%;object-fit:contain}</style></head>
<body><ytd-app></ytd-app>
<script>window.__FIXTURE__ = ${JSON.stringify({ playlists, layout, mse })};</script>
<script src="/s/fixture/app.js"></script></body></html>`;
}

/**
 * An answer: a status, headers and a body; `reset` for a connection that breaks; null for a
 * URL that is not one of the imitated sites (the browser must not reach the network).
 */
export type Answer =
  { status: number; headers: Record<string, string>; body: Buffer | string } | 'reset' | null;

export interface SiteOptions {
  /** The media every YouTube video plays. */
  media?: Buffer;
  /** Byte offset from which the media's connection fails (see mediaAnswer). */
  mediaFailsFrom?: number;
  /** The watch or playlist page's layout (default: the classic ones). */
  youtubeLayout?: YouTubeLayout;
  /** Stream YouTube's media through Media Source Extensions (stitched ads need it). */
  mse?: boolean;
  /** The Python playlist's length on the pages (default 30; the benchmark's long panel: 200). */
  playlistLength?: number;
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript';
const page = (body: string, type = HTML): Answer => ({
  status: 200,
  headers: { 'Content-Type': type },
  body,
});

/**
 * Media answered like a real server: byte ranges with 206, or the video is not seekable.
 * `failsFrom`: the connection breaks there (a range reaching past it is cut short, one
 * starting past it fails), as when the network drops mid-video.
 */
export function mediaAnswer(body: Buffer, range: string | undefined, failsFrom = Infinity): Answer {
  const match = range?.match(/bytes=(\d+)-(\d*)/);
  if (match && Number(match[1]) >= failsFrom) return 'reset';
  if (!match && failsFrom < body.length) return mediaAnswer(body.subarray(0, failsFrom), range);
  if (!match)
    return {
      status: 200,
      body,
      headers: {
        'Content-Type': 'video/webm',
        'Accept-Ranges': 'bytes',
        // The page's Media Source Extensions fetch it from youtube.com.
        'Access-Control-Allow-Origin': '*',
      },
    };
  const start = Number(match[1]);
  const end = Math.min(
    match[2] ? Number(match[2]) : body.length - 1,
    body.length - 1,
    failsFrom - 1,
  );
  return {
    status: 206,
    body: body.subarray(start, end + 1),
    headers: {
      'Content-Type': 'video/webm',
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
      'Content-Length': String(end - start + 1),
    },
  };
}

/** What the imitation sites answer for `href` (with the request's `Range` header, if any). */
export function answerFor(
  href: string,
  range: string | undefined,
  options: SiteOptions = {},
): Answer {
  const url = new URL(href);
  const host = url.hostname;
  if (url.protocol !== 'https:') return null;
  if (url.pathname === '/favicon.ico') return { status: 404, headers: {}, body: '' };
  if (host === 'www.youtube.com' || host === 'm.youtube.com') {
    if (url.pathname === '/s/fixture/app.js') return page(APP_JS, JS);
    return page(
      youtubeHtml(options.youtubeLayout ?? 'classic', options.mse ?? false, options.playlistLength),
    );
  }
  if (host.endsWith('.googlevideo.com')) {
    const ad = url.searchParams.get('id') === 'ad';
    return mediaAnswer(
      ad ? AD : (options.media ?? CLIP),
      range,
      ad ? Infinity : options.mediaFailsFrom,
    );
  }
  if (
    host.endsWith('.khanacademy.org') ||
    host === 'www.kaggle.com' ||
    host === 'mlflow.org' ||
    host === 'github.com'
  ) {
    if (url.pathname === '/_fixture/study-sites.js') return page(SITES_JS, JS);
    const units = host.endsWith('khanacademy.org') ? KHAN_UNITS : {};
    const sidebar =
      host === 'mlflow.org' ? MLFLOW_SIDEBAR : host === 'github.com' ? GITHUB_LINKS : [];
    return page(studySiteHtml(units, sidebar));
  }
  return null;
}

/** Rows of one of the extension's IndexedDB stores: run in an extension page (any browser). */
export function readStoreScript(name: string): Promise<unknown[]> {
  return new Promise<unknown[]>((done, reject) => {
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
  });
}
