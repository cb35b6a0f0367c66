import type { PageRecord } from '../progress/snapshot';

/** What the progress index knows of one playlist. */
export interface PlaylistIndexEntry {
  total?: number;
  /** 1-based position → videoId. */
  byPosition: Map<number, string>;
  /** videoId → title as the playlist page showed it, for videos not watched yet. */
  titles: Map<string, string>;
}

/** The progress index in memory: see `progress-index.ts`. */
export interface ProgressIndex {
  /** The watched threshold `watched` was computed with. */
  threshold: number;
  watched: Set<string>;
  resumeAt: Map<string, number>;
  playlists: Map<string, PlaylistIndexEntry>;
  /** `resourceId\nkey` → page. */
  pages: Map<string, PageRecord>;
}

/** The index as stored: one row whose payload is a single JSON string. */
export interface IndexRow {
  key: 'progress';
  threshold: number;
  json: string;
}

export const INDEX_KEY = 'progress';

/**
 * Why a JSON string and not the Maps themselves: IndexedDB deserialises a structured clone
 * entry by entry (~13 ms for two years of history in Chromium), while one string comes back
 * at once and JSON.parse reads it in about a millisecond.
 */
interface Encoded {
  watched: string[];
  resumeAt: [string, number][];
  /** [playlistId, total or null, [position, videoId][], [videoId, title][]] */
  playlists: [string, number | null, [number, string][], [string, string][]][];
  /** [resourceId, key, category, visited 0/1, group?] */
  pages: ([string, string, string, number] | [string, string, string, number, string])[];
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Canonical: the same index always gives the same string, whatever order it was built in. */
export function encodeIndex(index: ProgressIndex): IndexRow {
  const encoded: Encoded = {
    watched: [...index.watched].sort(),
    resumeAt: [...index.resumeAt].sort(byKey),
    playlists: [...index.playlists]
      .sort(byKey)
      .map(([id, entry]) => [
        id,
        entry.total ?? null,
        [...entry.byPosition].sort((a, b) => a[0] - b[0]),
        [...entry.titles].sort(byKey),
      ]),
    pages: [...index.pages]
      .sort(byKey)
      .map(([, { resourceId, key, category, visited, group }]) =>
        group === undefined
          ? [resourceId, key, category, visited ? 1 : 0]
          : [resourceId, key, category, visited ? 1 : 0, group],
      ),
  };
  return { key: INDEX_KEY, threshold: index.threshold, json: JSON.stringify(encoded) };
}

export const pageKey = (resourceId: string, key: string) => `${resourceId}\n${key}`;

export function decodeIndex(row: IndexRow): ProgressIndex {
  const encoded = JSON.parse(row.json) as Encoded;
  const playlists = new Map<string, PlaylistIndexEntry>();
  for (const [id, total, byPosition, titles] of encoded.playlists) {
    playlists.set(id, {
      byPosition: new Map(byPosition),
      titles: new Map(titles),
      ...(total !== null ? { total } : {}),
    });
  }
  return {
    threshold: row.threshold,
    watched: new Set(encoded.watched),
    resumeAt: new Map(encoded.resumeAt),
    playlists,
    pages: new Map(
      encoded.pages.map(([resourceId, key, category, visited, group]) => [
        pageKey(resourceId, key),
        {
          resourceId,
          key,
          category,
          visited: visited === 1,
          ...(group !== undefined ? { group } : {}),
        },
      ]),
    ),
  };
}
