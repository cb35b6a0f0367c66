interface Props {
  label: string;
  value: number;
  /** null: the size is not known yet, shown as an indeterminate bar. */
  max: number | null;
  unit: string;
}

/** A progress bar that screen readers read in the item's own unit. */
export function ProgressBar({ label, value, max, unit }: Props) {
  const known = max !== null && max > 0;
  const percent = known ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      {...(known ? { 'aria-valuenow': Math.min(value, max), 'aria-valuemax': max } : {})}
      aria-valuetext={
        known ? `${value} of ${max} ${unit}` : `${value} ${unit}, total not known yet`
      }
    >
      <div
        className={known ? 'progress-fill' : 'progress-fill unknown'}
        style={{ width: `${known ? percent : 100}%` }}
      />
    </div>
  );
}
