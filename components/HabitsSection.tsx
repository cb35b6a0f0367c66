import { t, tn } from '../lib/i18n/i18n';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from 'date-fns';
import { getDb } from '../lib/db/database';
import { heatmapDays, minutesInWeek, streaks, toDailyMinutes } from '../lib/habits/streaks';
import { toIsoDay, weekDates, type IsoDay, type WeekStatus } from '../lib/plan/calendar';
import { Heatmap } from './Heatmap';
import { ProgressBar } from './ProgressBar';

interface Props {
  today: Date;
  goal: number;
  startDate?: IsoDay;
  status: WeekStatus | null;
}

/**
 * Streaks, this week's minutes and the two-year heatmap. It reads the day rows itself, so the
 * rest of the dashboard (the plan) shows without waiting for two years of days.
 */
export function HabitsSection({ today, goal, startDate, status }: Props) {
  const daily = useLiveQuery(() => getDb().daily.toArray(), []);
  return (
    <section aria-labelledby="habits-heading" className="habits" aria-busy={!daily}>
      <h2 id="habits-heading">{t('habitsHeading')}</h2>
      {daily ? (
        <Habits
          minutes={toDailyMinutes(daily)}
          today={today}
          goal={goal}
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
  weekFirst,
}: {
  minutes: Map<IsoDay, number>;
  today: Date;
  goal: number;
  weekFirst: IsoDay;
}) {
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
      <Heatmap days={heatmapDays(minutes, today, goal)} goalMinutes={goal} />
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
