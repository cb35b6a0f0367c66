import { readHistory } from '../lib/plan/replan';

/** When the learner last saved the plan's calendar file (this browser's pages share it). */
const CALENDAR_SAVED = 'calendar-saved-at';

export function calendarSavedAt(): number {
  return Number(localStorage.getItem(CALENDAR_SAVED) ?? 0) || 0;
}

export function markCalendarSaved(at: number): void {
  localStorage.setItem(CALENDAR_SAVED, String(at));
}

/** True when a calendar file was saved and the plan's dates changed after it. */
export function calendarOutdated(planHistory: string | undefined, savedAt: number): boolean {
  const latest = readHistory(planHistory).at(-1)?.at ?? 0;
  return savedAt > 0 && latest > savedAt;
}
