import type { FocusMode } from '../../lib/db/database';
import { useState } from 'react';
import type { LanguageTrack } from '../../data/roadmap-types';
import { getDb } from '../../lib/db/database';
import { syncIsOn, updateSettings } from '../../lib/db/settings-repo';
import { resetProgress } from '../../lib/db/snapshot-repo';
import { parseIsoDay, startDayForWeek, weekStatus, weekToShow } from '../../lib/plan/calendar';
import { isReminderTime } from '../../lib/habits/reminder';
import { browser } from 'wxt/browser';
import { useSettings } from '../../components/use-progress';
import { TickBox } from '../../components/TickBox';
import { BackupSection } from '../../components/BackupSection';
import { SyncSection } from '../../components/SyncSection';

const FOCUS_CHOICES: readonly (readonly [FocusMode, string])[] = [
  ['off', 'Off'],
  ['roadmap', 'On the roadmap’s videos'],
  ['all', 'On the roadmap’s videos, and on all of YouTube until today’s goal is met'],
];

export function OptionsApp() {
  const settings = useSettings();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  // The page lives for a while, but the week it shows at open is the one to start from.
  const [today] = useState(() => new Date());
  if (!settings) return <p className="loading">Loading…</p>;
  const db = getDb();
  const save = async (patch: Parameters<typeof updateSettings>[1], what: string) => {
    await updateSettings(db, patch, Date.now());
    setMessage(`${what} saved.`);
  };
  return (
    <main className="options">
      <h1>ML Roadmap Companion settings</h1>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')}>Your whole plan and history</a>
      </p>
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
        <fieldset className="study-days">
          <legend>Study days</legend>
          <p className="hint">Today’s share of the week is spread over these days.</p>
          {WEEKDAYS.map((name, i) => {
            const digit = String(i + 1);
            const on = settings.studyDays.includes(digit);
            return (
              <span key={digit} className="inline">
                <TickBox
                  label={name}
                  checked={on}
                  // At least one day: the week's work has to fit somewhere.
                  disabled={on && settings.studyDays.length === 1}
                  onChange={(checked) => {
                    const days = [...'1234567']
                      .filter((d) => (d === digit ? checked : settings.studyDays.includes(d)))
                      .join('');
                    if (days) void save({ studyDays: days }, 'Study days');
                  }}
                />
              </span>
            );
          })}
        </fieldset>
        <div className="inline">
          <TickBox
            label="Show when I would finish at my pace (a range of dates, on the dashboard)"
            checked={settings.forecastEnabled}
            onChange={(on) => void save({ forecastEnabled: on }, 'Forecast setting')}
          />
        </div>
        <WeekJump
          // Re-mounted when the start date changes, so it shows the week the plan is in.
          key={settings.startDate ?? ''}
          current={
            settings.startDate ? weekToShow(weekStatus(settings.startDate, today, 24), 24) : 1
          }
          onJump={(week) =>
            void save({ startDate: startDayForWeek(new Date(), week) }, `Week ${week}: start date`)
          }
        />
      </section>
      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading">Goals and reminders</h2>
        <label htmlFor="daily-goal">Daily goal (minutes of study)</label>
        <input
          id="daily-goal"
          type="number"
          min={5}
          max={600}
          step={5}
          defaultValue={settings.dailyGoalMinutes}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isInteger(value) && value >= 5 && value <= 600)
              void save({ dailyGoalMinutes: value }, 'Daily goal');
          }}
        />
        <label htmlFor="threshold">A video counts as watched from</label>
        <select
          id="threshold"
          value={String(settings.watchedThreshold)}
          onChange={(e) =>
            void save({ watchedThreshold: Number(e.currentTarget.value) }, 'Watched threshold')
          }
        >
          {[0.7, 0.8, 0.9, 0.95, 1].map((t) => (
            <option key={t} value={String(t)}>
              {Math.round(t * 100)}% of it played
            </option>
          ))}
        </select>
        <div className="inline">
          <TickBox
            label="Remind me daily when I have not reached my goal"
            checked={settings.reminderEnabled}
            onChange={(on) => {
              if (!on) return void save({ reminderEnabled: false }, 'Reminder');
              // Asked in the click itself: browsers allow the request only from a user gesture.
              void browser.permissions
                .request({ permissions: ['notifications'] })
                .then((granted) =>
                  granted
                    ? save({ reminderEnabled: true }, 'Reminder')
                    : setMessage(
                        'The reminder needs permission to show notifications; it stays off.',
                      ),
                )
                .catch(() =>
                  setMessage('The browser did not allow notifications; the reminder stays off.'),
                );
            }}
          />
        </div>
        <label htmlFor="reminder-time">Reminder time</label>
        <input
          id="reminder-time"
          type="time"
          disabled={!settings.reminderEnabled}
          aria-describedby="reminder-time-hint"
          value={settings.reminderTime}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isReminderTime(value)) void save({ reminderTime: value }, 'Reminder time');
          }}
        />
        {!settings.reminderEnabled && (
          <p id="reminder-time-hint" className="hint">
            Turn the reminder on to choose its time.
          </p>
        )}
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
        <fieldset>
          <legend>Focus mode on YouTube</legend>
          <p className="hint">
            Hides recommendations, Shorts shelves, comments and end-screen cards. The player, its
            controls and the playlist stay.
          </p>
          {FOCUS_CHOICES.map(([mode, label]) => (
            <label key={mode} className="inline">
              <input
                type="radio"
                name="focus-mode"
                checked={settings.focusMode === mode}
                onChange={() => void save({ focusMode: mode }, 'Focus mode')}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </section>
      <SyncSection
        enabled={syncIsOn(settings)}
        onChange={(on) =>
          void save(
            on ? { syncEnabled: true, syncConsentAt: Date.now() } : { syncEnabled: false },
            'Sync setting',
          )
        }
      />
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
                await resetProgress(db, Date.now());
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
      {/* Fixed at the bottom of the window: seen wherever the change was made. */}
      <p role="status" className={message ? 'toast' : 'toast empty'}>
        {message}
      </p>
    </main>
  );
}

/** "I'm on week N": moves the start date so that today is in week N. */
function WeekJump({ current, onJump }: { current: number; onJump: (week: number) => void }) {
  const [week, setWeek] = useState(current);
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        if (week >= 1 && week <= 24) onJump(week);
      }}
    >
      <label htmlFor="week-jump">I’m on week</label>
      <input
        id="week-jump"
        type="number"
        min={1}
        max={24}
        value={week}
        onChange={(e) => setWeek(Number(e.currentTarget.value))}
      />
      <button type="submit">Set my week</button>
    </form>
  );
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
