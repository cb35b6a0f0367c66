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
      <h2 id="review-heading">Week {review.lastWeek} in review</h2>
      <p>
        {review.done} of {review.planned} items of week {review.lastWeek} have their share done
        {review.open.length > 0 ? ` (still open: ${review.open.join(', ')})` : ''}.
      </p>
      <p>
        {review.totalMinutes} minutes studied; the goal of {goalMinutes} reached on{' '}
        {review.goalDays} day{review.goalDays === 1 ? '' : 's'}
        {review.streak > 0
          ? `; a streak of ${review.streak} day${review.streak === 1 ? '' : 's'}`
          : ''}
        .
      </p>
      <ol className="review-days" aria-label={`Minutes each day of week ${review.lastWeek}`}>
        {review.days.map((d) => (
          <li key={d.day}>
            <span>{d.label.slice(0, 3)}</span> {d.minutes}
            <span className="visually-hidden"> minutes</span>
          </li>
        ))}
      </ol>
      {review.carried.length > 0 && <p>Carried over: {review.carried.join(', ')}.</p>}
      <p>
        This week: {review.thisWeek.map((item) => `${item.title} (${item.target})`).join('; ')}.
      </p>
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          Got it
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
        Week {review.lastWeek} in review: {review.done} of {review.planned} items,{' '}
        {review.totalMinutes} min
      </summary>
      <ReviewCard review={review} goalMinutes={goalMinutes} onDismiss={onDismiss} />
    </details>
  );
}
