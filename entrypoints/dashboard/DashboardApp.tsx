import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { setCheck, setStatus } from '../../lib/db/checks-repo';
import { weekStatus } from '../../lib/plan/calendar';
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
