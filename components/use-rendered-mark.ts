import { useEffect } from 'react';

/** The benchmark reads this mark: the time from opening a page to its first usable content. */
export function useRenderedMark(name = 'checklist-rendered'): void {
  useEffect(() => {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  }, [name]);
}
