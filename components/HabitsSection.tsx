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
      <h2 id="habits-heading">Study habits</h2>
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
        <p className="loading">Loading your study days…</p>
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
        <Stat term="Current streak">{days(streak.current)}</Stat>
        <Stat term="Longest streak">{days(streak.longest)}</Stat>
        <Stat term="Today">
          {minutes.get(toIsoDay(today)) ?? 0} of {goal} minutes
        </Stat>
        <Stat term="This week">
          {weekMinutes} of {goal * 7} minutes
        </Stat>
      </dl>
      <p className="bar-label">This week’s study minutes</p>
      <ProgressBar
        label="This week’s study minutes"
        value={weekMinutes}
        max={goal * 7}
        unit="minutes"
      />
      <Heatmap days={heatmapDays(minutes, today, goal)} goalMinutes={goal} />
    </>
  );
}

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

function Stat({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
