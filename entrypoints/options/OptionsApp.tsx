import { useState } from 'react';
import type { LanguageTrack } from '../../data/roadmap-types';
import { getDb } from '../../lib/db/database';
import { updateSettings } from '../../lib/db/settings-repo';
import { resetProgress } from '../../lib/db/snapshot-repo';
import { parseIsoDay } from '../../lib/plan/calendar';
import { useSettings } from '../../components/use-progress';
import { TickBox } from '../../components/TickBox';
import { BackupSection } from '../../components/BackupSection';

export function OptionsApp() {
  const settings = useSettings();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  if (!settings) return <p className="loading">Loading…</p>;
  const db = getDb();
  const save = async (patch: Parameters<typeof updateSettings>[1], what: string) => {
    await updateSettings(db, patch, Date.now());
    setMessage(`${what} saved.`);
  };
  return (
    <main className="options">
      <h1>ML Roadmap Companion settings</h1>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your plan</h2>
        <label htmlFor="start-date">Start date (first day of week 1)</label>
        <input
          id="start-date"
          type="date"
          value={settings.startDate ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (parseIsoDay(value)) void save({ startDate: value }, 'Start date');
          }}
        />
        <label htmlFor="language">Video language</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) =>
            void save({ language: e.currentTarget.value as LanguageTrack }, 'Language')
          }
        >
          <option value="en">English</option>
          <option value="hi">Hindi (where the roadmap offers it)</option>
        </select>
        <p className="hint">Watching either language’s playlist counts for the same item.</p>
      </section>
      <section aria-labelledby="youtube-heading">
        <h2 id="youtube-heading">On YouTube</h2>
        <div className="inline">
          <TickBox
            label="Show the roadmap panel under the roadmap’s videos"
            checked={settings.companionPanel}
            onChange={(on) => void save({ companionPanel: on }, 'Companion panel setting')}
          />
        </div>
      </section>
      <BackupSection />
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset progress</h2>
        <p>Erases every watched video, tick and study minute. Your start date and language stay.</p>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-text" className="confirm">
            <p id="confirm-text">Erase all progress? This cannot be undone.</p>
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await resetProgress(db);
                setConfirming(false);
                setMessage('All progress was erased.');
              }}
            >
              Yes, erase all progress
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </section>
      <p role="status" className="status-note">
        {message}
      </p>
    </main>
  );
}
