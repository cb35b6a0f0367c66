import { t } from '../lib/i18n/i18n';

interface Props {
  label: string;
  value: number;
  max: number;
  unit: string;
  /** What is due by the end of this week, marked on the bar. */
  due?: number;
}

/**
 * A progress bar that screen readers read in the item's own unit. Only for a known quantity:
 * a one-off task gets its tick, an unknown size gets words (see ChecklistItem).
 */
export function ProgressBar({ label, value, max, unit, due }: Props) {
  const shown = Math.min(value, max);
  const percent = max > 0 ? Math.round((shown / max) * 100) : 0;
  const dueMark = due !== undefined && max > 0 && due > 0 && due < max;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuenow={shown}
      aria-valuemax={max}
      aria-valuetext={`${t('barValue', { value, max, unit })}${dueMark ? `; ${t('barDue', { due })}` : ''}`}
    >
      {percent > 0 && <div className="progress-fill" style={{ width: `${percent}%` }} />}
      {dueMark && (
        <div
          className="progress-due"
          style={{ left: `${Math.round((due / max) * 100)}%` }}
          title={t('barDue', { due })}
        />
      )}
    </div>
  );
}
