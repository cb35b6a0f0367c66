import { useEffect, useState } from 'react';

let painted: Promise<void> | undefined;

/**
 * Settles once the page's first render has been painted (a frame, then the task after it), or
 * after `FALLBACK_MS` in a tab that draws no frames (hidden). Module loads and database reads
 * that the first screen does not need wait for it: each module file costs the page's thread a
 * few milliseconds, and queued behind the render they held the first paint back (issue 33).
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, FALLBACK_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
  return painted;
}

const FALLBACK_MS = 200;

/** False for a page's first render, true once it has been painted (see afterFirstPaint). */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
