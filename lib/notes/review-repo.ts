/**
 * Spaced review against the database: which notes are due today, and a grade given to one.
 * The schedule itself is lib/notes/spaced-review.
 */
import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb, NoteRecord, ReviewGrade, ReviewRecord } from '../db/database';
import { readProgress } from '../db/snapshot-repo';
import type { Progress } from '../progress/snapshot-from-rows';
import { toIsoDay } from '../plan/calendar';
import { findItem } from '../plan/roadmap-index';
import { itemProgress } from '../progress/item-progress';
import { checkKey, type ProgressSnapshot } from '../progress/snapshot';
import { afterGrade, reviewPlan, type ReviewPlan } from './spaced-review';

/** When a video counts as watched for the learner: detected, here or elsewhere, or by hand. */
function videoDoneAt(
  video:
    | { watchedAt: number | null; watchedElsewhereAt?: number; manual?: boolean; updatedAt: number }
    | undefined,
): number | null {
  if (!video || video.manual === false) return null;
  if (video.manual === true) return video.watchedAt ?? video.updatedAt;
  return video.watchedAt ?? video.watchedElsewhereAt ?? null;
}

/** The videos an item's playlists are known to hold. */
function itemVideos(snapshot: ProgressSnapshot, itemId: string, roadmap: Roadmap): string[] {
  const completion = findItem(roadmap, itemId)?.resource.completion;
  if (!completion) return [];
  if (completion.type === 'video') return [completion.videoId];
  if (completion.type !== 'videos') return [];
  return completion.variants.flatMap((v) => [
    ...(snapshot.playlistPositions.get(v.playlistId)?.values() ?? []),
  ]);
}

/**
 * When each note's video or item was completed (null: not yet, or skipped). An item ticked
 * done dates from its tick; one detected done, from the latest of its pages' first visits and
 * its videos' watching (what made it done); the note's own time where none is known.
 */
async function completions(
  db: CompanionDb,
  roadmap: Roadmap,
  notes: readonly NoteRecord[],
  snapshot: ProgressSnapshot,
): Promise<Map<string, number | null>> {
  // Items complete now (not skipped), and every video whose watching may date a completion.
  const doneItems = [...new Set(notes.map((n) => n.itemId))].filter((id) => {
    const item = findItem(roadmap, id);
    return item !== undefined && itemProgress(item.resource, snapshot).complete;
  });
  const videoIds = new Set([
    ...notes.flatMap((n) => (n.videoId ? [n.videoId] : [])),
    ...doneItems.flatMap((id) => itemVideos(snapshot, id, roadmap)),
  ]);
  const videos = new Map(
    (await db.videos.bulkGet([...videoIds])).flatMap((v) => (v ? [[v.videoId, v] as const] : [])),
  );
  // When each complete item was done; 0 where nothing tells.
  const itemDone = new Map<string, number>();
  for (const itemId of doneItems) {
    const tick = await db.checks.get(checkKey(itemId));
    let at = tick?.status === 'done' ? tick.at : 0;
    if (!at) {
      const pages = await db.pages.where('resourceId').equals(itemId).toArray();
      for (const page of pages) at = Math.max(at, page.firstVisitAt ?? 0);
      for (const id of itemVideos(snapshot, itemId, roadmap))
        at = Math.max(at, videoDoneAt(videos.get(id)) ?? 0);
    }
    itemDone.set(itemId, at);
  }
  const result = new Map<string, number | null>();
  for (const note of notes) {
    // A video's note waits for the video, or for its item to be done (ticked, perhaps
    // watched elsewhere).
    const item = itemDone.get(note.itemId);
    const video = note.videoId ? videoDoneAt(videos.get(note.videoId)) : null;
    result.set(note.id, video ?? (item === undefined ? null : item || note.createdAt));
  }
  return result;
}

/** The notes due for review on the learner's local day of `now`, and the next day one is. */
export async function reviewQueue(
  db: CompanionDb,
  roadmap: Roadmap,
  now: Date,
  /** Already read by the caller (the review page shows titles from it). */
  read?: Progress,
): Promise<ReviewPlan> {
  const [notes, reviews, progress] = await Promise.all([
    db.notes.toArray(),
    db.reviews.toArray(),
    read ?? readProgress(db),
  ]);
  if (progress.settings.reviewEnabled === false || notes.length === 0)
    return { due: [], next: null };
  const done = await completions(db, roadmap, notes, progress.snapshot);
  return reviewPlan(
    notes,
    new Map(reviews.map((r) => [r.noteId, r])),
    (note) => done.get(note.id) ?? null,
    toIsoDay(now),
  );
}

/** Grades a note's review: it comes back when its new place in the schedule says. */
export async function gradeNote(
  db: CompanionDb,
  noteId: string,
  grade: ReviewGrade,
  now: number,
): Promise<ReviewRecord | null> {
  return db.transaction('rw', db.notes, db.reviews, async () => {
    if (!(await db.notes.get(noteId))) return null;
    const review = afterGrade(await db.reviews.get(noteId), noteId, grade, now);
    await db.reviews.put(review);
    return review;
  });
}
