import { t } from '../i18n/i18n';
import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { getSettings } from '../db/settings-repo';
import { toIsoDay } from '../plan/calendar';
import { REMINDER_ALARM, nextReminderAt, shouldRemind } from '../habits/reminder';
import { planNow } from './plan-now';

export interface AlarmsApi {
  create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/** Keeps the reminder alarm in step with the settings: there when on, gone when off. */
export async function syncReminder(
  db: CompanionDb,
  alarms: AlarmsApi,
  now: Date,
): Promise<'scheduled' | 'cleared'> {
  const settings = await getSettings(db);
  if (!settings.reminderEnabled) {
    await alarms.clear(REMINDER_ALARM);
    return 'cleared';
  }
  // Recreated at the next occurrence: a changed time or a new time zone takes effect.
  await alarms.create(REMINDER_ALARM, {
    when: nextReminderAt(settings.reminderTime, now).getTime(),
    periodInMinutes: 24 * 60,
  });
  return 'scheduled';
}

/** What the reminder says, or null on a day whose goal is already met. */
export async function reminderMessage(
  db: CompanionDb,
  roadmap: Roadmap,
  now: Date,
): Promise<string | null> {
  const settings = await getSettings(db);
  if (!settings.reminderEnabled) return null;
  const today = await db.daily.get(toIsoDay(now));
  const minutes = Math.floor((today?.studyMs ?? 0) / 60_000);
  if (!shouldRemind(minutes, settings.dailyGoalMinutes)) return null;
  const plan = await planNow(db, roadmap, now);
  const next = plan?.next ? t('reminderNext', { label: plan.next.label }) : t('reminderOpen');
  return t('reminderMessage', { minutes, goal: settings.dailyGoalMinutes, next });
}
