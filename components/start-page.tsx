import { useEffect, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { takeEarlyRows } from '../lib/db/early-read';
import { loadCatalogue } from '../lib/i18n/i18n';
import { interfaceLanguage } from '../lib/browser/interface-language';
import { fromEarlyRows, type Progress } from '../lib/progress/snapshot-from-rows';
import { watchStorage } from './StorageProblem';
import { takeOver } from '../lib/browser/prepaint';

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
      const container = document.getElementById('root')!;
      const first = render(fromEarlyRows(rows));
      // The popup may show its kept first screen already (lib/prepaint/popup-view.ts): the
      // same render of the same rows, so React hydrates it (the elements stay, and a focus or
      // a click on them with them), then does what was clicked before it was there.
      const kept = takeOver(globalThis, document);
      if (kept.painted) {
        const root = hydrateRoot(container, <Committed onCommit={kept.after}>{first}</Committed>, {
          // A screen that differs after all (not expected: what only the page knows, such as
          // the news of a completion, comes after this render) is drawn again by React.
          onRecoverableError: () => undefined,
        });
        watchStorage(root);
        return;
      }
      const root = createRoot(container);
      // Rendered now, in this task, rather than in one React schedules: the rows are here and
      // the page has nothing else to do, so its first paint already holds the checklist
      // (measured: the render's end comes ~20 ms sooner with two years of history).
      flushSync(() => root.render(first));
      watchStorage(root);
    },
  );
}

/** Calls `onCommit` once, after its children's first render is on the page. */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit, [onCommit]);
  return children;
}
