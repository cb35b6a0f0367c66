import { useState } from 'react';
import type { LanguageTrack } from '../data/roadmap-types';
import { language, t } from '../lib/i18n/i18n';
import { toIsoDay, parseIsoDay, startDayForWeek } from '../lib/plan/calendar';
import { askSyncConsent } from '../lib/browser/sync-consent';

interface Props {
  /**
   * `sync`: the learner accepted the one-time offer to sync across their browsers; `track`:
   * the playlists they will watch (Hindi is offered first to a learner reading Hindi).
   */
  onStart: (startDate: string, sync: boolean, track: LanguageTrack) => void;
  /** The plan's length, for "I'm already on week N". */
  totalWeeks: number;
}

/** First open: the plan needs a start date before it can say which week it is. */
export function StartPrompt({ onStart, totalWeeks }: Props) {
  const [week, setWeek] = useState(2);
  const weekValid = Number.isInteger(week) && week >= 1 && week <= totalWeeks;
  const [date, setDate] = useState(() => toIsoDay(new Date()));
  const valid = parseIsoDay(date) !== null;
  const [sync, setSync] = useState(false);
  const [hindi, setHindi] = useState(() => language() === 'hi');
  const track: LanguageTrack = hindi ? 'hi' : 'en';
  return (
    <section className="start" aria-labelledby="start-heading">
      <h1 id="start-heading">{t('welcome')}</h1>
      <p>{t('welcomeIntro')}</p>
      <p className="start-subhead">{t('countedForYou')}</p>
      <ul>
        <li>{t('countedVideos')}</li>
        <li>{t('countedSites')}</li>
        <li>{t('countedRest')}</li>
      </ul>
      <p className="hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd> {t('shortcutHint')} {t('privacyHint')}
      </p>
      <p className="inline">
        <input
          id="start-hindi"
          type="checkbox"
          checked={hindi}
          onChange={(e) => setHindi(e.currentTarget.checked)}
        />
        <label htmlFor="start-hindi">{t('startHindiTrack')}</label>
      </p>
      <p className="inline">
        <input
          id="start-sync"
          type="checkbox"
          checked={sync}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // Firefox asks its own consent for what sync shares, inside this click.
            if (!on) setSync(false);
            else void askSyncConsent().then(setSync);
          }}
          aria-describedby="start-sync-hint"
        />
        <label htmlFor="start-sync">{t('startSync')}</label>
      </p>
      <p id="start-sync-hint" className="hint">
        {t('startSyncHint')}
      </p>
      <button
        type="button"
        className="primary"
        // The one main action of a first open: Enter starts today.
        autoFocus
        onClick={() => onStart(toIsoDay(new Date()), sync, track)}
      >
        {t('startToday')}
      </button>
      <form
        className="other-date"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onStart(date, sync, track);
        }}
      >
        <label htmlFor="start-date">{t('pickStartDate')}</label>
        <input
          id="start-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
        />
        <button type="submit" disabled={!valid}>
          {t('startOnDate')}
        </button>
      </form>
      <form
        className="other-date"
        onSubmit={(e) => {
          e.preventDefault();
          if (weekValid) onStart(startDayForWeek(new Date(), week), sync, track);
        }}
      >
        <label htmlFor="start-week">{t('startOnWeekLabel')}</label>
        <input
          id="start-week"
          type="number"
          inputMode="numeric"
          min={1}
          max={totalWeeks}
          value={week}
          onChange={(e) => setWeek(e.currentTarget.valueAsNumber)}
          required
        />
        <button type="submit" disabled={!weekValid}>
          {t('startOnWeek')}
        </button>
      </form>
    </section>
  );
}
