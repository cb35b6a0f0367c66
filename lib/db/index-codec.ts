import type { PageRecord } from '../progress/snapshot';

/** What the progress index knows of one playlist. */
export interface PlaylistIndexEntry {
  total?: number;
  /** 1-based position → videoId. */
  byPosition: Map<number, string>;
  /** videoId → title as the playlist page showed it (ranges read the author's numbers in it). */
  titles: Map<string, string>;
}

/** The progress index in memory: see `progress-index.ts`. */
export interface ProgressIndex {
  /** The watched threshold `watched` was computed with. */
  threshold: number;
  watched: Set<string>;
  resumeAt: Map<string, number>;
  /** Seconds of media left after `resumeAt` (what "Finish: …, 4 min left" says). */
  resumeLeft: Map<string, number>;
  playlists: Map<string, PlaylistIndexEntry>;
  /** `resourceId\nkey` → page. */
  pages: Map<string, PageRecord>;
  /** The learner's latest activity: a video's progress or a page's visit (Continue resumes it). */
  recent?: RecentActivity;
}

export interface RecentActivity {
  kind: 'video' | 'page';
  /** The video id, or the page's `pageKey`. */
  id: string;
  at: number;
}

/** The index as stored: one row whose payload is a single JSON string. */
export interface IndexRow {
  key: 'progress';
  threshold: number;
  /** The layout's version (absent: 1); a row of another one is rebuilt from the tables. */
  format?: number;
  json: string;
}

/**
 * 2: titles of watched videos are kept too (ranges are counted by the numbers in them).
 * 3: a partly watched video's seconds left are kept beside where to resume it.
 */
export const INDEX_FORMAT = 3;

/** A stored row this version can read. */
export const isCurrentRow = (row: IndexRow | undefined): row is IndexRow =>
  row?.format === INDEX_FORMAT;

export const INDEX_KEY = 'progress';

/**
 * A row beside the index that changes with every write of it (same transaction): what the
 * popup's kept first screen was rendered from is told by it, without reading and hashing the
 * index itself (~20 ms with two years of history; see lib/prepaint/popup-view.ts).
 */
export const STAMP_KEY = 'progress-stamp';

export interface StampRow {
  key: typeof STAMP_KEY;
  stamp: string;
}

/** The index row and a new stamp, to be put together. */
export function stampedIndex(row: IndexRow, now = Date.now()): [IndexRow, StampRow] {
  return [
    row,
    { key: STAMP_KEY, stamp: `${now.toString(36)}.${Math.random().toString(36).slice(2)}` },
  ];
}

/**
 * Why a JSON string and not the Maps themselves: IndexedDB deserialises a structured clone
 * entry by entry (~13 ms for two years of history in Chromium), while one string comes back
 * at once and JSON.parse reads it in a few milliseconds. The layout keeps that string small
 * (half of a plain listing): positions are implied by order, a watched video placed in a
 * playlist is marked there with a `+` (video ids never hold one), pages are grouped by item.
 */
interface Encoded {
  /** Watched videos placed in no playlist (the roadmap's single videos). */
  watched: string[];
  /** [videoId, resume at, seconds left] */
  resumeAt: [string, number, number][];
  /** [playlistId, total or null, first position, videoIds from it ('' unknown), titles] */
  playlists: [string, number | null, number, string[], [string, string][]][];
  /** [resourceId, [key, category, visited 0/1, group?][]] */
  pages: [string, ([string, string, number] | [string, string, number, string])[]][];
  recent?: [kind: RecentActivity['kind'], id: string, at: number];
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const WATCHED = '+';

/** Canonical: the same index always gives the same string, whatever order it was built in. */
export function encodeIndex(index: ProgressIndex): IndexRow {
  const placed = new Set<string>();
  const playlists: Encoded['playlists'] = [...index.playlists].sort(byKey).map(([id, entry]) => {
    const positions = [...entry.byPosition.keys()].sort((a, b) => a - b);
    const first = positions[0] ?? 1;
    const videos: string[] = [];
    for (const position of positions) {
      const videoId = entry.byPosition.get(position)!;
      placed.add(videoId);
      while (videos.length < position - first) videos.push('');
      videos.push(index.watched.has(videoId) ? WATCHED + videoId : videoId);
    }
    return [id, entry.total ?? null, first, videos, [...entry.titles].sort(byKey)];
  });
  const pages = new Map<string, Encoded['pages'][number][1]>();
  for (const [, { resourceId, key, category, visited, group }] of [...index.pages].sort(byKey)) {
    const list = pages.get(resourceId) ?? [];
    list.push(
      group === undefined
        ? [key, category, visited ? 1 : 0]
        : [key, category, visited ? 1 : 0, group],
    );
    pages.set(resourceId, list);
  }
  const encoded: Encoded = {
    watched: [...index.watched].filter((id) => !placed.has(id)).sort(),
    resumeAt: [...index.resumeAt]
      .sort(byKey)
      .map(([id, at]): [string, number, number] => [id, at, index.resumeLeft.get(id) ?? 0]),
    playlists,
    pages: [...pages],
    ...(index.recent ? { recent: [index.recent.kind, index.recent.id, index.recent.at] } : {}),
  };
  return {
    key: INDEX_KEY,
    threshold: index.threshold,
    format: INDEX_FORMAT,
    json: JSON.stringify(encoded),
  };
}

/** A stored index is usable only if it counted watched videos with today's threshold. */
export const indexFits = (index: { threshold: number }, threshold: number) =>
  index.threshold === threshold;

export const pageKey = (resourceId: string, key: string) => `${resourceId}\n${key}`;

export function decodeIndex(row: IndexRow): ProgressIndex {
  const encoded = JSON.parse(row.json) as Encoded;
  const watched = new Set(encoded.watched);
  const playlists = new Map<string, PlaylistIndexEntry>();
  for (const [id, total, first, videos, titles] of encoded.playlists) {
    const byPosition = new Map<number, string>();
    videos.forEach((slot, i) => {
      if (!slot) return;
      const videoId = slot.startsWith(WATCHED) ? slot.slice(1) : slot;
      if (videoId !== slot) watched.add(videoId);
      byPosition.set(first + i, videoId);
    });
    playlists.set(id, {
      byPosition,
      titles: new Map(titles),
      ...(total !== null ? { total } : {}),
    });
  }
  const pages = new Map<string, PageRecord>();
  for (const [resourceId, list] of encoded.pages) {
    for (const [key, category, visited, group] of list) {
      pages.set(pageKey(resourceId, key), {
        resourceId,
        key,
        category,
        visited: visited === 1,
        ...(group !== undefined ? { group } : {}),
      });
    }
  }
  return {
    threshold: row.threshold,
    watched,
    resumeAt: new Map(encoded.resumeAt.map(([id, at]) => [id, at])),
    resumeLeft: new Map(encoded.resumeAt.map(([id, , left]) => [id, left])),
    playlists,
    pages,
    ...(encoded.recent
      ? { recent: { kind: encoded.recent[0], id: encoded.recent[1], at: encoded.recent[2] } }
      : {}),
  };
}
