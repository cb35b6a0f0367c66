import type { ReactNode } from 'react';
import { useId, useState } from 'react';

interface Props {
  label: ReactNode;
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
  // The click, remembered with the stored value it changed: once storage moves, it wins.
  const [pending, setPending] = useState<{ value: boolean; from: boolean } | null>(null);
  const shown = pending && pending.from === checked ? pending.value : checked;
  return (
    <>
      <input
        type="checkbox"
        id={id}
        checked={shown}
        disabled={disabled}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setPending({ value: next, from: checked });
          onChange(next);
        }}
      />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
    </>
  );
}
