import { useState } from 'react';
import type { LanguageTrack } from '../data/roadmap-types';
import { language, t } from '../lib/i18n/i18n';
import { toIsoDay, parseIsoDay } from '../lib/plan/calendar';
import { askSyncConsent } from '../lib/browser/sync-consent';

interface Props {
  /**
   * `sync`: the learner accepted the one-time offer to sync across their browsers; `track`:
   * the playlists they will watch (Hindi is offered first to a learner reading Hindi).
   */
  onStart: (startDate: string, sync: boolean, track: LanguageTrack) => void;
}

/** First open: the plan needs a start date before it can say which week it is. */
export function StartPrompt({ onStart }: Props) {
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
      <button
        type="button"
        className="primary"
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
    </section>
  );
}
