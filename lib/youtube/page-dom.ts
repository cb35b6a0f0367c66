/**
 * Reads YouTube's page. Every selector is a hint with fallbacks: YouTube changes its markup
 * often, and a miss must mean "nothing found", never a wrong answer.
 */
import type { PlaylistItem, PlaylistSnapshot } from '../protocol/messages';
import { parseYouTubeUrl } from '../tracking/youtube-url';

const PLAYER_VIDEO_SELECTORS = [
  '#movie_player video.html5-main-video',
  '#movie_player video',
  '.html5-video-player video',
  '#player-container-id video',
  'ytd-player video',
];

/** Players that show other videos than the page's: hover previews and the miniplayer. */
const NOT_THE_PAGE_VIDEO =
  '#inline-preview-player, #video-preview, ytd-video-preview, .miniplayer, ytd-miniplayer';

export function findMainVideo(doc: Document): HTMLVideoElement | null {
  for (const selector of PLAYER_VIDEO_SELECTORS) {
    for (const el of doc.querySelectorAll<HTMLVideoElement>(selector)) {
      if (!el.closest(NOT_THE_PAGE_VIDEO)) return el;
    }
  }
  return null;
}

export function findPlayer(doc: Document, video: HTMLVideoElement | null): Element | null {
  return video?.closest('#movie_player, .html5-video-player') ?? doc.querySelector('#movie_player');
}

export function isAdShowing(player: Element | null): boolean {
  return (
    !!player &&
    (player.classList.contains('ad-showing') || player.classList.contains('ad-interrupting'))
  );
}

/** The video the watch page's DOM shows, when it says (it lags behind the URL). */
export function domVideoId(doc: Document): string | null {
  // The older layout and the newer grid one (both live in 2026); mobile has neither: the URL.
  const page =
    doc.querySelector('ytd-watch-flexy:not([hidden]),ytd-watch-grid:not([hidden])') ??
    doc.querySelector('ytd-watch-flexy,ytd-watch-grid');
  return page?.getAttribute('video-id') || null;
}

function text(el: Element | null | undefined): string | undefined {
  const value = (el?.getAttribute('title') || el?.textContent || '').replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 300) : undefined;
}

function itemFromLink(
  href: string | null,
  base: string,
  ordinal: number,
  listId: string,
  title?: string,
): PlaylistItem | null {
  if (!href) return null;
  let absolute: string;
  try {
    // Links are relative: resolve them on YouTube whatever page (or test) holds them.
    absolute = new URL(
      href,
      /^https:\/\/(www|m)\.youtube\.com\//.test(base) ? base : 'https://www.youtube.com/',
    ).href;
  } catch {
    return null;
  }
  const parsed = parseYouTubeUrl(absolute);
  if (!parsed?.videoId || (parsed.playlistId && parsed.playlistId !== listId)) return null;
  return {
    videoId: parsed.videoId,
    position: parsed.index ?? ordinal,
    ...(title ? { title } : {}),
  };
}

function visiblePanel(doc: Document): Element | null {
  const panels = [...doc.querySelectorAll('ytd-playlist-panel-renderer')];
  return (
    panels.find(
      (p) => !p.hasAttribute('hidden') && p.querySelector('ytd-playlist-panel-video-renderer'),
    ) ?? null
  );
}

/** The watch page's playlist panel, when it shows `listId`. */
export function readPanel(doc: Document, listId: string): PlaylistSnapshot | null {
  const panel = visiblePanel(doc);
  if (!panel) return null;
  const items: PlaylistItem[] = [];
  panel.querySelectorAll('ytd-playlist-panel-video-renderer').forEach((row, i) => {
    const link = row.querySelector('a#wc-endpoint') ?? row.querySelector('a[href*="watch"]');
    const item = itemFromLink(
      link?.getAttribute('href') ?? null,
      doc.baseURI,
      i + 1,
      listId,
      text(row.querySelector('#video-title')),
    );
    if (item) items.push(item);
  });
  if (items.length === 0) return null;
  const counter = text(
    panel.querySelector('.index-message, .index-message-wrapper, #publisher-container'),
  );
  const total = Number(counter?.match(/(\d[\d,]*)\s*\/\s*(\d[\d,]*)/)?.[2]?.replace(/,/g, ''));
  const title = text(panel.querySelector('#header-contents .title, .header .title, h3 .title'));
  return {
    playlistId: listId,
    items,
    ...(title ? { title } : {}),
    ...(Number.isInteger(total) && total > 0 ? { total } : {}),
  };
}

/** The `/playlist?list=` page: items load in batches as the learner scrolls. */
export function readPlaylistPage(doc: Document, listId: string): PlaylistSnapshot | null {
  const rows = doc.querySelectorAll('ytd-playlist-video-renderer, ytm-playlist-video-renderer');
  const items: PlaylistItem[] = [];
  rows.forEach((row, i) => {
    const link = row.querySelector('a#video-title') ?? row.querySelector('a[href*="watch"]');
    const item = itemFromLink(
      link?.getAttribute('href') ?? null,
      doc.baseURI,
      i + 1,
      listId,
      text(link),
    );
    if (item) items.push(item);
  });
  // The 2026 layout: "lockup" rows, whose thumbnail link carries `list=` and `index=`. Only a
  // row whose link names this playlist and a position counts (a lockup elsewhere on the page,
  // a related playlist say, must not be taken for one of its videos).
  if (rows.length === 0) {
    doc
      .querySelectorAll('yt-item-section-renderer #contents > yt-lockup-view-model')
      .forEach((row) => {
        const item = itemFromLink(
          row.querySelector('a.ytLockupViewModelContentImage')?.getAttribute('href') ?? null,
          doc.baseURI,
          0,
          listId,
          text(row.querySelector('h3')),
        );
        // Position 0: the link said none (itemFromLink falls back to the ordinal given).
        if (item && item.position > 0) items.push(item);
      });
  }
  if (items.length === 0) return null;
  const header = doc.querySelector(
    'ytd-playlist-header-renderer, yt-page-header-renderer, ytd-playlist-sidebar-primary-info-renderer, .metadata-stats',
  );
  const total = Number(
    header?.textContent?.match(/(\d[\d,]*)\s+videos?\b/i)?.[1]?.replace(/,/g, ''),
  );
  const title = text(header?.querySelector('h1, .title, yt-dynamic-sized-formatted-string'));
  return {
    playlistId: listId,
    items,
    ...(title ? { title } : {}),
    ...(Number.isInteger(total) && total > 0 ? { total } : {}),
  };
}
