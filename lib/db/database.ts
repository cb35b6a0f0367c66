import { Dexie, type EntityTable } from 'dexie';
import type { LanguageTrack } from '../../data/roadmap-types';
import type { LanguageChoice } from '../i18n/i18n';
import type { IsoDay } from '../plan/calendar';
import type { Interval } from '../tracking/intervals';
import type { IndexRow } from './index-codec';
import { buildIndex, putIndex } from './progress-index';
import { encodeIndex } from './index-codec';
import { DB_NAME, SCHEMA_VERSION } from './names';

export type FocusMode = 'off' | 'roadmap' | 'all';

export interface SettingsRecord {
  key: 'settings';
  /** Local calendar day the learner started week 1; unset until they choose one. */
  startDate?: IsoDay;
  language: LanguageTrack;
  /** Coverage from which a video counts as watched (0–1). */
  watchedThreshold: number;
  /** Show the small roadmap panel under tracked YouTube videos. */
  companionPanel: boolean;
  /** Keep progress in step across the learner's browsers through `storage.sync`. */
  syncEnabled: boolean;
  /** When the learner turned sync on, having been told what it sends (see syncIsOn). */
  syncConsentAt?: number;
  /**
   * When progress was last erased (a reset, a replacing import): sync carries it, and every
   * browser drops what it held from before it (see lib/sync/reset-epoch).
   */
  progressResetAt?: number;
  /**
   * The latest change stamp this browser has seen, its own or another browser's (hybrid
   * logical time, see lib/db/stamps.ts). Kept in this browser; not synced.
   */
  seenStamp?: number;
  /**
   * When the learner chose each setting (ms): sync merges settings field by field, and a
   * default nobody chose never wins over a choice made in another browser.
   */
  chosenAt?: Partial<Record<string, number>>;
  /** A day counts for streaks when its study time reaches this. */
  dailyGoalMinutes: number;
  /** A daily reminder at `reminderTime` (HH:MM, local), on days the goal is not met yet. */
  reminderEnabled: boolean;
  reminderTime: string;
  /** The weekdays the learner studies, as ISO digits (1 Monday … 7 Sunday): "1234567". */
  studyDays: string;
  /** Show when the learner would finish at their pace (off: estimates stress some learners). */
  forecastEnabled: boolean;
  /**
   * Focus mode on YouTube: off; on roadmap videos; or on roadmap videos and, until the day's
   * study goal is met, on all of YouTube.
   */
  focusMode: FocusMode;
  /** The interface's language: the browser's (`auto`), or English or Hindi whatever it is. */
  uiLanguage: LanguageChoice;
  /**
   * The plan's changes of dates (re-planning when behind), for undo: a JSON list read by
   * `lib/plan/replan.ts`. Kept in this browser (not synced); backed up with the settings.
   */
  planHistory?: string;
  /** Notes of completed videos and items come back for review (absent: on). */
  reviewEnabled?: boolean;
  updatedAt: number;
}

/**
 * A video's progress as the rest of the code sees it. Stored split in two tables: the light
 * part in `videos` (read by every popup), the played parts in `videoParts`.
 */
export interface VideoRecord {
  videoId: string;
  duration: number;
  /** Merged played parts, so a video watched ten times takes the room of once. */
  intervals: Interval[];
  coveredSeconds: number;
  /** When coverage first reached the threshold; tracking never unsets it. */
  watchedAt: number | null;
  /** Set by hand on the dashboard: true/false override detection, absent = detected. */
  manual?: boolean;
  /** Watched in another browser of the learner's (through sync). */
  watchedElsewhereAt?: number;
  currentTime: number;
  updatedAt: number;
}

export type VideoSummary = Omit<VideoRecord, 'intervals'>;

export interface VideoParts {
  videoId: string;
  intervals: Interval[];
}

export interface PlaylistVideoRecord {
  playlistId: string;
  videoId: string;
  position: number;
  title?: string;
  updatedAt: number;
}

export interface PlaylistRecord {
  playlistId: string;
  title?: string;
  total?: number;
  updatedAt: number;
}

export interface PageRecordRow {
  resourceId: string;
  key: string;
  category: string;
  group?: string;
  visited: boolean;
  firstVisitAt?: number;
  lastVisitAt?: number;
  activeMs: number;
}

/** A hand-set state: an item or step ticked done, an item skipped, or either undone. */
export type CheckStatus = 'done' | 'skipped' | 'open';

export interface CheckRecord {
  key: string;
  status: CheckStatus;
  at: number;
}

/** Schema 1 stored a tick as a boolean; kept for the upgrade and for old backups. */
export interface CheckRecordV1 {
  key: string;
  done: boolean;
  at: number;
}

export interface DailyRecord {
  day: IsoDay;
  studyMs: number;
}

/**
 * A note the learner wrote: at a moment of a roadmap video, or about an item as a whole (a Khan
 * unit, a notebook, the exercises); or, with `url`, a resource of their own for the item (its
 * text is then the resource's title).
 */
export interface NoteRecord {
  /** Random, made where the note was written: the same note has the same id everywhere. */
  id: string;
  /** The video and its moment (whole seconds), for a note taken beside a video: both or neither. */
  videoId?: string;
  seconds?: number;
  /** The roadmap item and week the note is filed under. */
  itemId: string;
  week: number;
  text: string;
  /** A link of the learner's own (https), for a resource. */
  url?: string;
  createdAt: number;
  updatedAt: number;
}

/** How a note came back in a review. */
export type ReviewGrade = 'remembered' | 'fuzzy' | 'forgot';

/**
 * A note's place in spaced review once it has been reviewed (before that it waits for its
 * video or item to be completed: see lib/notes/spaced-review).
 */
export interface ReviewRecord {
  noteId: string;
  /** The next review's place in the schedule (0: one day, 1: a week, 2: three weeks); 3: done. */
  step: number;
  /** The local day it comes back on (absent once done). */
  dueDay?: IsoDay;
  /** The latest review (ms): between two copies of the row, the later review wins. */
  at: number;
  /** The latest reviews' times, newest last (a few: the weekly review counts them). */
  log: number[];
}

export { DB_NAME, SCHEMA_VERSION };

/**
 * The one database. Every schema version stays declared, in order: Dexie upgrades an older
 * database through each of them.
 */
export class CompanionDb extends Dexie {
  settings!: EntityTable<SettingsRecord, 'key'>;
  videos!: EntityTable<VideoSummary, 'videoId'>;
  videoParts!: EntityTable<VideoParts, 'videoId'>;
  playlistVideos!: Dexie.Table<PlaylistVideoRecord, [string, string]>;
  playlists!: EntityTable<PlaylistRecord, 'playlistId'>;
  pages!: Dexie.Table<PageRecordRow, [string, string]>;
  checks!: EntityTable<CheckRecord, 'key'>;
  daily!: EntityTable<DailyRecord, 'day'>;
  derived!: EntityTable<IndexRow, 'key'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'noteId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      settings: 'key',
      videos: 'videoId, watchedAt, updatedAt',
      playlistVideos: '[playlistId+videoId], playlistId, videoId',
      playlists: 'playlistId',
      pages: '[resourceId+key], resourceId',
      checks: 'key',
      daily: 'day',
    });
    // 2: a tick becomes a status, so an item can also be skipped.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('checks')
          .toCollection()
          .modify((row: Partial<CheckRecordV1> & Partial<CheckRecord>) => {
            row.status = row.done ? 'done' : 'open';
            delete row.done;
          }),
      );
    // 3: played parts move to their own table: the popup reads thousands of videos and
    // needs only whether each was watched, not every interval of it.
    this.version(3)
      .stores({ videoParts: 'videoId' })
      .upgrade(async (tx) => {
        const videos = (await tx.table('videos').toArray()) as VideoRecord[];
        await tx
          .table('videoParts')
          .bulkPut(videos.map((v) => ({ videoId: v.videoId, intervals: v.intervals ?? [] })));
        await tx
          .table('videos')
          .toCollection()
          .modify((v: Partial<VideoRecord>) => {
            delete v.intervals;
          });
      });
    // 4: the progress index, one row the popup reads instead of thousands (see progress-index).
    this.version(4)
      .stores({ derived: 'key' })
      .upgrade(async (tx) => {
        await putIndex(tx.table('derived'), encodeIndex(await buildIndex(tx)));
      });
    // 5: notes taken at moments of the roadmap's videos.
    this.version(5).stores({ notes: 'id, videoId, itemId, week' });
    // 6: notes on any item (no video) and their spaced review.
    this.version(6).stores({ reviews: 'noteId' });
  }
}

let shared: CompanionDb | undefined;

/** The database of this extension context, opened on first use. */
export function getDb(): CompanionDb {
  shared ??= new CompanionDb();
  return shared;
}
