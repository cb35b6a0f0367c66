import { addDays } from 'date-fns';

export const REMINDER_ALARM = 'daily-reminder';
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isReminderTime(value: string): boolean {
  return TIME.test(value);
}

/** The next local time `HH:MM` after `now` (today's, or tomorrow's once it has passed). */
export function nextReminderAt(time: string, now: Date): Date {
  const match = TIME.exec(time);
  if (!match) throw new Error(`Invalid reminder time: ${time}`);
  const today = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate(),
    Number(match[1]),
    Number(match[2]),
  );
  if (today.getTime() > now.getTime()) return today;
  const tomorrow = addDays(new Date(now.getFullYear(), now.getMonth(), now.getDate()), 1);
  return new Date(
    tomorrow.getFullYear(),
    tomorrow.getMonth(),
    tomorrow.getDate(),
    Number(match[1]),
    Number(match[2]),
  );
}

/** Remind only on days the goal is not met yet. */
export function shouldRemind(minutesToday: number, goalMinutes: number): boolean {
  return minutesToday < goalMinutes;
}
