import { useEffect, useState } from 'react';
import type { Progress } from '../lib/progress/snapshot-from-rows';

type Live = typeof import('../lib/db/live-progress');
const loadLive = () => import('../lib/db/live-progress');

/** The live module's reads a page can watch by name. */
type LiveRead = 'dailyRows' | 'doneTimes';

/**
 * What the live module's read `name` returns, live, for the extension's pages. Dexie is loaded
 * only after the first render: the first paint does not wait for ~100 KB of database code it
 * does not need yet. `undefined` until the first answer.
 */
export function useLiveRead<K extends LiveRead>(name: K): Awaited<ReturnType<Live[K]>> | undefined {
  type Value = Awaited<ReturnType<Live[K]>>;
  const [value, setValue] = useState<Value | undefined>(undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void loadLive().then((live) => {
      if (stopped) return;
      stop = live.watchQuery(
        live[name] as () => Promise<Value>,
        (next) => setValue(() => next),
        (error) => console.error('Database query failed', error),
      );
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [name]);
  return value;
}

/**
 * The settings and snapshot, live, for the popup and the dashboard: `early` (from the early
 * read) until the database answers.
 */
export function useLiveProgress(early: Progress | null): Progress | undefined {
  const [progress, setProgress] = useState<Progress | undefined>(early ?? undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void loadLive().then(({ watchProgress }) => {
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
