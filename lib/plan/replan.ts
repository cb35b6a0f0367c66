/**
 * Re-planning when behind: the rest of the plan moves out by some weeks (a shift), or by one
 * week taken to catch up. Only the dates change, never progress: the plan is its start date,
 * so a change is a new start date, kept with the one before it so that it can be undone.
 */
import { addDays } from 'date-fns';
import { parseIsoDay, toIsoDay, weekDates, weekStatus, type IsoDay } from './calendar';

/**
 * `resume`: the plan moved so that this week is the week of the earliest unfinished work
 * (coming back after falling behind, or past the plan's end: see resume.ts).
 */
export type ReplanKind = 'shift' | 'catch-up' | 'spread' | 'resume';

/**
 * A spread: from `fromWeek` on, the work carried over is shared out over the weeks left, from
 * what each item had done and its size then (so a week's share does not move as work gets done).
 */
export interface Spread {
  fromWeek: number;
  /** resourceId → [units done when spread, the item's size]. */
  items: Record<string, [number, number]>;
}

export interface PlanChange {
  kind: ReplanKind;
  /** Weeks the rest of the plan moved out. */
  weeks: number;
  /** The start date before and after the change. */
  from: IsoDay;
  to: IsoDay;
  /** When it was made (ms). */
  at: number;
  /** A spread's shares (kind `spread`: the dates do not change). */
  spread?: Spread;
}

export interface ReplanPreview {
  kind: ReplanKind;
  weeks: number;
  startDate: IsoDay;
  /** The learner's week today, before and after. */
  weekBefore: number;
  weekAfter: number;
  /** The week's dates after the change. */
  first: IsoDay;
  last: IsoDay;
  /** The plan's last day, before and after. */
  endBefore: IsoDay;
  endAfter: IsoDay;
}

/** The most weeks one change may move the plan (a longer break is a new start date). */
export const MAX_SHIFT_WEEKS = 8;
/** Changes kept for undo; older ones are dropped. */
export const MAX_HISTORY = 50;

function endOf(startDate: IsoDay, totalWeeks: number): IsoDay {
  return weekDates(startDate, totalWeeks).last;
}

/**
 * What a change would do, or null when it cannot apply: the plan has not started or is over,
 * or it would move today before week 1.
 */
export function previewReplan(
  startDate: IsoDay,
  today: Date,
  kind: ReplanKind,
  weeks: number,
  totalWeeks: number,
): ReplanPreview | null {
  const start = parseIsoDay(startDate);
  const moved = kind === 'catch-up' ? 1 : weeks;
  if (!start || !Number.isInteger(moved) || moved < 1 || moved > MAX_SHIFT_WEEKS) return null;
  const before = weekStatus(startDate, today, totalWeeks);
  if (before.state !== 'active' || before.week - moved < 1) return null;
  const next = toIsoDay(addDays(start, moved * 7));
  const after = weekStatus(next, today, totalWeeks);
  if (after.state !== 'active') return null;
  const dates = weekDates(next, after.week);
  return {
    kind,
    weeks: moved,
    startDate: next,
    weekBefore: before.week,
    weekAfter: after.week,
    first: dates.first,
    last: dates.last,
    endBefore: endOf(startDate, totalWeeks),
    endAfter: endOf(next, totalWeeks),
  };
}

/** The history as stored (a JSON string in the settings); a damaged one reads as empty. */
export function readHistory(stored: string | undefined): PlanChange[] {
  if (!stored) return [];
  try {
    const list: unknown = JSON.parse(stored);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (c): c is PlanChange =>
        !!c &&
        typeof c === 'object' &&
        (c.kind === 'shift' ||
          c.kind === 'catch-up' ||
          c.kind === 'resume' ||
          (c.kind === 'spread' && isSpread(c.spread))) &&
        Number.isInteger(c.weeks) &&
        parseIsoDay(String(c.from)) !== null &&
        parseIsoDay(String(c.to)) !== null &&
        Number.isFinite(c.at),
    );
  } catch {
    return [];
  }
}

export function writeHistory(history: PlanChange[]): string {
  return JSON.stringify(history.slice(-MAX_HISTORY));
}

/** The settings a previewed change writes: the new start date and the history with it. */
export function applyReplan(
  preview: ReplanPreview,
  currentStart: IsoDay,
  history: PlanChange[],
  now: number,
): { startDate: IsoDay; planHistory: string } {
  const change: PlanChange = {
    kind: preview.kind,
    weeks: preview.weeks,
    from: currentStart,
    to: preview.startDate,
    at: now,
  };
  return { startDate: preview.startDate, planHistory: writeHistory([...history, change]) };
}

/**
 * Undoes the latest change, if the plan still starts where it left it (a start date chosen
 * since, here or in another browser, is not silently replaced).
 */
export function undoReplan(
  currentStart: IsoDay,
  history: PlanChange[],
): { startDate: IsoDay; planHistory: string } | null {
  const last = history.at(-1);
  if (!last || last.to !== currentStart) return null;
  return { startDate: last.from, planHistory: writeHistory(history.slice(0, -1)) };
}

/** The catch-up week the learner is in, if the latest change made one and it is still on. */
export function inCatchUpWeek(
  startDate: IsoDay,
  history: PlanChange[],
  today: Date,
  totalWeeks: number,
): boolean {
  const last = history.at(-1);
  if (!last || last.kind !== 'catch-up' || last.to !== startDate) return false;
  const status = weekStatus(startDate, today, totalWeeks);
  const made = weekStatus(startDate, new Date(last.at), totalWeeks);
  return status.state === 'active' && made.state === 'active' && status.week === made.week;
}

function isSpread(value: unknown): value is Spread {
  const s = value as Spread | undefined;
  return (
    !!s &&
    Number.isInteger(s.fromWeek) &&
    s.fromWeek >= 1 &&
    !!s.items &&
    typeof s.items === 'object' &&
    Object.values(s.items).every(
      (v) =>
        Array.isArray(v) &&
        v.length === 2 &&
        Number.isInteger(v[0]) &&
        Number.isInteger(v[1]) &&
        v[0] >= 0 &&
        v[1] >= v[0],
    )
  );
}

/**
 * The spread in force: the latest one in the history (undoing it removes it), unless the
 * plan was resumed since (its weeks are numbered anew: what was spread is carried over again).
 */
export function activeSpread(history: PlanChange[]): Spread | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.kind === 'resume') return undefined;
    if (history[i]!.kind === 'spread') return history[i]!.spread;
  }
  return undefined;
}

/**
 * What is due of a spread item by the end of `week`: its remaining work at the spread, shared
 * evenly (rounded up) over the weeks from the spread's week to the last.
 */
export function spreadDue(
  spread: Spread,
  item: readonly [number, number],
  week: number,
  totalWeeks: number,
): number {
  const [done, total] = item;
  const weeks = Math.max(1, totalWeeks - spread.fromWeek + 1);
  const through = Math.min(weeks, Math.max(0, week - spread.fromWeek + 1));
  return Math.min(total, done + Math.ceil(((total - done) * through) / weeks));
}

/** The history with a spread added (the dates stay: only the carried-over work is shared). */
export function applySpread(
  startDate: IsoDay,
  spread: Spread,
  history: PlanChange[],
  now: number,
): { planHistory: string } {
  const change: PlanChange = {
    kind: 'spread',
    weeks: 0,
    from: startDate,
    to: startDate,
    at: now,
    spread,
  };
  return { planHistory: writeHistory([...history, change]) };
}
