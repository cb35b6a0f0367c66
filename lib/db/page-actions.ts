import type { LanguageTrack } from '../../data/roadmap-types';
import { getDb } from './database';
import { setCheck, setStatus } from './checks-repo';
import type { CheckStatus } from './database';
import { toDailyMinutes } from '../habits/streaks';
import { COUNT_BY_POSITION } from '../progress/range-units';
import type { ReplanKind } from '../plan/replan';
import { answerSyncOffer, replanPlan, startPlan, undoPlan } from './plan-actions';
import { markVideo } from './watch-repo';

/** What the popup writes, loaded after its first render (see components/use-live-progress). */
export const tick = (key: string, done: boolean) => setCheck(getDb(), key, done, Date.now());

/** A step's status set by hand on the dashboard (done, skipped or neither). */
export const status = (key: string, value: CheckStatus) =>
  setStatus(getDb(), key, value, Date.now());

/** A video marked watched or not by hand (see watch-repo's markVideo). */
export const mark = (videoId: string, watched: boolean) =>
  markVideo(getDb(), videoId, watched, Date.now());

/** The first run's start (see plan-actions.ts). */
export const startOn = (startDate: string, sync = false, track: LanguageTrack = 'en') =>
  startPlan(getDb(), startDate, sync, track, Date.now());

/** Moves the rest of the plan out, or spreads what is carried over (see plan-actions.ts). */
export const replan = (kind: ReplanKind, weeks: number) =>
  replanPlan(getDb(), kind, weeks, Date.now());

/** Undoes the latest change of plan, if the plan still starts where it left it. */
export const undoReplanNow = () => undoPlan(getDb(), Date.now());

/** The answer to the offer to sync (see plan-actions.ts). */
export const answerSync = (on: boolean) => answerSyncOffer(getDb(), on, Date.now());

/**
 * Today's figures for the popup: minutes studied today, and the minutes left to play of
 * today's videos at normal speed (from the durations known; `unknown` counts the others).
 */
export async function todayFigures(
  videoIds: string[],
  day: string,
): Promise<{ studiedMs: number; leftSeconds: number; unknown: number }> {
  const db = getDb();
  const [daily, videos] = await Promise.all([db.daily.get(day), db.videos.bulkGet(videoIds)]);
  let leftSeconds = 0;
  let unknown = 0;
  for (const video of videos) {
    if (!video || !(video.duration > 0)) unknown++;
    else leftSeconds += Math.max(0, video.duration - video.coveredSeconds);
  }
  return { studiedMs: daily?.studyMs ?? 0, leftSeconds, unknown };
}

/** Minutes studied per day (the weekly review reads the last week of them). */
export async function dailyMinutes(): Promise<Map<string, number>> {
  return toDailyMinutes(await getDb().daily.toArray());
}

/** When each unit of work was done (videos watched, pages first opened, steps ticked), in ms. */
export async function doneTimes(): Promise<number[]> {
  const db = getDb();
  const [videos, pages, checks] = await Promise.all([
    db.videos.toArray(),
    db.pages.toArray(),
    db.checks.toArray(),
  ]);
  return [
    ...videos.flatMap((v) => (v.watchedAt ? [v.watchedAt] : [])),
    ...pages.flatMap((p) => (p.visited && p.firstVisitAt ? [p.firstVisitAt] : [])),
    // Steps ticked (sections, chapters), not a whole item's tick nor a counting choice.
    ...checks.flatMap((c) =>
      c.status === 'done' && c.key.includes('#') && !c.key.endsWith(`#${COUNT_BY_POSITION}`)
        ? [c.at]
        : [],
    ),
  ];
}

/** Shares what is carried over out over the weeks left; the dates stay. */
export const spreadBacklog = () => replanPlan(getDb(), 'spread', 0, Date.now());
