/**
 * Study time is wall time, counted once: two tabs playing at the same moment study that moment
 * once, and a day never gets more than the wall time of that day during which a page played.
 */
import { toIsoDay, type IsoDay } from '../plan/calendar';
import type { WallSpan } from './playback-follow';

export interface StudyShare {
  day: IsoDay;
  ms: number;
}

/** How long claimed spans are remembered: longer than any span a report can confirm. */
const MEMORY_MS = 10 * 60_000;

/**
 * The wall time already credited, across every page the background follows. One per
 * background: after a restart no page is followed until it reports again, so nothing
 * credited before the restart can be credited again.
 */
export class StudyLedger {
  /** Claimed spans, sorted and disjoint, pruned to the last `MEMORY_MS`. */
  #claimed: WallSpan[] = [];
  #offset: number | undefined;

  /**
   * `clockOffset`: the wall clock minus a monotonic one (in the background, `Date.now() -
   * performance.now()`). When it drops, the system clock was set back: the spans already
   * claimed move back with it, or the minutes played after the change would overlap them
   * and be refused as counted already. (It rises in a sleep on some systems, where the
   * monotonic clock stands still: claimed spans then stay where they were, in the past.)
   */
  constructor(private readonly clockOffset?: () => number) {}

  /** Takes what of `span` was not credited yet; returns those parts (possibly none). */
  claim(span: WallSpan): WallSpan[] {
    this.#followClock();
    if (!(span.to > span.from)) return [];
    const fresh: WallSpan[] = [];
    let cursor = span.from;
    for (const taken of this.#claimed) {
      if (taken.to <= cursor) continue;
      if (taken.from >= span.to) break;
      if (taken.from > cursor) fresh.push({ from: cursor, to: taken.from });
      cursor = Math.max(cursor, taken.to);
      if (cursor >= span.to) break;
    }
    if (cursor < span.to) fresh.push({ from: cursor, to: span.to });
    this.#remember(span);
    return fresh;
  }

  #followClock(): void {
    if (!this.clockOffset) return;
    const offset = this.clockOffset();
    const back = (this.#offset ?? offset) - offset;
    // A second's tolerance: clocks are slewed by small amounts all the time.
    if (back > 1000)
      this.#claimed = this.#claimed.map((s) => ({ ...s, from: s.from - back, to: s.to - back }));
    if (back > 1000 || this.#offset === undefined || offset > this.#offset) this.#offset = offset;
  }

  #remember(span: WallSpan): void {
    const all = [...this.#claimed, span].sort((a, b) => a.from - b.from);
    const merged: WallSpan[] = [];
    for (const s of all) {
      const last = merged[merged.length - 1];
      if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
      else merged.push({ ...s });
    }
    const horizon = span.to - MEMORY_MS;
    this.#claimed = merged.filter((s) => s.to > horizon);
  }
}

/** Splits wall spans at local midnights: each part goes to the day it happened on. */
export function shareByDay(spans: readonly WallSpan[]): StudyShare[] {
  const byDay = new Map<IsoDay, number>();
  for (const span of spans) {
    let from = span.from;
    while (from < span.to) {
      const start = new Date(from);
      // Local midnight after `from` (a DST day is 23 or 25 hours long: Date handles it).
      const midnight = new Date(
        start.getFullYear(),
        start.getMonth(),
        start.getDate() + 1,
      ).getTime();
      const to = Math.min(span.to, midnight);
      const day = toIsoDay(start);
      byDay.set(day, (byDay.get(day) ?? 0) + (to - from));
      from = to;
    }
  }
  return [...byDay].map(([day, ms]) => ({ day, ms: Math.round(ms) }));
}
