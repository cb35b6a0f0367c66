import { useEffect, useState } from 'react';
import type { Progress } from '../lib/progress/snapshot-from-rows';
import { afterFirstPaint } from './after-first-paint';

type Live = typeof import('../lib/db/live-progress');

/** The live module's reads a page can watch by name. */
type LiveRead = 'progress' | 'dailyRows' | 'doneTimes';
type ReadValue<K extends LiveRead> = Awaited<ReturnType<Live[K]>>;

/**
 * What the live module's read `name` returns, live, for the extension's pages: `initial` until
 * the database answers. Dexie is loaded only once the first render is painted: that paint does
 * not wait for ~100 KB of database code (and its files) it does not need yet.
 */
export function useLiveRead<K extends LiveRead>(
  name: K,
  initial?: ReadValue<K>,
): ReadValue<K> | undefined {
  const [value, setValue] = useState<ReadValue<K> | undefined>(initial);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void afterFirstPaint()
      .then(() => import('../lib/db/live-progress'))
      .then((live) => {
        if (stopped) return;
        stop = live.watchQuery(
          live[name] as () => Promise<ReadValue<K>>,
          (next) => setValue(() => next),
          (error) => console.error(`Database query failed (${name})`, error),
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
export const useLiveProgress = (early: Progress | null): Progress | undefined =>
  useLiveRead('progress', early ?? undefined);

/** Page writes, loaded on first use (by then the live query has loaded them already). */
export const pageActions = () => import('../lib/db/page-actions');
