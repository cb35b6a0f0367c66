import { askSyncConsent } from '../../lib/browser/sync-consent';
import type { FocusMode } from '../../lib/db/database';
import { t, type Language, type LanguageChoice, type MessageKey } from '../../lib/i18n/i18n';
import { interfaceLanguage, speak } from '../../lib/browser/interface-language';
import { useInterfaceLanguage } from '../../components/use-language';
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
import { SiteCheckSection } from '../../components/SiteCheckSection';
import { SyncSection } from '../../components/SyncSection';

const FOCUS_CHOICES: readonly (readonly [FocusMode, MessageKey])[] = [
  ['off', 'focusOff'],
  ['roadmap', 'focusRoadmap'],
  ['all', 'focusAll'],
];

/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी (Hindi)' };

export function OptionsApp() {
  const settings = useSettings();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  // The page lives for a while, but the week it shows at open is the one to start from.
  const [today] = useState(() => new Date());
  useInterfaceLanguage(settings?.uiLanguage, 'optionsTitle');
  if (!settings) return <p className="loading">{t('loading')}</p>;
  const db = getDb();
  /** Saves and says so; `what` may be worded after the save (in a language just chosen). */
  const save = async (
    patch: Parameters<typeof updateSettings>[1],
    what: string | (() => string),
  ) => {
    await updateSettings(db, patch, Date.now());
    // Said in the language just chosen, when the language is what changed.
    if (patch.uiLanguage) await speak(patch.uiLanguage);
    setMessage(t('savedWhat', { what: typeof what === 'string' ? what : what() }));
  };
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')}>{t('optionsWholePlan')}</a>
      </p>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('yourPlan')}</h2>
        <label htmlFor="ui-language">{t('interfaceLanguage')}</label>
        <select
          id="ui-language"
          value={settings.uiLanguage}
          onChange={(e) =>
            void save({ uiLanguage: e.currentTarget.value as LanguageChoice }, () =>
              t('whatInterfaceLanguage'),
            )
          }
        >
          <option value="auto">
            {t('interfaceAuto', {
              name: LANGUAGE_NAMES[interfaceLanguage()].split(' (')[0]!,
            })}
          </option>
          <option value="en">{LANGUAGE_NAMES.en}</option>
          <option value="hi">{LANGUAGE_NAMES.hi}</option>
        </select>
        <div className="field-row">
          <div>
            <label htmlFor="start-date">{t('startDateLabel')}</label>
            <input
              id="start-date"
              type="date"
              value={settings.startDate ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (parseIsoDay(value)) void save({ startDate: value }, t('whatStartDate'));
              }}
            />
          </div>
          <WeekJump
            // Re-mounted when the start date changes, so it shows the week the plan is in.
            key={settings.startDate ?? ''}
            current={
              settings.startDate ? weekToShow(weekStatus(settings.startDate, today, 24), 24) : 1
            }
            onJump={(week) =>
              void save(
                { startDate: startDayForWeek(new Date(), week) },
                t('whatWeekStart', { week }),
              )
            }
          />
        </div>
        <label htmlFor="language">{t('videoLanguage')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) =>
            void save({ language: e.currentTarget.value as LanguageTrack }, t('whatVideoLanguage'))
          }
        >
          <option value="en">{t('videoEnglish')}</option>
          <option value="hi">{t('videoHindi')}</option>
        </select>
        <p className="hint">{t('videoLanguageHint')}</p>
        <fieldset className="study-days">
          <legend>{t('studyDays')}</legend>
          <p className="hint">{t('studyDaysHint')}</p>
          {WEEKDAYS.map((key, i) => {
            const name = t(key);
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
                    if (days) void save({ studyDays: days }, t('studyDays'));
                  }}
                />
              </span>
            );
          })}
        </fieldset>
        <div className="inline">
          <TickBox
            label={t('forecastLabel')}
            checked={settings.forecastEnabled}
            onChange={(on) => void save({ forecastEnabled: on }, t('whatForecast'))}
          />
        </div>
        <div className="inline">
          <TickBox
            label={t('reviewSetting')}
            checked={settings.reviewEnabled !== false}
            onChange={(on) => void save({ reviewEnabled: on }, t('whatReview'))}
          />
        </div>
      </section>
      <section aria-labelledby="habits-heading">
        <h2 id="habits-heading">{t('goalsHeading')}</h2>
        <label htmlFor="daily-goal">{t('dailyGoalLabel')}</label>
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
              void save({ dailyGoalMinutes: value }, t('whatDailyGoal'));
          }}
        />
        <label htmlFor="threshold">{t('thresholdLabel')}</label>
        <select
          id="threshold"
          value={String(settings.watchedThreshold)}
          onChange={(e) =>
            void save({ watchedThreshold: Number(e.currentTarget.value) }, t('whatThreshold'))
          }
        >
          {[0.7, 0.8, 0.9, 0.95, 1].map((share) => (
            <option key={share} value={String(share)}>
              {t('thresholdOption', { percent: Math.round(share * 100) })}
            </option>
          ))}
        </select>
        <div className="inline">
          <TickBox
            label={t('reminderLabel')}
            checked={settings.reminderEnabled}
            onChange={(on) => {
              if (!on) return void save({ reminderEnabled: false }, t('whatReminder'));
              // Asked in the click itself: browsers allow the request only from a user gesture.
              void browser.permissions
                .request({ permissions: ['notifications'] })
                .then((granted) =>
                  granted
                    ? save({ reminderEnabled: true }, t('whatReminder'))
                    : setMessage(t('reminderNeedsPermission')),
                )
                .catch(() => setMessage(t('reminderRefused')));
            }}
          />
        </div>
        {settings.reminderEnabled && (
          <>
            <label htmlFor="reminder-time">{t('reminderTimeLabel')}</label>
            <input
              id="reminder-time"
              type="time"
              value={settings.reminderTime}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isReminderTime(value))
                  void save({ reminderTime: value }, t('whatReminderTime'));
              }}
            />
          </>
        )}
      </section>
      <section aria-labelledby="youtube-heading">
        <h2 id="youtube-heading">{t('onYouTube')}</h2>
        <div className="inline">
          <TickBox
            label={t('panelSetting')}
            checked={settings.companionPanel}
            onChange={(on) => void save({ companionPanel: on }, t('whatPanel'))}
          />
        </div>
        <fieldset>
          <legend>{t('focusLegend')}</legend>
          <p className="hint">{t('focusHint')}</p>
          {FOCUS_CHOICES.map(([mode, label]) => (
            <label key={mode} className="inline">
              <input
                type="radio"
                name="focus-mode"
                checked={settings.focusMode === mode}
                onChange={() => void save({ focusMode: mode }, t('whatFocus'))}
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
      </section>
      <SyncSection
        enabled={syncIsOn(settings)}
        onChange={(on) =>
          void (on ? askSyncConsent() : Promise.resolve(true)).then((allowed) =>
            !allowed
              ? setMessage(t('syncConsentRefused'))
              : save(
                  on ? { syncEnabled: true, syncConsentAt: Date.now() } : { syncEnabled: false },
                  t('whatSync'),
                ),
          )
        }
      />
      <BackupSection />
      <SiteCheckSection />
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('resetHeading')}</h2>
        <p>{t('resetText')}</p>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('resetButton')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-text" className="confirm">
            <p id="confirm-text">{t('resetConfirm')}</p>
            <button
              type="button"
              className="danger"
              onClick={async () => {
                await resetProgress(db, Date.now());
                setConfirming(false);
                setMessage(t('resetDone'));
              }}
            >
              {t('resetYes')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t('cancel')}
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
      <label htmlFor="week-jump">{t('weekJumpLabel')}</label>
      <input
        id="week-jump"
        type="number"
        min={1}
        max={24}
        value={week}
        onChange={(e) => setWeek(Number(e.currentTarget.value))}
      />
      <button type="submit">{t('weekJumpButton')}</button>
    </form>
  );
}

const WEEKDAYS: MessageKey[] = [
  'dayMonday',
  'dayTuesday',
  'dayWednesday',
  'dayThursday',
  'dayFriday',
  'daySaturday',
  'daySunday',
];
