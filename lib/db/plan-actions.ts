/**
 * The learner's changes of plan, written to a given database: by the background when a page
 * asks (it outlives the popup, which may close mid-write), or by the page itself when the
 * background cannot be reached.
 */
import type { LanguageTrack } from '../../data/roadmap-types';
import { ROADMAP } from '../../data/roadmap';
import type { CompanionDb } from './database';
import { getSettings, updateSettings } from './settings-repo';
import { readProgress } from './snapshot-repo';
import { previewSpread } from '../plan/spread';
import { carriedOver } from '../plan/checklist';
import { weekStatus } from '../plan/calendar';
import {
  applyReplan,
  applySpread,
  previewReplan,
  readHistory,
  undoReplan,
  writeHistory,
  type PlanChange,
  type ReplanKind,
} from '../plan/replan';
import { previewResume } from '../plan/resume';

/** The first run's start; `sync`: the offer to sync accepted; `track`: the playlists chosen. */
export async function startPlan(
  db: CompanionDb,
  startDate: string,
  sync: boolean,
  track: LanguageTrack,
  now: number,
): Promise<boolean> {
  await updateSettings(
    db,
    {
      startDate,
      // The answer to the offer to sync, either way: it is not offered again here.
      syncEnabled: sync,
      ...(sync ? { syncConsentAt: now } : {}),
      ...(track !== 'en' ? { language: track } : {}),
    },
    now,
  );
  return true;
}

/** Moves the rest of the plan out, or spreads what is carried over: only dates or shares change. */
export async function replanPlan(
  db: CompanionDb,
  kind: ReplanKind,
  weeks: number,
  now: number,
): Promise<boolean> {
  if (kind === 'spread') return spreadPlan(db, now);
  if (kind === 'resume') return resumePlan(db, now);
  const settings = await getSettings(db);
  if (!settings.startDate) return false;
  const preview = previewReplan(settings.startDate, new Date(now), kind, weeks, ROADMAP.totalWeeks);
  if (!preview) return false;
  const history = readHistory(settings.planHistory);
  await updateSettings(db, applyReplan(preview, settings.startDate, history, now), now);
  return true;
}

/** Makes this week the week of the earliest unfinished work (see resume.ts). */
async function resumePlan(db: CompanionDb, now: number): Promise<boolean> {
  const { settings, snapshot } = await readProgress(db);
  if (!settings.startDate) return false;
  const preview = previewResume(ROADMAP, settings.startDate, new Date(now), snapshot);
  if (!preview) return false;
  const history = readHistory(settings.planHistory);
  const change: PlanChange = {
    kind: 'resume',
    weeks: preview.weeks,
    from: settings.startDate,
    to: preview.startDate,
    at: now,
  };
  await updateSettings(
    db,
    { startDate: preview.startDate, planHistory: writeHistory([...history, change]) },
    now,
  );
  return true;
}

async function spreadPlan(db: CompanionDb, now: number): Promise<boolean> {
  const { settings, snapshot } = await readProgress(db);
  if (!settings.startDate) return false;
  const status = weekStatus(settings.startDate, new Date(now), ROADMAP.totalWeeks);
  if (status.state !== 'active') return false;
  const preview = previewSpread(
    carriedOver(ROADMAP, status.week, snapshot),
    status.week,
    ROADMAP.totalWeeks,
  );
  if (!preview) return false;
  const history = readHistory(settings.planHistory);
  await updateSettings(db, applySpread(settings.startDate, preview.spread, history, now), now);
  return true;
}

/** Undoes the latest change of plan, if the plan still starts where it left it. */
export async function undoPlan(db: CompanionDb, now: number): Promise<boolean> {
  const settings = await getSettings(db);
  if (!settings.startDate) return false;
  const undone = undoReplan(settings.startDate, readHistory(settings.planHistory));
  if (!undone) return false;
  await updateSettings(db, undone, now);
  return true;
}

/**
 * The answer to the offer to sync, in a browser that never chose (its plan came from a backup
 * or another browser, so the first run's offer was never shown): on, with consent now; off,
 * recorded as chosen, so it is not offered again.
 */
export async function answerSyncOffer(db: CompanionDb, on: boolean, now: number): Promise<boolean> {
  await updateSettings(
    db,
    on ? { syncEnabled: true, syncConsentAt: now } : { syncEnabled: false },
    now,
  );
  return true;
}
