import type { NumberWord, PlaylistVariant } from '../../data/roadmap-types';
import { checkKey, type ProgressSnapshot } from './snapshot';

/**
 * Which videos a playlist item's range holds. The roadmap's ranges ("first 14", "#15 to
 * #27") were written against the author's numbering, which the videos' titles carry
 * ("Python Tutorial - 14. …", "Part 17 …"); playlists have gained videos since, so positions
 * drift from those numbers. A range is counted by the numbers in the titles when the
 * playlist's titles carry them, by positions otherwise, or when the learner chose positions.
 */

/** The step id of an item's "count by position" choice (a hand tick on the item). */
export const COUNT_BY_POSITION = 'count-by-position';

export interface RangeVideo {
  /** 1-based, in the item's own numbering: unit 1 is the range's first video. */
  unit: number;
  position: number;
  videoId: string;
  /** The author's number, read from the title (counting by numbers only). */
  number?: number;
}

export interface RangeView {
  by: 'number' | 'position';
  /** Units the range asks for; null while unknown (a whole playlist not learned yet). */
  size: number | null;
  /** The learned videos the range holds, by unit then position. */
  videos: RangeVideo[];
  /** unit → its videos (usually one; a re-uploaded tutorial gives two). */
  byUnit: ReadonlyMap<number, RangeVideo[]>;
  /** The author's number of unit 1 (counting by numbers), or the position of unit 1. */
  first: number;
}

// "Tutorial - 14.", "Tutorial Python - 16:", "Tutorial 2:", "Part 17", "Project - 1 :", "#14":
// the word, at most 20 other characters without a digit, then a number of 1 to 3 digits that
// is not part of a longer one (a year) or a word ("3D").
const NUMBER_AFTER: Record<NumberWord, RegExp> = {
  tutorial: /\btutorial\b\D{0,20}?(\d{1,3})\b/i,
  part: /\bpart\b\D{0,20}?(\d{1,3})\b/i,
  project: /\bproject\b\D{0,20}?(\d{1,3})\b/i,
};

/** The author's number a title carries after `word`, if any. */
export function titleNumber(title: string, word: NumberWord): number | null {
  const match = NUMBER_AFTER[word].exec(title);
  return match ? Number(match[1]) : null;
}

/** A playlist's titles carry the numbering: at least three do, or every one known does. */
const MIN_NUMBERED = 3;

function byNumbers(
  variant: PlaylistVariant,
  snapshot: ProgressSnapshot,
  positions: ReadonlyMap<number, string>,
): RangeVideo[] | null {
  const numbering = variant.range.numbered;
  if (!numbering) return null;
  let titled = 0;
  let numbered = 0;
  const videos: RangeVideo[] = [];
  for (const [position, videoId] of positions) {
    const title = snapshot.videoTitles.get(videoId);
    if (title === undefined) continue;
    titled++;
    const number = titleNumber(title, numbering.word);
    if (number === null) continue;
    numbered++;
    if (number >= numbering.from && number <= numbering.to)
      videos.push({ unit: number - numbering.from + 1, position, videoId, number });
  }
  if (numbered === 0 || numbered < Math.min(MIN_NUMBERED, titled)) return null;
  return videos;
}

function byPositions(
  variant: PlaylistVariant,
  positions: ReadonlyMap<number, string>,
  size: number | null,
): RangeVideo[] {
  const { from } = variant.range;
  const last = size === null ? Number.POSITIVE_INFINITY : from + size - 1;
  const videos: RangeVideo[] = [];
  for (const [position, videoId] of positions) {
    if (position >= from && position <= last)
      videos.push({ unit: position - from + 1, position, videoId });
  }
  return videos;
}

const views = new WeakMap<ProgressSnapshot, Map<string, RangeView>>();

/** How `itemId`'s range reads in this playlist variant, computed once per snapshot. */
export function rangeView(
  itemId: string,
  variant: PlaylistVariant,
  snapshot: ProgressSnapshot,
): RangeView {
  let cache = views.get(snapshot);
  if (!cache) views.set(snapshot, (cache = new Map()));
  const key = `${itemId}|${variant.playlistId}`;
  let view = cache.get(key);
  if (!view) cache.set(key, (view = computeView(itemId, variant, snapshot)));
  return view;
}

function computeView(
  itemId: string,
  variant: PlaylistVariant,
  snapshot: ProgressSnapshot,
): RangeView {
  const positions = snapshot.playlistPositions.get(variant.playlistId) ?? new Map<number, string>();
  const { from, to, numbered } = variant.range;
  const chosePositions = snapshot.checks.get(checkKey(itemId, COUNT_BY_POSITION)) === true;
  const numberedVideos = chosePositions ? null : byNumbers(variant, snapshot, positions);
  let view: Omit<RangeView, 'byUnit'>;
  if (numberedVideos && numbered) {
    view = {
      by: 'number',
      size: numbered.to - numbered.from + 1,
      videos: numberedVideos,
      first: numbered.from,
    };
  } else {
    const end = to ?? snapshot.playlistTotals.get(variant.playlistId) ?? null;
    const size = end === null ? null : Math.max(0, end - from + 1);
    view = { by: 'position', size, videos: byPositions(variant, positions, size), first: from };
  }
  view.videos.sort((a, b) => a.unit - b.unit || a.position - b.position);
  const byUnit = new Map<number, RangeVideo[]>();
  for (const video of view.videos) {
    const list = byUnit.get(video.unit);
    if (list) list.push(video);
    else byUnit.set(video.unit, [video]);
  }
  return { ...view, byUnit };
}
