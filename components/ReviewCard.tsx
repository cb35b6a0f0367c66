import { t, tn } from '../lib/i18n/i18n';
import type { WeeklyReview } from '../lib/plan/review';

interface Props {
  review: WeeklyReview;
  goalMinutes: number;
  /** Absent: not dismissible (the dashboard keeps it). */
  onDismiss?: () => void;
}

/** How last week went, what carries over, and this week's plan. */
export function ReviewCard({ review, goalMinutes, onDismiss }: Props) {
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reviewHeading', { week: review.lastWeek })}</h2>
      <p>
        {t('reviewDone', {
          done: review.done,
          planned: review.planned,
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
      <ol className="review-days" aria-label={t('reviewDaysLabel', { week: review.lastWeek })}>
        {review.days.map((d) => (
          <li key={d.day}>
            {/* The day's name: its first word ("Tue", "मंगल"). */}
            <span>{d.label.split(/[\s,]/)[0]}</span> {d.minutes}
            <span className="visually-hidden">{t('minutesHidden')}</span>
          </li>
        ))}
      </ol>
      {review.carried.length > 0 && (
        <p>{t('reviewCarried', { items: review.carried.join(', ') })}</p>
      )}
      <p>
        {t('reviewThisWeek', {
          items: review.thisWeek.map((item) => `${item.title} (${item.target})`).join('; '),
        })}
      </p>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('gotIt')}
        </button>
      )}
    </section>
  );
}

/** The review as the popup shows it once a week: one line, opened on demand, then dismissed. */
export function ReviewBanner({ review, goalMinutes, onDismiss }: Required<Props>) {
  return (
    <details className="review-banner">
      <summary>
        {t('reviewBanner', {
          week: review.lastWeek,
          done: review.done,
          planned: review.planned,
          minutes: review.totalMinutes,
        })}
      </summary>
      <ReviewCard review={review} goalMinutes={goalMinutes} onDismiss={onDismiss} />
    </details>
  );
}
