import { useEffect, useId, useState } from 'react';

interface Props {
  label: React.ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Keep the label for screen readers only (the row shows the title already). */
  hideLabel?: boolean;
}

/**
 * A checkbox whose state comes from the database: it shows the learner's click at once
 * and follows the stored value as soon as the write lands.
 */
export function TickBox({ label, checked, onChange, disabled, hideLabel }: Props) {
  const id = useId();
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => {
    if (pending !== null && pending === checked) setPending(null);
  }, [checked, pending]);
  return (
    <>
      <input
        type="checkbox"
        id={id}
        checked={pending ?? checked}
        disabled={disabled}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setPending(next);
          onChange(next);
        }}
      />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
    </>
  );
}
