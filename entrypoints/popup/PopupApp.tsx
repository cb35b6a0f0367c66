import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { setCheck } from '../../lib/db/checks-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { weekStatus, weekToShow } from '../../lib/plan/calendar';
import { StartPrompt } from '../../components/StartPrompt';
import { WeekView } from '../../components/WeekView';
import { useSettings, useSnapshot } from '../../components/use-progress';

export function PopupApp() {
  const settings = useSettings();
  const snapshot = useSnapshot();
  const [browsedWeek, setBrowsedWeek] = useState<number | null>(null);
  // The popup lives for seconds: the day it opened on is today.
  const [today] = useState(() => new Date());
  if (!settings || !snapshot) return <p className="loading">Loading…</p>;
  const db = getDb();
  if (!settings.startDate) {
    return (
      <main className="popup">
        <StartPrompt onStart={(startDate) => void updateSettings(db, { startDate }, Date.now())} />
      </main>
    );
  }
  const status = weekStatus(settings.startDate, today, ROADMAP.totalWeeks);
  const week = browsedWeek ?? weekToShow(status, ROADMAP.totalWeeks);
  return (
    <main className="popup">
      <WeekView
        roadmap={ROADMAP}
        startDate={settings.startDate}
        status={status}
        week={week}
        snapshot={snapshot}
        onWeekChange={setBrowsedWeek}
        onCheck={(key, done) => void setCheck(db, key, done, Date.now())}
      />
      <footer className="popup-footer">
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
