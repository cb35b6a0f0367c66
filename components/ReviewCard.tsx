import { t, tn } from '../lib/i18n/i18n';
import type { CSSProperties } from 'react';
import type { WeeklyReview } from '../lib/plan/review';
import { useEffect, useState } from 'react';
import { addDays } from 'date-fns';
import { parseIsoDay } from '../lib/plan/calendar';
import { reviewsBetween } from '../lib/notes/spaced-review';
import { afterFirstPaint } from './after-first-paint';

/**
 * How many notes were reviewed on the review's days, read after the card shows: the popup
 * loads the database (Dexie) only after its first paint.
 */
function useNotesReviewed(review: WeeklyReview): number | undefined {
  const first = review.days[0]?.day;
  const last = review.days[review.days.length - 1]?.day;
  const [count, setCount] = useState<number>();
  useEffect(() => {
    const from = first ? parseIsoDay(first) : null;
    const to = last ? parseIsoDay(last) : null;
    if (!from || !to) return;
    let live = true;
    void afterFirstPaint()
      .then(() => import('../lib/db/database'))
      .then(({ getDb }) => getDb().reviews.toArray())
      .then((reviews) => {
        if (live) setCount(reviewsBetween(reviews, from.getTime(), addDays(to, 1).getTime()));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [first, last]);
  return count;
}

interface Props {
  review: WeeklyReview;
  goalMinutes: number;
  /** Absent: not dismissible (the dashboard keeps it). */
  onDismiss?: () => void;
}

/**
 * How last week went, led by its planned units and percent (a week of 77 % is not "0 of 2
 * items"), its days as small bars against the goal, what carries over with what is left of
 * each, and this week's plan as a list.
 */
export function ReviewCard({ review, goalMinutes, onDismiss }: Props) {
  const reviewed = useNotesReviewed(review);
  const scale = Math.max(goalMinutes, ...review.days.map((d) => d.minutes), 1);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reviewHeading', { week: review.lastWeek })}</h2>
      <p>
        {t('reviewUnits', {
          done: review.unitsDone,
          planned: review.unitsPlanned,
          percent: review.percent,
          week: review.lastWeek,
          open: review.open.length > 0 ? t('reviewOpen', { items: review.open.join(', ') }) : '',
        })}
      </p>
      <p>
        {tn('reviewMinutes', review.goalDays, {
          minutes: review.totalMinutes,
          goal: goalMinutes,
          streak: review.streak > 0 ? tn('reviewStreak', review.streak) : '',
        })}
      </p>
      <ol
        className="review-days"
        aria-label={t('reviewDaysLabel', { week: review.lastWeek })}
        style={{ '--goal': `${(goalMinutes / scale) * 100}%` } as CSSProperties}
      >
        {review.days.map((d) => (
          <li key={d.day} className={d.minutes >= goalMinutes ? 'met' : undefined}>
            <span className="review-bar" aria-hidden="true">
              <span style={{ height: `${(d.minutes / scale) * 100}%` }} />
            </span>
            {/* The day's name: its first word ("Tue", "मंगल"). */}
            <span>{d.label.split(/[\s,]/)[0]}</span> {d.minutes}
            <span className="visually-hidden">{t('minutesHidden')}</span>
          </li>
        ))}
      </ol>
      {reviewed !== undefined && reviewed > 0 && <p>{tn('reviewedNotes', reviewed)}</p>}
      {review.carriedDetail.length > 0 && (
        <PlanList heading={t('reviewCarriedHeading')} items={review.carriedDetail} />
      )}
      <PlanList heading={t('reviewThisWeekHeading')} items={review.thisWeek} />
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('gotIt')}
        </button>
      )}
    </section>
  );
}

/** Items with what each asks ("Python tutorials: videos 5–7"), under a small heading. */
function PlanList({
  heading,
  items,
}: {
  heading: string;
  items: { title: string; target: string }[];
}) {
  return (
    <>
      <h3>{heading}</h3>
      <ul className="review-list">
        {items.map((item) => (
          <li key={item.title}>
            {item.title}: {item.target}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The review as the popup shows it once a week: one line, opened on demand, then dismissed. */
export function ReviewBanner({ review, goalMinutes, onDismiss }: Required<Props>) {
  return (
    <details className="review-banner">
      <summary>
        {t('reviewBannerUnits', {
          week: review.lastWeek,
          done: review.unitsDone,
          planned: review.unitsPlanned,
          percent: review.percent,
          minutes: review.totalMinutes,
        })}
      </summary>
      <ReviewCard review={review} goalMinutes={goalMinutes} onDismiss={onDismiss} />
    </details>
  );
}
