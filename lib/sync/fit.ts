/**
 * `storage.sync` refuses a write past its quota (100 KB in all, 8 KB an item, 512 items), and
 * a refused write would fail every later round too. A summary that would not fit is made to,
 * dropping its least useful parts first, and says what it left out.
 */
import { encodeSummary, itemsSize, TOTAL_QUOTA, type SyncItems } from './encoding';
import type { SyncSummary } from './summary';

/** Room kept free of the quota: another browser may write a little more before it merges. */
export const SYNC_BUDGET_BYTES = Math.floor(TOTAL_QUOTA * 0.9);
export const SYNC_MAX_ITEMS = 480;

/** A part of the summary that did not fit: an item's opened pages, or a playlist's positions. */
export interface LeftOut {
  part: 'pages' | 'positions';
  /** The roadmap item's id (pages) or the playlist's id (positions): the page names them. */
  id: string;
}

export interface FittedSummary {
  summary: SyncSummary;
  items: SyncItems;
  leftOut: LeftOut[];
}

const fits = (items: SyncItems) =>
  itemsSize(items) <= SYNC_BUDGET_BYTES && Object.keys(items).length <= SYNC_MAX_ITEMS;

/**
 * Visited pages go first (largest resource first: they are the most numerous and the least
 * needed to say what is done), then the playlist positions of watched videos (the videos stay,
 * as single watched videos). Ticks, statuses and settings are never dropped: they are small.
 */
export function fitSummary(summary: SyncSummary): FittedSummary {
  let current: SyncSummary = structuredClone(summary);
  let items = encodeSummary(current);
  const leftOut: LeftOut[] = [];
  const bySize = (record: Record<string, string[]>) =>
    Object.keys(record).sort((a, b) => record[b]!.length - record[a]!.length || (a < b ? -1 : 1));
  for (const resource of bySize(current.pages)) {
    if (fits(items)) break;
    delete current.pages[resource];
    leftOut.push({ part: 'pages', id: resource });
    items = encodeSummary(current);
  }
  for (const list of bySize(current.watched)) {
    if (fits(items)) break;
    const videos = current.watched[list]!.map((pair) => pair.slice(pair.indexOf(':') + 1));
    delete current.watched[list];
    current = { ...current, singles: [...new Set([...current.singles, ...videos])].sort() };
    leftOut.push({ part: 'positions', id: list });
    items = encodeSummary(current);
  }
  return { summary: current, items, leftOut };
}
