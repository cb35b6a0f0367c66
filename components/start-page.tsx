import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { takeEarlyRows } from '../lib/db/early-read';
import { loadCatalogue } from '../lib/i18n/i18n';
import { interfaceLanguage } from '../lib/browser/interface-language';
import { fromEarlyRows, type Progress } from '../lib/progress/snapshot-from-rows';
import { watchStorage } from './StorageProblem';

export type EarlyState = Progress | null;

/**
 * Renders a page once the early read has answered (or after `waitMs`, whichever is first), so
 * the first render already shows the learner's progress instead of "Loading…".
 */
export function startPage(render: (early: EarlyState) => ReactNode, waitMs = 250): void {
  // The browser's language is known at once: its catalogue loads while the rows are read.
  void loadCatalogue(interfaceLanguage());
  void takeEarlyRows(globalThis as unknown as Record<string, unknown>, waitMs).then(
    async (rows) => {
      // The first paint speaks the learner's language: its catalogue first, if another.
      await loadCatalogue(interfaceLanguage(rows?.settings?.uiLanguage));
      const root = createRoot(document.getElementById('root')!);
      // Rendered now, in this task, rather than in one React schedules: the rows are here and
      // the page has nothing else to do, so its first paint already holds the checklist
      // (measured: the render's end comes ~20 ms sooner with two years of history).
      flushSync(() => root.render(render(fromEarlyRows(rows))));
      watchStorage(root);
    },
  );
}
