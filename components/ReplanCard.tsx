import { useState } from 'react';
import { formatDayRange, spellIsoDay, weekDates } from '../lib/plan/calendar';
import type { SpreadPreview } from '../lib/plan/spread';
import { MAX_SHIFT_WEEKS, previewReplan, type ReplanKind } from '../lib/plan/replan';

interface Props {
  startDate: string;
  today: Date;
  totalWeeks: number;
  /** Sharing out what is carried over, if there is something to share. */
  spread: SpreadPreview | null;
  onApply: (kind: ReplanKind, weeks: number) => void;
  onClose: () => void;
}

/**
 * Choosing a new plan when behind: the rest of the plan moves out by some weeks, or one week
 * is taken to catch up. Each choice is previewed (the week today, its dates, the new end)
 * before it is applied; progress is never touched, and the change can be undone.
 */
export function ReplanCard({ startDate, today, totalWeeks, spread, onApply, onClose }: Props) {
  const [kind, setKind] = useState<ReplanKind>('shift');
  const [weeks, setWeeks] = useState(2);
  const preview =
    kind === 'spread' ? null : previewReplan(startDate, today, kind, weeks, totalWeeks);
  const canApply = kind === 'spread' ? spread !== null : preview !== null;
  return (
    <section className="replan" aria-labelledby="replan-heading">
      <h2 id="replan-heading">Plan the weeks ahead again</h2>
      <p className="hint">Only the dates change: everything you did stays done.</p>
      <fieldset>
        <legend className="visually-hidden">How</legend>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'shift'}
            onChange={() => setKind('shift')}
          />
          Move the rest of the plan out by{' '}
          <input
            type="number"
            aria-label="Weeks to move the plan out by"
            min={1}
            max={MAX_SHIFT_WEEKS}
            value={weeks}
            onFocus={() => setKind('shift')}
            onChange={(e) => setWeeks(Number(e.currentTarget.value))}
          />{' '}
          weeks
        </label>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'catch-up'}
            onChange={() => setKind('catch-up')}
          />
          Take a catch-up week now (the plan moves out by one week)
        </label>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'spread'}
            disabled={!spread}
            onChange={() => setKind('spread')}
          />
          Spread what is carried over across the weeks left (the end date stays)
        </label>
      </fieldset>
      <p className="replan-preview" role="status">
        {kind === 'spread'
          ? spread
            ? `The ${spread.items} item${spread.items === 1 ? '' : 's'} carried over would be shared out over the ${spread.weeks} week${spread.weeks === 1 ? '' : 's'} left: about ${spread.perWeek} more video${spread.perWeek === 1 ? '' : 's'}, lesson${spread.perWeek === 1 ? '' : 's'} or page${spread.perWeek === 1 ? '' : 's'} a week; the plan still ends on ${spellIsoDay(weekDates(startDate, totalWeeks).last)}.`
            : 'Nothing carried over has a known size to share out.'
          : preview
            ? `You would be in week ${preview.weekAfter} (${formatDayRange(preview.first, preview.last)}) instead of week ${preview.weekBefore}; the plan would end on ${spellIsoDay(preview.endAfter)} instead of ${spellIsoDay(preview.endBefore)}.`
            : 'This would move the plan before its first week: choose fewer weeks.'}
      </p>
      <p className="replan-actions">
        <button
          type="button"
          className="primary"
          disabled={!canApply}
          onClick={() =>
            kind === 'spread'
              ? onApply('spread', 0)
              : preview && onApply(preview.kind, preview.weeks)
          }
        >
          Apply the new plan
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </p>
    </section>
  );
}
