import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROADMAP } from '../../data/roadmap';
import { updateSettings } from '../../lib/db/settings-repo';
import {
  isReminderTime,
  nextReminderAt,
  REMINDER_ALARM,
  shouldRemind,
} from '../../lib/habits/reminder';
import { reminderMessage, syncReminder } from '../../lib/service/reminders';
import { freshDb } from './db-helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the daily reminder', () => {
  it('is scheduled at the next local occurrence of its time', () => {
    expect(nextReminderAt('19:00', new Date(2026, 10, 24, 8, 0))).toEqual(
      new Date(2026, 10, 24, 19, 0),
    );
    expect(nextReminderAt('19:00', new Date(2026, 10, 24, 19, 0))).toEqual(
      new Date(2026, 10, 25, 19, 0),
    );
    expect(nextReminderAt('00:05', new Date(2026, 11, 31, 23, 0))).toEqual(
      new Date(2027, 0, 1, 0, 5),
    );
    expect(() => nextReminderAt('25:00', new Date())).toThrow('Invalid reminder time');
    expect(isReminderTime('07:30')).toBe(true);
    expect(isReminderTime('7:30')).toBe(false);
  });

  it('creates the alarm when turned on and removes it when turned off', async () => {
    const db = freshDb();
    const now = new Date(2026, 10, 24, 8, 0);
    expect(await syncReminder(db, fakeBrowser.alarms, now)).toBe('cleared');
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    await updateSettings(db, { reminderEnabled: true, reminderTime: '20:15' }, 1);
    expect(await syncReminder(db, fakeBrowser.alarms, now)).toBe('scheduled');
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({
      scheduledTime: new Date(2026, 10, 24, 20, 15).getTime(),
      periodInMinutes: 1440,
    });
    await updateSettings(db, { reminderEnabled: false }, 2);
    await syncReminder(db, fakeBrowser.alarms, now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('speaks only on days the goal is not met, and says what Continue would open', async () => {
    const db = freshDb();
    const now = new Date(2026, 10, 24, 20, 0);
    await updateSettings(
      db,
      { reminderEnabled: true, startDate: '2026-11-24', dailyGoalMinutes: 30 },
      1,
    );
    expect(await reminderMessage(db, ROADMAP, now)).toBe(
      '0 of 30 minutes today. Next: How to learn effectively',
    );
    await db.daily.put({ day: '2026-11-24', studyMs: 31 * 60_000 });
    expect(await reminderMessage(db, ROADMAP, now)).toBeNull();
    expect(shouldRemind(29, 30)).toBe(true);
  });
});
