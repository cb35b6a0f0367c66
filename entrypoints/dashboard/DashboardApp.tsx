import { NotesSection } from '../../components/NotesSection';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { setCheck, setStatus } from '../../lib/db/checks-repo';
import { spellDay, spellIsoDay, weekStatus } from '../../lib/plan/calendar';
import { readHistory, type PlanChange } from '../../lib/plan/replan';
import { weeklyReview } from '../../lib/plan/review';
import { forecast, unitsLeft } from '../../lib/plan/forecast';
import { doneTimes, undoReplanNow } from '../../lib/db/page-actions';
import { toDailyMinutes } from '../../lib/habits/streaks';
import type { ProgressSnapshot } from '../../lib/progress/snapshot';
import { ReviewCard } from '../../components/ReviewCard';
import { useLiveQuery } from 'dexie-react-hooks';
import { overallProgress } from '../../lib/plan/checklist';
import { checkKey } from '../../lib/progress/snapshot';
import { useLiveProgress } from '../../components/use-live-progress';
import type { EarlyState } from '../../components/start-page';
import { HabitsSection } from '../../components/HabitsSection';
import { PlanOverview } from '../../components/PlanOverview';
import { ProgressBar } from '../../components/ProgressBar';
import { TickBox } from '../../components/TickBox';

export function DashboardApp({ early }: { early: EarlyState }) {
  const progress = useLiveProgress(early);
  const [today] = useState(() => new Date());
  if (!progress) return <p className="loading">Loading…</p>;
  const { settings, snapshot } = progress;
  const db = getDb();
  const onCheck = (key: string, done: boolean) => void setCheck(db, key, done, Date.now());
  const status = settings.startDate
    ? weekStatus(settings.startDate, today, ROADMAP.totalWeeks)
    : null;
  const overall = overallProgress(ROADMAP, snapshot);
  return (
    <main className="dashboard">
      <header className="dash-header">
        <h1>Your ML roadmap</h1>
        <p>
          {status === null
            ? 'No start date yet: choose one in the popup or the settings.'
            : status.state === 'active'
              ? `Week ${status.week} of ${ROADMAP.totalWeeks}`
              : status.state === 'not-started'
                ? `Starts in ${status.daysUntilStart} days`
                : 'All 24 weeks are behind you'}
        </p>
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>

      <HabitsSection
        today={today}
        goal={settings.dailyGoalMinutes}
        startDate={settings.startDate}
        status={status}
      />

      {settings.forecastEnabled && settings.startDate && (
        <FinishForecast startDate={settings.startDate} snapshot={snapshot} today={today} />
      )}

      {status?.state === 'active' && settings.startDate && (
        <DashboardReview
          startDate={settings.startDate}
          week={status.week}
          snapshot={snapshot}
          goal={settings.dailyGoalMinutes}
          today={today}
        />
      )}

      <section aria-labelledby="overall-heading">
        <h2 id="overall-heading">
          Roadmap: {overall.done} of {overall.total} items done
        </h2>
        <ProgressBar
          label="Roadmap progress"
          value={overall.done}
          max={overall.total}
          unit="items"
        />
      </section>

      {status && (
        <PlanOverview
          roadmap={ROADMAP}
          status={status}
          snapshot={snapshot}
          threshold={settings.watchedThreshold}
          onCheck={onCheck}
          onStatus={(key, value) => void setStatus(db, key, value, Date.now())}
          weekUrl={(week) => browser.runtime.getURL(`/popup.html?week=${week}`)}
        />
      )}

      <PlanChanges history={readHistory(settings.planHistory)} />

      <NotesSection roadmap={ROADMAP} />

      <section aria-labelledby="after-heading">
        <h2 id="after-heading">After the roadmap</h2>
        <p>Skills that help once the 24 weeks are done.</p>
        <ul className="after">
          {ROADMAP.afterRoadmap.map((skill) => (
            <li key={skill.id}>
              <TickBox
                label={skill.title}
                checked={snapshot.checks.get(checkKey(skill.id)) === true}
                onChange={(done) => onCheck(checkKey(skill.id), done)}
              />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

/** The plan's changes of dates, newest first; the latest can be undone. */
function PlanChanges({ history }: { history: PlanChange[] }) {
  const [message, setMessage] = useState('');
  if (history.length === 0 && !message) return null;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes to your plan</h2>
      <ul>
        {[...history].reverse().map((change) => (
          <li key={change.at}>
            {spellDay(new Date(change.at), 'short', true)}:{' '}
            {change.kind === 'spread'
              ? `the work carried over shared out from week ${change.spread?.fromWeek ?? '?'}`
              : `${
                  change.kind === 'catch-up'
                    ? 'a catch-up week'
                    : `moved out by ${change.weeks} week${change.weeks === 1 ? '' : 's'}`
                } (week 1 from ${spellIsoDay(change.from)} to ${spellIsoDay(change.to)})`}
          </li>
        ))}
      </ul>
      {history.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void undoReplanNow().then((undone) =>
              setMessage(
                undone
                  ? 'The latest change was undone.'
                  : 'The start date was changed since: set it in the settings instead.',
              ),
            )
          }
        >
          Undo the latest change
        </button>
      )}
      <p role="status" className="hint">
        {message}
      </p>
    </section>
  );
}

/** This week's review, always available here (the popup shows it once). */
function DashboardReview(props: {
  startDate: string;
  week: number;
  snapshot: ProgressSnapshot;
  goal: number;
  today: Date;
}) {
  const daily = useLiveQuery(() => getDb().daily.toArray(), []);
  if (!daily) return null;
  const review = weeklyReview(
    ROADMAP,
    props.startDate,
    props.week,
    props.snapshot,
    toDailyMinutes(daily),
    props.goal,
    props.today,
  );
  return review ? <ReviewCard review={review} goalMinutes={props.goal} /> : null;
}

/** When the learner would finish at their pace: shown only when turned on in the settings. */
function FinishForecast(props: { startDate: string; snapshot: ProgressSnapshot; today: Date }) {
  const done = useLiveQuery(() => doneTimes(), []);
  if (!done) return null;
  const left = unitsLeft(ROADMAP, props.snapshot);
  const result = forecast(done, left, props.startDate, props.today);
  return (
    <section aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">When you would finish</h2>
      <p>
        {result
          ? `At your pace of the last ${result.weeks} week${result.weeks === 1 ? '' : 's'} (about ${Math.round(result.perWeek)} a week), you would finish around ${spellIsoDay(result.from)} – ${spellIsoDay(result.to)}.`
          : 'Not enough to go on yet: a forecast needs a whole week of the plan and some progress in the last weeks.'}
      </p>
      <p className="hint">
        How: the videos, lessons, pages and steps left in the items whose size is known ({left}
        ), divided by how many you did per week in the last weeks (up to four), give or take a
        quarter (less as more weeks are known). A range, not a promise.
      </p>
    </section>
  );
}
