import { t, tn } from '../lib/i18n/i18n';
import type { ReactNode } from 'react';
import { addDays } from 'date-fns';
import {
  heatmapDays,
  heatmapWeeksSince,
  minutesInWeek,
  streaks,
  type DailyMinutes,
} from '../lib/habits/streaks';
import { toIsoDay, weekDates, type IsoDay, type WeekStatus } from '../lib/plan/calendar';
import { Heatmap } from './Heatmap';
import { ProgressBar } from './ProgressBar';

interface Props {
  /** Minutes per day; undefined while the day rows are read. */
  minutes: DailyMinutes | undefined;
  today: Date;
  goal: number;
  startDate?: IsoDay;
  status: WeekStatus | null;
}

/**
 * Streaks, this week's minutes and the heatmap since the plan began. The day rows come after
 * the plan, so the rest of the dashboard shows without waiting for two years of days.
 */
export function HabitsSection({ minutes, today, goal, startDate, status }: Props) {
  return (
    <section aria-labelledby="habits-heading" className="habits" aria-busy={!minutes}>
      <h2 id="habits-heading">{t('habitsHeading')}</h2>
      {minutes ? (
        <Habits
          minutes={minutes}
          today={today}
          goal={goal}
          startDate={startDate}
          weekFirst={
            startDate && status?.state === 'active'
              ? weekDates(startDate, status.week).first
              : toIsoDay(addDays(today, -6))
          }
        />
      ) : (
        <p className="loading">{t('loadingDays')}</p>
      )}
    </section>
  );
}

function Habits({
  minutes,
  today,
  goal,
  startDate,
  weekFirst,
}: {
  minutes: DailyMinutes;
  today: Date;
  goal: number;
  startDate: IsoDay | undefined;
  weekFirst: IsoDay;
}) {
  const since = startDate ? heatmapWeeksSince(startDate, today) : null;
  const streak = streaks(minutes, today, goal);
  const weekMinutes = minutesInWeek(minutes, weekFirst);
  return (
    <>
      <dl className="stats">
        <Stat term={t('currentStreak')}>{tn('dayCount', streak.current)}</Stat>
        <Stat term={t('longestStreak')}>{tn('dayCount', streak.longest)}</Stat>
        <Stat term={t('statToday')}>
          {t('minutesOfGoal', { minutes: minutes.get(toIsoDay(today)) ?? 0, goal })}
        </Stat>
        <Stat term={t('statThisWeek')}>
          {t('minutesOfGoal', { minutes: weekMinutes, goal: goal * 7 })}
        </Stat>
      </dl>
      <p className="bar-label">{t('weekMinutes')}</p>
      <ProgressBar
        label={t('weekMinutes')}
        value={weekMinutes}
        max={goal * 7}
        unit={t('unitMinutes')}
      />
      <Heatmap
        days={heatmapDays(minutes, today, goal, since?.weeks)}
        goalMinutes={goal}
        since={since?.fromStart ? startDate : undefined}
      />
    </>
  );
}

function Stat({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
