import { useEffect, useState } from 'react';
import type { Progress } from '../lib/progress/snapshot-from-rows';

/**
 * The settings and snapshot, live, for the popup and the dashboard. Dexie is loaded only after
 * the first render, which shows `early` (from the early read): the first paint does not wait
 * for ~100 KB of database code it does not need yet.
 */
export function useLiveProgress(early: Progress | null): Progress | undefined {
  const [progress, setProgress] = useState<Progress | undefined>(early ?? undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('../lib/db/live-progress').then(({ watchProgress }) => {
      if (stopped) return;
      stop = watchProgress(setProgress, (error) => console.error('Progress query failed', error));
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);
  return progress;
}

/** Page writes, loaded on first use (by then the live query has loaded them already). */
export const pageActions = () => import('../lib/db/page-actions');
