import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ProgressSnapshot } from '../../lib/progress/snapshot';
import { emptySnapshot } from '../../lib/progress/snapshot';

export const PY = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
export const PY_HI = 'PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO';

/** An 11-character video id for playlist position `n`. */
export function vid(playlist: string, n: number): string {
  return `${playlist.slice(-5)}${String(n).padStart(6, '0')}`.replace(/[^A-Za-z0-9_-]/g, 'x');
}

/** A snapshot where `watched` positions of `playlist` are watched and 40 positions are known. */
export function snapshotWith(
  parts: {
    playlist?: string;
    watched?: number[];
    known?: number;
    total?: number;
    checks?: [string, boolean][];
    language?: 'en' | 'hi';
  } = {},
): ProgressSnapshot {
  const base = emptySnapshot(parts.language);
  const playlist = parts.playlist ?? PY;
  const positions = new Map<number, string>();
  for (let n = 1; n <= (parts.known ?? 40); n++) positions.set(n, vid(playlist, n));
  return {
    ...base,
    watchedVideos: new Set((parts.watched ?? []).map((n) => vid(playlist, n))),
    playlistPositions: new Map([[playlist, positions]]),
    playlistTotals: parts.total ? new Map([[playlist, parts.total]]) : new Map(),
    checks: new Map(parts.checks ?? []),
  };
}

/** Runs the tests of the enclosing block with `process.env.TZ` set to `zone`. */
export function inTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = saved;
  });
}

/** A small seeded generator (mulberry32) of numbers in [0, 1): the same cases on every run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A golden file's text (tests/unit/golden); UPDATE_GOLDEN=1 writes `actual` there first. */
export function golden(name: string, actual: string): string {
  const path = join(import.meta.dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

/** Wraps each element matching `selector` in a new `wrapper` element, as YouTube now may. */
export function wrapAll(selector: string, wrapper: string): void {
  for (const row of document.querySelectorAll(selector)) {
    const outer = document.createElement(wrapper);
    row.replaceWith(outer);
    outer.append(row);
  }
}

/** Real captures of live pages, read in place from ../shared (never copied here). */
const REAL_DOM = join(import.meta.dirname, '../../../shared/fixtures/real-dom');
export const HAVE_REAL_DOM = existsSync(REAL_DOM);
/** Said in a suite's name when the captures are not beside the repository. */
export const REAL_DOM_SKIPPED = HAVE_REAL_DOM
  ? ''
  : ' (skipped: ../shared/fixtures/real-dom is not beside the repository)';
export const capture = (name: string) => readFileSync(join(REAL_DOM, name), 'utf8');

/** A desktop watch page's playlist panel holding the rows of a capture, wrapped or not. */
export function desktopPanelOf(captured: string, wrapped: boolean): void {
  document.body.innerHTML =
    '<ytd-playlist-panel-renderer id="playlist"><div id="items"></div></ytd-playlist-panel-renderer>';
  document.querySelector('#items')!.innerHTML = captured;
  if (wrapped)
    wrapAll('ytd-playlist-panel-video-renderer', 'ytd-playlist-panel-video-wrapper-renderer');
}
