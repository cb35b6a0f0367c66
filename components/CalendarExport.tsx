import { t } from '../lib/i18n/i18n';
import { useState } from 'react';
import type { Roadmap } from '../data/roadmap-types';
import type { Settings } from '../lib/db/settings-defaults';
import { weekStatus, weekToShow } from '../lib/plan/calendar';
import { calendarWeeks, planCalendar } from '../lib/plan/plan-calendar';
import type { ProgressSnapshot } from '../lib/progress/snapshot';
import { download } from './download';
import { calendarOutdated, calendarSavedAt, markCalendarSaved } from './calendar-saved';

/**
 * The plan's study days from this week on, as a calendar file: saved here, imported by the
 * learner into their calendar. Offered again (with its reason) once the plan's dates move.
 */
export function CalendarExport(props: {
  roadmap: Roadmap;
  settings: Settings;
  snapshot: ProgressSnapshot;
  today: Date;
}) {
  const { roadmap, settings, snapshot, today } = props;
  const [savedAt, setSavedAt] = useState(calendarSavedAt);
  if (!settings.startDate) return null;
  const startDate = settings.startDate;
  const save = () => {
    const now = Date.now();
    const status = weekStatus(startDate, today, roadmap.totalWeeks);
    const file = planCalendar({
      startDate,
      totalWeeks: roadmap.totalWeeks,
      weeks: calendarWeeks(roadmap, snapshot, weekToShow(status, roadmap.totalWeeks)),
      studyDays: settings.studyDays,
      time: settings.reminderTime,
      minutes: settings.dailyGoalMinutes,
      now,
    });
    download('ml-roadmap-plan.ics', file, 'text/calendar');
    markCalendarSaved(now);
    setSavedAt(now);
  };
  return (
    <section aria-labelledby="calendar-heading" id="calendar">
      <h2 id="calendar-heading">{t('calendarHeading')}</h2>
      <p className="hint">
        {t('calendarHint', { time: settings.reminderTime, minutes: settings.dailyGoalMinutes })}
      </p>
      {calendarOutdated(settings.planHistory, savedAt) && (
        <p className="status-note">{t('calendarOutdated')}</p>
      )}
      <button type="button" onClick={save}>
        {t('calendarSave')}
      </button>
    </section>
  );
}
