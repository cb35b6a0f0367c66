import { useEffect, useState } from 'react';
import type { LiveProgress } from '../lib/db/live-progress';

/**
 * The settings and snapshot, live. Dexie is loaded only after the first render, which shows
 * `early` (from the early read): the popup's first paint does not wait for ~100 KB of
 * database code it does not need yet.
 */
export function useLiveProgress(early: LiveProgress | null): LiveProgress | undefined {
  const [progress, setProgress] = useState<LiveProgress | undefined>(early ?? undefined);
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
