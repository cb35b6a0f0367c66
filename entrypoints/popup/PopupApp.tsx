import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { weekChecklist } from '../../lib/plan/checklist';
import { paceOf } from '../../lib/plan/pace';
import { planFor } from '../../lib/plan/plan-for';
import { openOrFocus } from '../../lib/service/open-resource';
import { browserTabs } from '../../lib/browser/tabs-api';
import { ContinueCard } from '../../components/ContinueCard';
import { StartPrompt } from '../../components/StartPrompt';
import { WeekView } from '../../components/WeekView';
import { pageActions, useLiveProgress } from '../../components/use-live-progress';
import type { EarlyState } from '../../components/start-page';

export function PopupApp({ early }: { early: EarlyState }) {
  const progress = useLiveProgress(early);
  // The dashboard's week links open this page on that week (`?week=N`).
  const [browsedWeek, setBrowsedWeek] = useState<number | null>(() => {
    const week = Number(new URLSearchParams(window.location.search).get('week'));
    return Number.isInteger(week) && week >= 1 && week <= ROADMAP.totalWeeks ? week : null;
  });
  // The popup lives for seconds: the day it opened on is today.
  const [today] = useState(() => new Date());
  if (!progress) return <p className="loading">Loading…</p>;
  const { settings, snapshot } = progress;
  if (!settings.startDate) {
    return (
      <main className="popup">
        <StartPrompt
          onStart={(startDate, sync) => void pageActions().then((a) => a.startOn(startDate, sync))}
        />
      </main>
    );
  }
  const plan = planFor(ROADMAP, settings.startDate, today, snapshot);
  const week = browsedWeek ?? plan.week;
  const onCurrentWeek = week === plan.week;
  const entries = onCurrentWeek ? plan.entries : weekChecklist(ROADMAP, week, snapshot);
  const pace = plan.status.state === 'active' ? paceOf(plan.entries) : null;
  return (
    <main className="popup">
      <WeekView
        roadmap={ROADMAP}
        startDate={settings.startDate}
        status={plan.status}
        week={week}
        snapshot={snapshot}
        entries={entries}
        onWeekChange={setBrowsedWeek}
        onCheck={(key, done) => void pageActions().then((a) => a.tick(key, done))}
      >
        {onCurrentWeek && (
          <ContinueCard
            next={plan.next}
            pace={pace}
            onContinue={async (url) => {
              await openOrFocus(browserTabs, url);
              window.close();
            }}
            onReplan={() => {
              void openOrFocus(browserTabs, browser.runtime.getURL('/dashboard.html'));
              window.close();
            }}
          />
        )}
      </WeekView>
      <footer className="popup-footer">
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          Whole plan and history
        </a>
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </footer>
    </main>
  );
}
