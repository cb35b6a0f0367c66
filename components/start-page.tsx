import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeEarlyRows } from '../lib/db/early-read';
import { fromEarlyRows, type Progress } from '../lib/progress/snapshot-from-rows';

export type EarlyState = Progress | null;

/**
 * Renders a page once the early read has answered (or after `waitMs`, whichever is first), so
 * the first render already shows the learner's progress instead of "Loading…".
 */
export function startPage(render: (early: EarlyState) => ReactNode, waitMs = 250): void {
  void takeEarlyRows(globalThis as unknown as Record<string, unknown>, waitMs).then((rows) => {
    createRoot(document.getElementById('root')!).render(render(fromEarlyRows(rows)));
  });
}
