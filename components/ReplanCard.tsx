import { t, tn } from '../lib/i18n/i18n';
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
      <h2 id="replan-heading">{t('replanAgain')}</h2>
      <p className="hint">{t('replanHint')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('replanHow')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'shift'}
            onChange={() => setKind('shift')}
          />
          {t('replanShiftBefore')}{' '}
          <input
            type="number"
            aria-label={t('replanShiftWeeksLabel')}
            min={1}
            max={MAX_SHIFT_WEEKS}
            value={weeks}
            onFocus={() => setKind('shift')}
            onChange={(e) => setWeeks(Number(e.currentTarget.value))}
          />{' '}
          {t('replanShiftAfter')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'catch-up'}
            onChange={() => setKind('catch-up')}
          />
          {t('replanCatchUp')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="replan"
            checked={kind === 'spread'}
            disabled={!spread}
            onChange={() => setKind('spread')}
          />
          {t('replanSpread')}
        </label>
      </fieldset>
      <p className="replan-preview" role="status">
        {kind === 'spread'
          ? spread
            ? t('replanSpreadPreview', {
                items: tn('replanSpreadItems', spread.items),
                weeks: tn('replanSpreadWeeks', spread.weeks),
                perweek: tn('replanSpreadPerWeek', spread.perWeek),
                end: spellIsoDay(weekDates(startDate, totalWeeks).last),
              })
            : t('replanNothingToSpread')
          : preview
            ? t('replanPreview', {
                after: preview.weekAfter,
                dates: formatDayRange(preview.first, preview.last),
                before: preview.weekBefore,
                end: spellIsoDay(preview.endAfter),
                oldend: spellIsoDay(preview.endBefore),
              })
            : t('replanTooFar')}
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
          {t('replanApply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </p>
    </section>
  );
}
