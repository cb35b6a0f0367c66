import { t, tn } from '../lib/i18n/i18n';
import { ProgressBar } from './ProgressBar';
import { titleOf } from '../lib/i18n/roadmap-words';
import { useEffect, useState } from 'react';
import { videoTimeText, type TodayPlan } from '../lib/plan/today';
import { pageActions } from './use-live-progress';

interface Props {
  plan: TodayPlan;
  /** Today as `YYYY-MM-DD` (the day the popup opened). */
  day: string;
  goalMinutes: number;
  /** The learner's usual playback speed, once measured. */
  speed: number | null;
  /** Days in a row the goal was met (0: none), once known. */
  streak?: number;
  /** Opens a row's video or page (focusing its tab if it is open). */
  onOpen?: (url: string) => void;
}

interface Figures {
  studiedMs: number;
  leftSeconds: number;
  unknown: number;
}

/** Today's slice of the week, what today's videos take, and what was studied today. */
export function TodayCard({ plan, day, goalMinutes, speed, streak, onOpen }: Props) {
  const videoIds = plan.parts.flatMap((p) => p.videos.map((v) => v.videoId));
  const key = videoIds.join();
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    let live = true;
    void pageActions()
      .then((a) => a.todayFigures(key ? key.split(',') : [], day))
      .then((f) => live && setFigures(f))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, day]);
  const studied = figures ? Math.round(figures.studiedMs / 60_000) : null;
  const videoTime = figures ? videoTimeText(figures.leftSeconds, figures.unknown, speed) : '';
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('today')}</h2>
      {plan.restDay ? (
        <p>{t('restDay')}</p>
      ) : plan.parts.length === 0 ? (
        <p>{t('todayDone')}</p>
      ) : (
        <ul>
          {plan.parts.map((part) => (
            <li key={part.resource.id}>
              <a
                href={part.url}
                target="_blank"
                rel="noreferrer"
                onClick={(event) => {
                  if (!onOpen) return;
                  event.preventDefault();
                  onOpen(part.url);
                }}
              >
                <span className="today-item">{titleOf(part.resource)}</span>: {part.what}
              </a>
            </li>
          ))}
        </ul>
      )}
      {videoTime && <p className="hint">{videoTime}</p>}
      {studied !== null && (
        <div className={`today-minutes${studied >= goalMinutes ? ' met' : ''}`}>
          <ProgressBar
            label={t('todayMinutesLabel')}
            value={studied}
            max={Math.max(1, goalMinutes)}
            unit={t('minutesUnit')}
          />
          <p className="hint">
            {studied >= goalMinutes
              ? t('goalMet', { minutes: studied })
              : t('studiedToday', { minutes: studied, goal: goalMinutes })}
            {streak ? tn('todayStreak', streak) : ''}
          </p>
        </div>
      )}
    </section>
  );
}
