import { t, tn } from '../lib/i18n/i18n';
import { formatDayRange, spellIsoDay } from '../lib/plan/calendar';
import type { ResumePreview } from '../lib/plan/resume';

interface Props {
  preview: ResumePreview;
  totalWeeks: number;
  /** Whole weeks since the learner last studied (0 or null: not away). */
  away: number | null;
  onApply: () => void;
  /** The other ways to re-plan (while the plan's weeks are not over). */
  onOther?: () => void;
}

/**
 * For a learner who fell behind or ran past the plan's end: where they really are, and one
 * move, previewed, that makes this week the week of their earliest unfinished work.
 */
export function ResumeCard({ preview, totalWeeks, away, onApply, onOther }: Props) {
  const week = preview.weekAfter;
  return (
    <section className="resume" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{preview.pastEnd ? t('resumeEndedHeading') : t('resumeWelcome')}</h2>
      <p>
        {preview.pastEnd
          ? t('resumeEnded', {
              total: String(totalWeeks),
              end: spellIsoDay(preview.endBefore),
              week,
            })
          : away
            ? tn('resumeAway', away, { week })
            : t('resumeBehind', { week, now: preview.weekNow })}
      </p>
      <p className="hint">
        {t('resumePreview', {
          week,
          dates: formatDayRange(preview.first, preview.last),
          end: spellIsoDay(preview.endAfter),
        })}
      </p>
      <div className="resume-actions">
        <button type="button" className="primary" onClick={onApply}>
          {preview.pastEnd ? tn('resumeExtend', preview.weeks) : t('resumeAction', { week })}
        </button>
        {onOther && (
          <button type="button" className="link" onClick={onOther}>
            {t('resumeOther')}
          </button>
        )}
      </div>
    </section>
  );
}
