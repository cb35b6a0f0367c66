import { browser } from 'wxt/browser';
import { readSiteCheck, recordCheck, type Reader, type SiteCheck } from '../sites/site-check';

/** The site check lives in the extension's local storage: diagnostic, never synced or backed up. */
export const SITE_CHECK_KEY = 'siteCheck';

export async function loadSiteCheck(): Promise<SiteCheck> {
  const stored = await browser.storage.local.get(SITE_CHECK_KEY);
  return readSiteCheck(stored[SITE_CHECK_KEY]);
}

/** Records reader outcomes one after another (two pages may report at once). */
export function siteCheckRecorder(now: () => number) {
  let queue: Promise<unknown> = Promise.resolve();
  return (reader: Reader, ok: boolean, page: string, found?: Record<string, number>) => {
    const write = queue.then(async () => {
      const state = await loadSiteCheck();
      const next = recordCheck(state, reader, ok, page, now(), found);
      // A success after a success changes only its time: written at most once a minute.
      const before = state[reader];
      if (ok && before?.failStreak === 0 && before.lastOk && now() - before.lastOk < 60_000) return;
      await browser.storage.local.set({ [SITE_CHECK_KEY]: next });
    });
    queue = write.catch(() => undefined);
    return write;
  };
}
