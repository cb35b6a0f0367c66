/**
 * The site check: whether each page reader found what it expects on the roadmap's pages, so
 * that a site that changed its markup is said plainly ("YouTube's playlist page has changed")
 * instead of tracking silently stopping. Kept in this browser only, with no address and no
 * personal data: per reader, when it last read a page and when it last failed, and on its
 * last failure which elements it found (tag names and counts).
 */

/** The readers: what each expects on a roadmap page. */
export const READERS = {
  'youtube-video': 'the main <video> element on a roadmap video’s watch page',
  'youtube-panel':
    'the playlist panel, with a row for the playing video, on a roadmap playlist’s watch page',
  'youtube-playlist': 'rows of the playlist on a roadmap playlist’s /playlist page',
  'khan-unit': 'links to the unit’s lessons on a Khan Academy unit page of the roadmap',
  mlflow: 'a tutorial address the roadmap counts, among MLflow’s tutorial pages',
  kaggle: 'a notebook or dataset address on Kaggle',
} as const;

export type Reader = keyof typeof READERS;

export const isReader = (value: unknown): value is Reader =>
  typeof value === 'string' && Object.hasOwn(READERS, value);

export interface ReaderState {
  lastOk?: number;
  lastFail?: number;
  /** Failures on different pages in a row, since the last success. */
  failStreak: number;
  /** Which page failed last (a roadmap video, playlist or unit id): one page fails once. */
  failedPage?: string;
  /** What was found on the last failure: element or selector → count. */
  found?: Record<string, number>;
}

export type SiteCheck = Partial<Record<Reader, ReaderState>>;

/** A reader said so after failures on this many different pages in a row (never one). */
export const FAILURES_TO_SAY = 2;

/** The state after `reader` read (`ok`) or failed to read `page` at `now`. */
export function recordCheck(
  state: SiteCheck,
  reader: Reader,
  ok: boolean,
  page: string,
  now: number,
  found?: Record<string, number>,
): SiteCheck {
  const before = state[reader] ?? { failStreak: 0 };
  const next: ReaderState = ok
    ? { lastOk: now, failStreak: 0, ...(before.lastFail ? { lastFail: before.lastFail } : {}) }
    : {
        ...before,
        lastFail: now,
        // The same page failing again (a reload) is not a second page.
        failStreak: before.failedPage === page ? before.failStreak : before.failStreak + 1,
        failedPage: page,
        ...(found ? { found } : {}),
      };
  return { ...state, [reader]: next };
}

/** The readers that failed on two pages in a row: what the popup says, in this order. */
export function brokenReaders(state: SiteCheck): Reader[] {
  return (Object.keys(READERS) as Reader[]).filter(
    (reader) => (state[reader]?.failStreak ?? 0) >= FAILURES_TO_SAY,
  );
}

const iso = (at: number | undefined) => (at ? new Date(at).toISOString() : 'never');

/**
 * The report a learner copies into a bug report: the extension's version and browser, and
 * per reader what it expects, when it last worked and failed, and what it found then.
 */
export function siteReport(state: SiteCheck, about: { version: string; browser: string }): string {
  const lines = [`ML Roadmap Companion ${about.version} — site check`, `Browser: ${about.browser}`];
  for (const reader of Object.keys(READERS) as Reader[]) {
    const s = state[reader];
    lines.push(
      '',
      `${reader}: expects ${READERS[reader]}`,
      `  last read: ${iso(s?.lastOk)}; last failure: ${iso(s?.lastFail)}; failures in a row: ${s?.failStreak ?? 0}`,
    );
    if (s?.found && s.failStreak > 0)
      lines.push(
        `  found on the last failure: ${Object.entries(s.found)
          .map(([what, count]) => `${what} ×${count}`)
          .join(', ')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a stored value is a site check this version can read (local storage is not trusted). */
export function readSiteCheck(value: unknown): SiteCheck {
  if (typeof value !== 'object' || value === null) return {};
  const out: SiteCheck = {};
  for (const [reader, raw] of Object.entries(value)) {
    if (!isReader(reader) || typeof raw !== 'object' || raw === null) continue;
    const s = raw as ReaderState;
    if (!Number.isInteger(s.failStreak) || s.failStreak < 0) continue;
    out[reader] = s;
  }
  return out;
}
