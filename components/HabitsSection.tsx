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
        <div>
          <dt>Current streak</dt>
          <dd>
            {streak.current} day{streak.current === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>
            {streak.longest} day{streak.longest === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Today</dt>
          <dd>
            {minutes.get(toIsoDay(today)) ?? 0} of {goal} minutes
          </dd>
        </div>
        <div>
          <dt>This week</dt>
          <dd>
            {weekMinutes} of {goal * 7} minutes
          </dd>
        </div>
      </dl>
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
