/**
 * What follows the learner to another browser: a compact summary of progress, merged
 * deterministically. Watched videos and visited pages are unions (never lost); a tick or a
 * status, and the settings, are the latest by time with a stable tie-break.
 */
import type { CheckStatus } from '../db/database';

export interface SyncedSettings {
  startDate?: string;
  language: 'en' | 'hi';
  watchedThreshold: number;
  companionPanel: boolean;
  dailyGoalMinutes: number;
  reminderEnabled: boolean;
  reminderTime: string;
  studyDays: string;
  forecastEnabled: boolean;
  focusMode: 'off' | 'roadmap' | 'all';
  uiLanguage: 'auto' | 'en' | 'hi';
}

/** The settings that follow the learner (this browser's sync choice and its resets do not). */
export const SYNCED_SETTINGS = [
  'startDate',
  'language',
  'watchedThreshold',
  'companionPanel',
  'dailyGoalMinutes',
  'reminderEnabled',
  'reminderTime',
  'studyDays',
  'forecastEnabled',
  'focusMode',
  'uiLanguage',
] as const satisfies readonly (keyof SyncedSettings)[];

/** Each setting the learner chose, with when: a default nobody chose is not in it. */
export type SyncedChoices = { [K in keyof SyncedSettings]?: Stamped<SyncedSettings[K]> };

export interface Stamped<T> {
  value: T;
  at: number;
}

export interface SyncSummary {
  /** The last reset of progress (ms): what was synced before it no longer counts. */
  epoch?: number;
  settings?: SyncedChoices;
  /** playlistId → "position:videoId" pairs of watched videos. */
  watched: Record<string, string[]>;
  /** Watched videos outside any playlist (the roadmap's single videos). */
  singles: string[];
  checks: Record<string, Stamped<CheckStatus>>;
  /** resourceId → "group|category|key" of visited pages. */
  pages: Record<string, string[]>;
}

export function emptySummary(): SyncSummary {
  return { watched: {}, singles: [], checks: {}, pages: {} };
}

const union = (a: readonly string[] = [], b: readonly string[] = []) =>
  [...new Set([...a, ...b])].sort();

function unionRecord(
  a: Record<string, string[]>,
  b: Record<string, string[]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
    out[key] = union(a[key], b[key]);
  return out;
}

/** The later of two stamped values; equal times break the tie on the value itself. */
function latest<T>(a: Stamped<T> | undefined, b: Stamped<T> | undefined): Stamped<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

/**
 * A summary without the ticks stamped before its reset moment: whatever carried them (an
 * offline browser's old item, a merge), they were erased. (Watched videos and pages carry no
 * time: the items they travel in carry their reset moment, see encoding.ts.)
 */
export function sinceEpoch(summary: SyncSummary): SyncSummary {
  const epoch = summary.epoch ?? 0;
  if (!Object.values(summary.checks).some((c) => c.at < epoch)) return summary;
  return {
    ...summary,
    checks: Object.fromEntries(Object.entries(summary.checks).filter(([, c]) => c.at >= epoch)),
  };
}

/**
 * Commutative, associative and idempotent: any order of merges gives the same summary. A
 * summary from after a reset wins whole over one from before it, and nothing stamped before
 * the reset moment survives a merge.
 */
export function mergeSummaries(a: SyncSummary, b: SyncSummary): SyncSummary {
  const [ea, eb] = [a.epoch ?? 0, b.epoch ?? 0];
  if (ea !== eb) return sinceEpoch(ea > eb ? a : b);
  const checks: Record<string, Stamped<CheckStatus>> = {};
  for (const key of [...new Set([...Object.keys(a.checks), ...Object.keys(b.checks)])].sort()) {
    const pick = latest(a.checks[key], b.checks[key])!;
    if (pick.at >= ea) checks[key] = pick;
  }
  // Field by field: a language chosen in one browser and a goal in another both hold.
  let settings: SyncedChoices | undefined;
  for (const field of SYNCED_SETTINGS) {
    const pick = latest<unknown>(a.settings?.[field], b.settings?.[field]);
    if (pick) (settings ??= {})[field] = pick as never;
  }
  return {
    ...(ea ? { epoch: ea } : {}),
    ...(settings ? { settings } : {}),
    watched: unionRecord(a.watched, b.watched),
    singles: union(a.singles, b.singles),
    checks,
    pages: unionRecord(a.pages, b.pages),
  };
}

export function sameSummary(a: SyncSummary, b: SyncSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
