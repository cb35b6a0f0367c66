import { t } from '../i18n/i18n';
import { z } from '../validation/zod';
import { isStudyDays } from '../plan/today';
import { isPlaylistId, isVideoId } from '../tracking/youtube-url';
import { parseIsoDay } from '../plan/calendar';
import { isCheckKey, LIMITS } from '../protocol/messages';
import { SYNCED_SETTINGS } from '../sync/summary';
import { noteText } from '../protocol/schema';

export const BACKUP_FORMAT = 'ml-roadmap-companion-backup';
export const BACKUP_VERSION = 3;
/** A backup of years of study is a few megabytes; anything far bigger is not ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

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

const note = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'not a note id'),
  videoId,
  itemId: slug,
  week: z.number().int().min(1).max(100),
  seconds,
  text: noteText,
  createdAt: timestamp,
  updatedAt: timestamp,
});

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
        updatedAt: timestamp,
      })
      .nullable(),
    videos: z.array(video).max(100_000),
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
      .max(100_000),
    playlists: z
      .array(
        z.strictObject({
          playlistId,
          title: text(300).optional(),
          total: z.number().int().min(1).max(10_000).optional(),
          updatedAt: timestamp,
        }),
      )
      .max(1000),
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
      .max(100_000),
    checks: z
      .array(
        z.strictObject({ key: slug, status: z.enum(['done', 'skipped', 'open']), at: timestamp }),
      )
      .max(10_000),
    daily: z
      .array(
        z.strictObject({
          day,
          studyMs: z.number().int().min(0).max(LIMITS.maxStudyMsPerDay),
        }),
      )
      .max(100_000),
    // From version 3; a file without notes (an older one) says nothing about them.
    notes: z.array(note).max(LIMITS.maxNotes).optional(),
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
] as const;

function firstProblem(error: z.ZodError, prefix: string): SkippedRow {
  const issue = error.issues[0]!;
  return { where: [prefix, ...issue.path].join('.'), problem: issue.message };
}

/**
 * Takes out of the file's tables every row that is not valid on its own, and says which: one
 * damaged row must not cost the learner the whole backup.
 */
function dropBadRows(raw: { data?: unknown }): SkippedRow[] {
  const data = raw.data as Record<string, unknown> | undefined;
  if (typeof data !== 'object' || data === null) return [];
  const shape = backupSchema.shape.data.shape;
  const skipped: SkippedRow[] = [];
  for (const table of ROW_TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows)) continue;
    const column = shape[table] as z.ZodType;
    const list = (
      column instanceof z.ZodOptional ? column.unwrap() : column
    ) as z.ZodArray<z.ZodType>;
    const row = list.element;
    data[table] = rows.filter((value, i) => {
      const result = row.safeParse(value);
      if (!result.success) skipped.push(firstProblem(result.error, `data.${table}.${i}`));
      return result.success;
    });
  }
  if (data.settings !== null && data.settings !== undefined) {
    const result = shape.settings.safeParse(data.settings);
    if (!result.success) {
      skipped.push(firstProblem(result.error, 'data.settings'));
      data.settings = null;
    }
  }
  return skipped;
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

/** Reads a backup file; says exactly what is wrong with a bad one. Never throws. */
export function parseBackup(textContent: string): ParsedBackup {
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
  if (version === 1) upgradeV1(raw as { data?: { checks?: unknown } });
  else if (version !== 2 && version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: t('backupVersion', { version: String(version), newest: BACKUP_VERSION }),
    };
  }
  const copy = { ...(raw as object), version: BACKUP_VERSION } as { data?: unknown };
  if (typeof copy.data === 'object' && copy.data !== null) copy.data = { ...copy.data };
  const skipped = dropBadRows(copy);
  const result = backupSchema.safeParse(copy);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.join('.');
    return {
      ok: false,
      error: t('backupDamagedAt', { where: where || t('backupTopLevel'), problem: issue.message }),
    };
  }
  return { ok: true, backup: result.data, skipped };
}
