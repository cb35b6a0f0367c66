import { t } from '../i18n/i18n';
import { z } from '../validation/zod';
import { isStudyDays } from '../plan/today';
import { isPlaylistId, isVideoId } from '../tracking/youtube-url';
import { parseIsoDay } from '../plan/calendar';
import { isCheckKey, LIMITS } from '../protocol/messages';
import { SYNCED_SETTINGS } from '../sync/summary';
import { noteText } from '../protocol/schema';
import { ownLink } from '../notes/own-link';
import { LEARNED_STEP } from '../notes/spaced-review';

export const BACKUP_FORMAT = 'ml-roadmap-companion-backup';
export const BACKUP_VERSION = 4;
/** A backup of years of study is a few megabytes; anything far bigger is not ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/**
 * The most rows of each table a backup holds: the schema's limits, and checked on the raw
 * file before any row is validated (600 000 junk rows are refused at once, not read).
 */
export const BACKUP_ROWS = {
  videos: 100_000,
  playlistVideos: 100_000,
  playlists: 1000,
  pages: 100_000,
  checks: 10_000,
  daily: 100_000,
  notes: LIMITS.maxNotes,
  reviews: LIMITS.maxNotes,
} as const;

// Timestamps between 2000 and 2200: anything else is a broken or hostile file.
const timestamp = z.number().int().min(LIMITS.earliestTime).max(LIMITS.latestTime);
const day = z.string().refine((d) => parseIsoDay(d) !== null, 'not a YYYY-MM-DD date');
const slug = z.string().refine(isCheckKey, 'not an item id');
const text = (max: number) => z.string().max(max);
// The same limits as what the background writes (lib/protocol/messages: LIMITS), so that
// whatever is stored can be restored.
const seconds = z.number().finite().min(0).max(LIMITS.maxDurationSeconds);
const videoId = z.string().refine(isVideoId, 'not a YouTube video id');
const playlistId = z.string().refine(isPlaylistId, 'not a YouTube playlist id');

const video = z
  .strictObject({
    videoId,
    duration: seconds,
    intervals: z.array(z.tuple([seconds, seconds])).max(LIMITS.maxStoredIntervals),
    coveredSeconds: seconds,
    watchedAt: timestamp.nullable(),
    manual: z.boolean().optional(),
    watchedElsewhereAt: timestamp.optional(),
    currentTime: seconds,
    updatedAt: timestamp,
  })
  .refine(
    // Played parts are kept whatever the duration (a corrected duration may be shorter than
    // what a wrong one let play); coverage is counted within the duration.
    (v) => v.intervals.every(([s, e]) => e > s) && v.coveredSeconds <= v.duration + 0.5,
    'a video’s watched parts must lie inside it',
  );

const noteId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'not a note id');

const note = z
  .strictObject({
    id: noteId,
    videoId: videoId.optional(),
    itemId: slug,
    week: z.number().int().min(1).max(100),
    seconds: seconds.optional(),
    text: noteText,
    // The same rule as what the pages keep (lib/notes/own-link): only http(s).
    url: z
      .string()
      .max(LIMITS.maxUrlLength)
      .refine((u) => ownLink(u) === u, 'not a web address')
      .optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine(
    (n) => (n.videoId === undefined) === (n.seconds === undefined) && !(n.url && n.videoId),
    'a note is at a moment of a video, about an item, or a link',
  );

const review = z
  .strictObject({
    noteId,
    step: z.number().int().min(0).max(LEARNED_STEP),
    dueDay: day.optional(),
    at: timestamp,
    log: z.array(timestamp).max(20),
  })
  .refine((r) => r.step < LEARNED_STEP === (r.dueDay !== undefined), 'a review without its day');

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  data: z.strictObject({
    settings: z
      .strictObject({
        key: z.literal('settings'),
        startDate: day.optional(),
        language: z.enum(['en', 'hi']),
        watchedThreshold: z.number().min(0.5).max(1),
        companionPanel: z.boolean(),
        syncEnabled: z.boolean().optional(),
        syncConsentAt: timestamp.optional(),
        progressResetAt: timestamp.optional(),
        seenStamp: timestamp.optional(),
        chosenAt: z
          .partialRecord(
            z.enum([
              ...SYNCED_SETTINGS,
              'syncEnabled',
              'syncConsentAt',
              'progressResetAt',
              'planHistory',
              'reviewEnabled',
            ]),
            timestamp,
          )
          .optional(),
        dailyGoalMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .optional(),
        reminderEnabled: z.boolean().optional(),
        reminderTime: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .optional(),
        planHistory: text(20_000).optional(),
        studyDays: z.string().refine(isStudyDays, 'not a set of weekdays').optional(),
        forecastEnabled: z.boolean().optional(),
        focusMode: z.enum(['off', 'roadmap', 'all']).optional(),
        uiLanguage: z.enum(['auto', 'en', 'hi']).optional(),
        reviewEnabled: z.boolean().optional(),
        updatedAt: timestamp,
      })
      .nullable(),
    videos: z.array(video).max(BACKUP_ROWS.videos),
    playlistVideos: z
      .array(
        z.strictObject({
          playlistId,
          videoId,
          position: z.number().int().min(1).max(10_000),
          title: text(300).optional(),
          updatedAt: timestamp,
        }),
      )
      .max(BACKUP_ROWS.playlistVideos),
    playlists: z
      .array(
        z.strictObject({
          playlistId,
          title: text(300).optional(),
          total: z.number().int().min(1).max(10_000).optional(),
          updatedAt: timestamp,
        }),
      )
      .max(BACKUP_ROWS.playlists),
    pages: z
      .array(
        z.strictObject({
          resourceId: slug,
          key: text(LIMITS.maxPageKeyLength),
          category: text(LIMITS.maxPageCategoryLength),
          group: text(LIMITS.maxPageGroupLength).optional(),
          visited: z.boolean(),
          firstVisitAt: timestamp.optional(),
          lastVisitAt: timestamp.optional(),
          activeMs: z.number().int().min(0).max(LIMITS.maxPageActiveMs),
        }),
      )
      .max(BACKUP_ROWS.pages),
    checks: z
      .array(
        z.strictObject({ key: slug, status: z.enum(['done', 'skipped', 'open']), at: timestamp }),
      )
      .max(BACKUP_ROWS.checks),
    daily: z
      .array(
        z.strictObject({
          day,
          studyMs: z.number().int().min(0).max(LIMITS.maxStudyMsPerDay),
        }),
      )
      .max(BACKUP_ROWS.daily),
    // From version 3; a file without notes (an older one) says nothing about them.
    notes: z.array(note).max(BACKUP_ROWS.notes).optional(),
    // From version 4, as notes without a video and links.
    reviews: z.array(review).max(BACKUP_ROWS.reviews).optional(),
  }),
});

export type Backup = z.infer<typeof backupSchema>;

/** A row of the file that could not be restored, and why: the rest of the file still is. */
export interface SkippedRow {
  where: string;
  problem: string;
}

export type ParsedBackup =
  { ok: true; backup: Backup; skipped: SkippedRow[] } | { ok: false; error: string };

const ROW_TABLES = [
  'videos',
  'playlistVideos',
  'playlists',
  'pages',
  'checks',
  'daily',
  'notes',
  'reviews',
] as const;

function firstProblem(error: z.ZodError, prefix: string): SkippedRow {
  const issue = error.issues[0]!;
  return { where: [prefix, ...issue.path].join('.'), problem: issue.message };
}

/** Rows validated between two looks at the clock: a few milliseconds of work. */
const ROWS_PER_STEP = 2000;

/**
 * Takes out of the file's tables every row that is not valid on its own, and says which: one
 * damaged row must not cost the learner the whole backup. A generator: it yields the share of
 * rows read after each step, so a page can read a large file without freezing.
 */
function* dropBadRows(raw: { data?: unknown }, skipped: SkippedRow[]): Generator<number> {
  const data = raw.data as Record<string, unknown> | undefined;
  if (typeof data !== 'object' || data === null) return;
  const shape = backupSchema.shape.data.shape;
  const total = ROW_TABLES.reduce(
    (sum, table) => sum + (Array.isArray(data[table]) ? (data[table] as unknown[]).length : 0),
    0,
  );
  let read = 0;
  for (const table of ROW_TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows)) continue;
    const column = shape[table] as z.ZodType;
    const list = (
      column instanceof z.ZodOptional ? column.unwrap() : column
    ) as z.ZodArray<z.ZodType>;
    const row = list.element;
    const kept: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const result = row.safeParse(rows[i]);
      if (result.success) kept.push(rows[i]);
      else skipped.push(firstProblem(result.error, `data.${table}.${i}`));
      if (++read % ROWS_PER_STEP === 0) yield read / total;
    }
    data[table] = kept;
  }
  if (data.settings !== null && data.settings !== undefined) {
    const result = shape.settings.safeParse(data.settings);
    if (!result.success) {
      skipped.push(firstProblem(result.error, 'data.settings'));
      data.settings = null;
    }
  }
}

/** A table of the file with more rows than a backup holds, before any row is read. */
function tooManyRows(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  for (const table of ROW_TABLES) {
    const rows = (data as Record<string, unknown>)[table];
    if (Array.isArray(rows) && rows.length > BACKUP_ROWS[table])
      return t('backupTooManyRows', {
        count: rows.length,
        table,
        max: BACKUP_ROWS[table],
      });
  }
  return null;
}

/** Version 1 files stored ticks as `done: boolean`, like schema 1 of the database. */
function upgradeV1(raw: { data?: { checks?: unknown } }): void {
  const checks = raw.data?.checks;
  if (!Array.isArray(checks)) return;
  raw.data!.checks = checks.map((c: unknown) => {
    if (typeof c !== 'object' || c === null || !('done' in c)) return c;
    const { done, ...rest } = c as { done: unknown };
    return { ...rest, status: done === true ? 'done' : 'open' };
  });
}

/** Our files nest six levels deep; a file nested far deeper is not ours. */
const MAX_NESTING = 16;

/**
 * How deep the text's brackets nest (outside strings), stopping as soon as it passes `limit`:
 * one linear pass, so a hostile file is refused before `JSON.parse` builds it.
 */
function nestsDeeperThan(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * Reads a backup file, in steps: yields the share read so far, returns the result. Says
 * exactly what is wrong with a bad one; never throws.
 */
function* readBackup(textContent: string): Generator<number, ParsedBackup> {
  if (textContent.length > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: t('backupTooLarge', { size: (textContent.length / 1048576).toFixed(1) }),
    };
  }
  if (nestsDeeperThan(textContent, MAX_NESTING)) {
    return {
      ok: false,
      error: t('backupTooDeep', { levels: MAX_NESTING }),
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch {
    return {
      ok: false,
      error: t('backupNotJson'),
    };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, error: t('backupNotOurs') };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== 1 && version !== 2 && version !== 3 && version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: t('backupVersion', { version: String(version), newest: BACKUP_VERSION }),
    };
  }
  const crowded = tooManyRows((raw as { data?: unknown }).data);
  if (crowded) return { ok: false, error: crowded };
  if (version === 1) upgradeV1(raw as { data?: { checks?: unknown } });
  const copy = { ...(raw as object), version: BACKUP_VERSION } as { data?: unknown };
  if (typeof copy.data === 'object' && copy.data !== null) copy.data = { ...copy.data };
  const skipped: SkippedRow[] = [];
  yield* dropBadRows(copy, skipped);
  const result = backupSchema.safeParse(copy);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.join('.');
    return {
      ok: false,
      error: t('backupDamagedAt', { where: where || t('backupTopLevel'), problem: issue.message }),
    };
  }
  // A file of rows none of which is valid is not a backup to restore (a merge of nothing
  // would say "restored").
  const data = result.data.data;
  const kept = ROW_TABLES.reduce((sum, table) => sum + (data[table]?.length ?? 0), 0);
  if (skipped.length > 0 && kept === 0 && !data.settings)
    return { ok: false, error: t('backupNothingValid', { count: skipped.length }) };
  return { ok: true, backup: result.data, skipped };
}

/** Reads a backup file at once (a small file, a test, an automatic copy). Never throws. */
export function parseBackup(textContent: string): ParsedBackup {
  const steps = readBackup(textContent);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Reads a backup file in steps of a few milliseconds, giving the page back between them (a
 * large file never freezes it), and tells `onProgress` the share read. Never throws.
 */
export async function parseBackupInSteps(
  textContent: string,
  onProgress: (share: number) => void,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<ParsedBackup> {
  const steps = readBackup(textContent);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await pause();
  }
}
