import { t } from '../lib/i18n/i18n';
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
}

interface Figures {
  studiedMs: number;
  leftSeconds: number;
  unknown: number;
}

/** Today's slice of the week, what today's videos take, and what was studied today. */
export function TodayCard({ plan, day, goalMinutes, speed }: Props) {
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
              <span className="today-item">{titleOf(part.resource)}</span>: {part.what}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        {videoTime && `${videoTime} `}
        {studied !== null && t('studiedToday', { minutes: studied, goal: goalMinutes })}
      </p>
    </section>
  );
}
