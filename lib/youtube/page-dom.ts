/**
 * Reads YouTube's page. Every selector is a hint with fallbacks: YouTube changes its markup
 * often, and a miss must mean "nothing found", never a wrong answer.
 */
import type { PlaylistItem, PlaylistSnapshot, RowMarks } from '../protocol/messages';
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
  '#inline-preview-player,#video-preview,ytd-video-preview,.miniplayer,ytd-miniplayer';

export function findMainVideo(doc: Document): HTMLVideoElement | null {
  for (const selector of PLAYER_VIDEO_SELECTORS) {
    for (const el of doc.querySelectorAll<HTMLVideoElement>(selector)) {
      if (!el.closest(NOT_THE_PAGE_VIDEO)) return el;
    }
  }
  return null;
}

export function findPlayer(doc: Document, video: HTMLVideoElement | null): Element | null {
  return video?.closest('#movie_player,.html5-video-player') ?? doc.querySelector('#movie_player');
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

/**
 * The playlist's videos among `rows`: each row's watch link (the first of `links` that it
 * holds) must name `listId` or no playlist, and its position (`index=`). A row's place on the
 * page is not its position: the panel shows a window of a long playlist, other rows mix in.
 */
function eachRow(
  listId: string,
  rows: Iterable<Element>,
  links: string,
  visit: (row: Element, link: Element, videoId: string, position: number) => void,
): void {
  for (const row of rows) {
    const link = row.querySelector(links) ?? row.querySelector('a[href*="watch"]');
    const href = link?.getAttribute('href');
    if (!href) continue;
    let parsed;
    try {
      // Links are relative: resolved on YouTube whatever page (or test) holds them (the
      // mobile site's resolve to www, which names the same video and playlist).
      parsed = parseYouTubeUrl(new URL(href, 'https://www.youtube.com/').href);
    } catch {
      continue;
    }
    const position = parsed?.index;
    if (!parsed?.videoId || (parsed.playlistId && parsed.playlistId !== listId) || !position)
      continue;
    visit(row, link!, parsed.videoId, position);
  }
}

function readRows(
  listId: string,
  rows: Iterable<Element>,
  links: string,
  titles: string,
): PlaylistItem[] {
  const items: PlaylistItem[] = [];
  // A wrapped row is met twice (the wrapper and the row): one video at one position once.
  const seen = new Set<string>();
  eachRow(listId, rows, links, (row, _link, videoId, position) => {
    const key = `${videoId}@${position}`;
    if (seen.has(key)) return;
    seen.add(key);
    const title = text(row.querySelector(titles));
    items.push({ videoId, position, ...(title ? { title } : {}) });
  });
  return items;
}

/**
 * Puts `marks` on this playlist's rows among `rows`: one element in each row's link (the
 * injected stylesheet draws it over the link's box) holding the mark in words, so that it is in
 * the link's accessible name, not in colour alone. Set again only where it changed: YouTube's
 * re-rendered rows lose it and get it back at the next read.
 */
function markRows(listId: string, rows: Iterable<Element>, links: string, marks: RowMarks): void {
  eachRow(listId, rows, links, (_row, link, videoId) => {
    const tokens = marks.rows[videoId] ?? '';
    let mark = link.querySelector<HTMLElement>(':scope>.mlrc-mark');
    if (!tokens) return void mark?.remove();
    const w = marks.words;
    const played = /p(\d+)/.exec(tokens)?.[1];
    // After the title in the link's name: "Tutorial 3, watched, this week".
    const words = [
      '',
      tokens.includes('w') ? w.watched : played ? w.played.replace('{p}', played) : '',
      tokens.includes('t') ? w.week : '',
    ]
      .filter((word, i) => i === 0 || word)
      .join(', ');
    if (mark?.dataset.m === tokens && mark.textContent === words) return;
    if (!mark) {
      mark = link.ownerDocument.createElement('span');
      mark.className = 'mlrc-mark';
      // Last in the link: its name reads the title, then the mark.
      link.append(mark);
    }
    mark.dataset.m = tokens;
    mark.dataset.p = played ?? '';
    mark.style.setProperty('--mlrc-p', played ? `${played}%` : '0');
    mark.textContent = words;
  });
}

/** A snapshot of what was read, or null when no video was. */
function snapshotOf(
  listId: string,
  items: PlaylistItem[],
  titleEl: Element | null | undefined,
  count: string | null | undefined,
): PlaylistSnapshot | null {
  if (items.length === 0) return null;
  const title = text(titleEl);
  // Digits only: "1,234", "1.234" and "1 234" are the same count in different languages.
  const total = Number(count?.replace(/\D/g, '') || NaN);
  return {
    playlistId: listId,
    items,
    ...(title ? { title } : {}),
    ...(Number.isInteger(total) && total > 0 ? { total } : {}),
  };
}

// Selector lists kept short: this script is held to a size budget.
const PANEL_ROWS = 'ytd-playlist-panel-video-renderer,ytm-playlist-panel-video-renderer,#items>*';

/**
 * The watch page's playlist panel: the one not hidden (a hidden duplicate exists) and not the
 * miniplayer's (a second panel), in the older layout, the grid one (rows are `#items`'
 * children, possibly wrapped) or on the mobile site; else the parent of the mobile rows.
 */
function visiblePanel(doc: Document): Element | null {
  const panels = doc.querySelectorAll(
    'ytd-playlist-panel-renderer,ytd-watch-grid #playlist,ytm-playlist-panel-renderer',
  );
  for (const panel of panels)
    if (!panel.closest('[hidden],ytd-miniplayer') && panel.querySelector(PANEL_ROWS)) return panel;
  return doc.querySelector('ytm-playlist-panel-video-renderer')?.parentElement ?? null;
}

/** The watch page's playlist panel, when it shows `listId`. */
export function readPanel(doc: Document, listId: string): PlaylistSnapshot | null {
  const panel = visiblePanel(doc);
  if (!panel) return null;
  const rows = panel.querySelectorAll(PANEL_ROWS);
  return snapshotOf(
    listId,
    readRows(listId, rows, 'a#wc-endpoint', '#video-title,h4'),
    panel.querySelector('#header-contents .title,.header .title,h3 .title'),
    // "12 / 1,234": the counter; none (a Mix, a layout without it) means no total.
    text(panel.querySelector('.index-message,.index-message-wrapper'))?.match(
      /\d[\d,.]*\s*\/\s*(\d[\d,.]*)/,
    )?.[1],
  );
}

/** The marks on the watch page's playlist panel rows (see markRows). */
export function markPanel(doc: Document, listId: string, marks: RowMarks): void {
  const panel = visiblePanel(doc);
  if (panel) markRows(listId, panel.querySelectorAll(PANEL_ROWS), 'a#wc-endpoint', marks);
}

/**
 * The video count of the 2026 header, in the page's language ("25 videos", "25 वीडियो"):
 * of its metadata texts that are a number and a word, the first when the views follow it;
 * alone, only when its word says videos (alone, it might be the views).
 */
function headerCount(header: Element | null): string | undefined {
  const counts: string[][] = [];
  for (const part of header?.querySelectorAll('.ytContentMetadataViewModelMetadataText') ?? []) {
    const match = text(part)?.match(/^(\d[\d,.\s]*)\s(\S+)$/);
    if (match) counts.push(match);
  }
  if (counts.length > 1 || /^(videos?|वीडियो)$/i.test(counts[0]?.[2] ?? '')) return counts[0]![1];
  return text(header)?.match(/(\d[\d,]*)\s+videos?\b/i)?.[1];
}

const LOCKUP_LINK = 'a.ytLockupViewModelContentImage,a.yt-lockup-view-model__content-image';

/**
 * The `/playlist?list=` page: items load in batches as the learner scrolls. Another
 * channel's playlist (every roadmap playlist) has "lockup" rows, wrapped one level down, in
 * either section element; a learner's own has the older rows. Only a row whose link names
 * this playlist and a position counts (a lockup of a related playlist must not be taken for
 * one of its videos).
 */
export function readPlaylistPage(doc: Document, listId: string): PlaylistSnapshot | null {
  const root = doc.querySelector('ytd-browse[page-subtype=playlist]') ?? doc;
  const items = [
    ...readRows(
      listId,
      root.querySelectorAll('ytd-playlist-video-renderer,ytm-playlist-video-renderer'),
      'a#video-title',
      'a#video-title,h3,h4',
    ),
    ...readRows(
      listId,
      root.querySelectorAll('yt-lockup-view-model'),
      LOCKUP_LINK,
      'h3[title],a.ytLockupMetadataViewModelTitle,h3',
    ),
  ];
  const header = root.querySelector(
    'yt-page-header-renderer,ytd-playlist-header-renderer,ytd-playlist-sidebar-primary-info-renderer,.metadata-stats',
  );
  return snapshotOf(
    listId,
    items,
    header?.querySelector(
      'yt-dynamic-text-view-model h1 span,h1,.title,yt-dynamic-sized-formatted-string',
    ),
    headerCount(header),
  );
}

/** The marks on the `/playlist?list=` page's rows (see markRows). */
export function markPlaylistPage(doc: Document, listId: string, marks: RowMarks): void {
  const root = doc.querySelector('ytd-browse[page-subtype=playlist]') ?? doc;
  markRows(
    listId,
    root.querySelectorAll('ytd-playlist-video-renderer,ytm-playlist-video-renderer'),
    'a#video-title',
    marks,
  );
  markRows(listId, root.querySelectorAll('yt-lockup-view-model'), LOCKUP_LINK, marks);
}

/**
 * What a reader found when it could not read a page, for the site check's report: each
 * selector of `list` (comma-separated) with how many elements match it. Counts only.
 */
export function census(doc: Document, list: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const selector of list.split(';')) found[selector] = doc.querySelectorAll(selector).length;
  return found;
}
