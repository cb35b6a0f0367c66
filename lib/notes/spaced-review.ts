/**
 * Spaced review of the learner's notes: once a note's video or item is completed, the note
 * comes back the next day, then a week later, then three weeks later (Remembered moves it on;
 * Fuzzy asks again after half the wait; Forgot starts over). Days are the learner's local
 * calendar days: a note due "tomorrow" is due all of tomorrow, whatever the hour it was read.
 */
import { addDays } from 'date-fns';
import type { NoteRecord, ReviewGrade, ReviewRecord } from '../db/database';
import { parseIsoDay, toIsoDay, type IsoDay } from '../plan/calendar';

/** Days until the next review, by the step the note is at. */
export const REVIEW_DAYS = [1, 7, 21] as const;
/** A note past its last step is learned: it does not come back. */
export const LEARNED_STEP = REVIEW_DAYS.length;
/** Reviews remembered per note (the weekly review counts the latest of them). */
const LOG_LENGTH = 8;

const dayAfter = (at: number, days: number): IsoDay => toIsoDay(addDays(new Date(at), days));

/** The first review: the day after the later of the note's writing and its subject's completion. */
export function firstDueDay(completedAt: number, createdAt: number): IsoDay {
  return dayAfter(Math.max(completedAt, createdAt), REVIEW_DAYS[0]);
}

/** The note's place in review after it was graded at `now`. */
export function afterGrade(
  previous: ReviewRecord | undefined,
  noteId: string,
  grade: ReviewGrade,
  now: number,
): ReviewRecord {
  const step = Math.min(previous?.step ?? 0, LEARNED_STEP - 1);
  const next = grade === 'remembered' ? step + 1 : grade === 'forgot' ? 0 : step;
  const log = [...(previous?.log ?? []), now].slice(-LOG_LENGTH);
  if (next >= LEARNED_STEP) return { noteId, step: LEARNED_STEP, at: now, log };
  const wait = grade === 'fuzzy' ? Math.ceil(REVIEW_DAYS[step]! / 2) : REVIEW_DAYS[next]!;
  return { noteId, step: next, dueDay: dayAfter(now, wait), at: now, log };
}

/**
 * The same note's review from two places (a backup and this browser): the later review's
 * schedule, and every review either side remembers, so either order of merging agrees.
 */
export function mergeReview(a: ReviewRecord, b: ReviewRecord): ReviewRecord {
  const later =
    a.at !== b.at ? (a.at > b.at ? a : b) : JSON.stringify(a) >= JSON.stringify(b) ? a : b;
  const log = [...new Set([...a.log, ...b.log])].sort((x, y) => x - y).slice(-LOG_LENGTH);
  return { ...later, log };
}

export interface DueNote {
  note: NoteRecord;
  dueDay: IsoDay;
  /** How many times it was reviewed before (0: the first time). */
  step: number;
}

export interface ReviewPlan {
  /** Due on `today` or before, the longest waiting first. */
  due: DueNote[];
  /** The first day after `today` a note comes back on (null: none scheduled). */
  next: IsoDay | null;
}

/**
 * The notes to review on `today`. `completedAt` says when a note's video or item was
 * completed (null: not yet, or skipped): before that a note waits. A resource (a link) is not
 * something to remember: it never comes back.
 */
export function reviewPlan(
  notes: readonly NoteRecord[],
  reviews: ReadonlyMap<string, ReviewRecord>,
  completedAt: (note: NoteRecord) => number | null,
  today: IsoDay,
): ReviewPlan {
  const due: DueNote[] = [];
  let next: IsoDay | null = null;
  for (const note of notes) {
    if (note.url) continue;
    const review = reviews.get(note.id);
    let dueDay: IsoDay | undefined;
    if (review) dueDay = review.step >= LEARNED_STEP ? undefined : review.dueDay;
    else {
      const done = completedAt(note);
      if (done !== null) dueDay = firstDueDay(done, note.createdAt);
    }
    if (!dueDay || !parseIsoDay(dueDay)) continue;
    if (dueDay <= today) due.push({ note, dueDay, step: review?.step ?? 0 });
    else if (next === null || dueDay < next) next = dueDay;
  }
  due.sort(
    (a, b) =>
      a.dueDay.localeCompare(b.dueDay) ||
      a.note.week - b.note.week ||
      a.note.createdAt - b.note.createdAt,
  );
  return { due, next };
}

/** Reviews made in [from, to) (ms): what the weekly review says was reviewed. */
export function reviewsBetween(reviews: Iterable<ReviewRecord>, from: number, to: number): number {
  let count = 0;
  for (const review of reviews) for (const at of review.log) if (at >= from && at < to) count++;
  return count;
}
