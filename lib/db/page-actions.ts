import type { LanguageTrack } from '../../data/roadmap-types';
import { getDb } from './database';
import { setCheck } from './checks-repo';
import { getSettings, updateSettings } from './settings-repo';
import { toDailyMinutes } from '../habits/streaks';
import { COUNT_BY_POSITION } from '../progress/range-units';
import { previewSpread } from '../plan/spread';
import { carriedOver } from '../plan/checklist';
import { weekStatus } from '../plan/calendar';
import { readProgress } from './snapshot-repo';
import { ROADMAP } from '../../data/roadmap';
import {
  applyReplan,
  applySpread,
  previewReplan,
  readHistory,
  undoReplan,
  type ReplanKind,
} from '../plan/replan';

/** What the popup writes, loaded after its first render (see components/use-live-progress). */
export const tick = (key: string, done: boolean) => setCheck(getDb(), key, done, Date.now());

/**
 * The first run's start; `sync`: the learner also accepted the offer to sync; `track`: the
 * playlists they chose (recorded only when not the default, English).
 */
export const startOn = (startDate: string, sync = false, track: LanguageTrack = 'en') =>
  updateSettings(
    getDb(),
    {
      startDate,
      ...(sync ? { syncEnabled: true, syncConsentAt: Date.now() } : {}),
      ...(track !== 'en' ? { language: track } : {}),
    },
    Date.now(),
  ).then(() => undefined);

/** Moves the rest of the plan out (re-planning when behind): only the dates change. */
export async function replan(kind: ReplanKind, weeks: number): Promise<boolean> {
  const db = getDb();
  const settings = await getSettings(db);
  if (!settings.startDate) return false;
  const preview = previewReplan(settings.startDate, new Date(), kind, weeks, ROADMAP.totalWeeks);
  if (!preview) return false;
  const history = readHistory(settings.planHistory);
  await updateSettings(
    db,
    applyReplan(preview, settings.startDate, history, Date.now()),
    Date.now(),
  );
  return true;
}

/** Undoes the latest change of plan, if the plan still starts where it left it. */
export async function undoReplanNow(): Promise<boolean> {
  const db = getDb();
  const settings = await getSettings(db);
  if (!settings.startDate) return false;
  const undone = undoReplan(settings.startDate, readHistory(settings.planHistory));
  if (!undone) return false;
  await updateSettings(db, undone, Date.now());
  return true;
}

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
export async function spreadBacklog(): Promise<boolean> {
  const db = getDb();
  const { settings, snapshot } = await readProgress(db);
  if (!settings.startDate) return false;
  const status = weekStatus(settings.startDate, new Date(), ROADMAP.totalWeeks);
  if (status.state !== 'active') return false;
  const preview = previewSpread(
    carriedOver(ROADMAP, status.week, snapshot),
    status.week,
    ROADMAP.totalWeeks,
  );
  if (!preview) return false;
  const history = readHistory(settings.planHistory);
  await updateSettings(
    db,
    applySpread(settings.startDate, preview.spread, history, Date.now()),
    Date.now(),
  );
  return true;
}
