/**
 * The one message protocol between content scripts and the background worker. Types only
 * (plus constants and `panelKey`): content scripts import it without pulling in the validator.
 */
import type { Interval } from '../tracking/intervals';

export interface ClassifyRequest {
  videoId: string;
  playlistId?: string;
  /** 1-based position from the URL or the selected panel item. */
  index?: number;
}

export interface ClassifyResponse {
  tracked: boolean;
  /** The roadmap playlist the video is tracked in, and its position there when known. */
  playlistId?: string;
  position?: number;
  /** What the companion panel shows; absent when the learner turned the panel off. */
  companion?: CompanionInfo;
}

export interface CompanionInfo {
  itemTitle: string;
  /** "Weeks 1–4" */
  weeks: string;
  /** The video's number inside the item's range, and the range's size when known. */
  unit?: number;
  unitTotal?: number;
  /** Share of this video played (0–1) and whether it counts as watched. */
  coverage: number;
  watched: boolean;
  /**
   * The panel's progress line, worded here (the page bundles as few words as it can):
   * "Video 3 of 30 · 25% watched".
   */
  progress: string;
  /** The next video, and its button's words ("Next: Video 4"). */
  next?: { url: string; label: string };
  /** Whether focus mode is on now (the panel's switch shows it). */
  focus?: boolean;
  /** The panel's other words, in the learner's language (the page bundles none). */
  words: PanelWords;
}

export interface PanelWords {
  brand: string;
  region: string;
  focus: string;
  note: string;
  hide: string;
  show: string;
  hideLabel: string;
  showLabel: string;
  /** The note field's placeholder; `{t}` stands for the moment ("0:42"). */
  noteAt: string;
  saved: string;
  notSaved: string;
  /** The hand mark's button, as the dashboard words it: "Mark watched", "Mark unwatched". */
  mark: string;
  unmark: string;
}

/** A note the learner wrote beside a roadmap video, at that moment of it. */
export interface NoteRequest {
  videoId: string;
  /** The playlist the page plays the video in: it says which item the note belongs to. */
  playlistId?: string | undefined;
  /** The playhead when "Add a note" was pressed. */
  seconds: number;
  text: string;
}

/** The panel's hand mark of the video on screen, replied with its panel. */
export interface MarkRequest {
  videoId: string;
  watched: boolean;
}

/** The panel's focus switch: on (roadmap videos) or off, replied with this video's panel. */
export interface FocusRequest {
  on: boolean;
  videoId?: string | undefined;
}

export interface WatchProgress {
  videoId: string;
  playlistId?: string;
  position?: number;
  duration: number;
  /** Every part of the video played so far in this page (not only the newest). */
  intervals: Interval[];
  /** Where the playhead is, to resume there. */
  currentTime: number;
  /**
   * Present while the playhead advances (playing, no ad, no stall, no seek): its rate. The
   * background follows it from `currentTime` until the page's next report, which the page
   * sends on every change (pause, seek, stall, rate, end, ad, leaving), never on a timer.
   */
  playbackRate?: number;
}

export interface PlaylistItem {
  videoId: string;
  position: number;
  title?: string;
}

export interface PlaylistSnapshot {
  playlistId: string;
  title?: string;
  /** The playlist's length when the page says it ("3 / 27", "27 videos"). */
  total?: number;
  items: PlaylistItem[];
}

/**
 * Marks for a roadmap playlist's rows, by video: space-separated tokens, `w` watched, `pNN` NN %
 * played (tenths), `t` this week's share; with the words each row's accessible name gets.
 */
export interface RowMarks {
  rows: Record<string, string>;
  /** `played` holds `{p}` for the percentage. */
  words: { watched: string; played: string; week: string };
}

/** A page of Khan Academy, Kaggle, MLflow's docs or the exercises repository was opened. */
export interface PageVisit {
  url: string;
  /** Links to lessons listed on the page (Khan): they make a unit's "seen so far" total. */
  listed?: string[];
  /** The page had its time to render: `listed` is all it lists (the site check). */
  settled?: boolean;
}

/**
 * A YouTube page reader's outcome on a page it expects to read (the site check): the main
 * video, the playlist panel, the /playlist page's rows; on a failure, what was found there
 * (selector → count: tag names and counts only).
 */
export interface ReaderCheck {
  reader: 'video' | 'panel' | 'playlist';
  ok: boolean;
  found?: Record<string, number>;
}

export interface PageTime {
  url: string;
  /** Active milliseconds (visible, not idle) since the previous report for this page. */
  activeMs: number;
}

export interface ProtocolMap {
  'yt:classify': { request: ClassifyRequest; response: ClassifyResponse };
  'yt:progress': {
    request: WatchProgress;
    response: { stored: boolean; companion?: CompanionInfo };
  };
  'yt:playlist': { request: PlaylistSnapshot; response: { stored: boolean; marks?: RowMarks } };
  'page:visit': { request: PageVisit; response: { stored: boolean } };
  'page:time': { request: PageTime; response: { stored: boolean } };
  'yt:note': { request: NoteRequest; response: { stored: boolean } };
  'yt:focus': { request: FocusRequest; response: { stored: boolean; companion?: CompanionInfo } };
  'yt:mark': { request: MarkRequest; response: { stored: boolean; companion?: CompanionInfo } };
  'yt:check': { request: ReaderCheck; response: { stored: boolean } };
}

export type MessageType = keyof ProtocolMap;

export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K; payload: ProtocolMap[K]['request'] }
  : never;

export type Reply<K extends MessageType> = ProtocolMap[K]['response'];

/** Bounds that keep hostile or broken numbers out of storage. */
export const LIMITS = {
  maxDurationSeconds: 12 * 3600,
  /** Played parts in one report; a page with more sends them over several reports. */
  maxIntervals: 1000,
  /** Played parts stored per video, and accepted per video from a backup. */
  maxStoredIntervals: 20_000,
  /** Study time of one day, stored and restored. */
  maxStudyMsPerDay: 24 * 3600_000,
  maxPlaybackRate: 16,
  maxPlaylistItems: 5000,
  maxPlaylistPosition: 10000,
  maxTitleLength: 300,
  maxUrlLength: 2048,
  maxListedLinks: 500,
  maxActiveMsPerReport: 10 * 60 * 1000,
  /** One note's text, written and restored. */
  maxNoteLength: 2000,
  /** Notes kept in all, written and restored. */
  maxNotes: 20_000,
  /**
   * Every stored time lies between 2000 and 2200 (a backup with another is broken or hostile).
   * A fact whose time is unknown (a video watched in another browser) is dated the earliest.
   */
  earliestTime: 946_684_800_000,
  latestTime: 7_258_118_400_000,
  /** A study page's key (a path), its kind and its group (a Khan section). */
  maxPageKeyLength: 500,
  maxPageCategoryLength: 40,
  maxPageGroupLength: 200,
  /** A page's active time in all (a year of days). */
  maxPageActiveMs: 24 * 3600_000 * 366,
  /** A tick's key: an item's id, or an item's step (`id#step`). */
  maxCheckKeyLength: 200,
} as const;

const CHECK_KEY = /^[a-z0-9][a-z0-9-]*(#[a-z0-9-]+)?$/;

/** Whether a tick's key can be stored (and so restored). */
export const isCheckKey = (key: unknown): key is string =>
  typeof key === 'string' && key.length <= LIMITS.maxCheckKeyLength && CHECK_KEY.test(key);

/** Whether a time (ms) can be stored (and so restored). */
export const isStoredTime = (at: unknown): at is number =>
  Number.isInteger(at) &&
  (at as number) >= LIMITS.earliestTime &&
  (at as number) <= LIMITS.latestTime;

/** Whether a study page's identity fits what is stored (and so restored). */
export const fitsPageLimits = (page: {
  resourceId: string;
  key: string;
  category: string;
  group?: string;
}): boolean =>
  isCheckKey(page.resourceId) &&
  !page.resourceId.includes('#') &&
  page.key.length <= LIMITS.maxPageKeyLength &&
  page.category.length <= LIMITS.maxPageCategoryLength &&
  (page.group ?? '').length <= LIMITS.maxPageGroupLength;

/** The manifest command (keyboard shortcut) that does what the popup's Continue does. */
export const CONTINUE_COMMAND = 'continue-studying';

/**
 * A tick from the popup, written by the background: the popup may close the moment after the
 * click, and a write it started itself would die with it.
 */
export interface TickMessage {
  type: 'ui:tick';
  key: string;
  done: boolean;
}

/**
 * The popup's changes of plan, written by the background for the same reason as ticks: the
 * first run's start (`sync`: the offer to sync accepted; `track`: the playlists chosen), a
 * re-plan (`weeks` for a shift), the undo of the latest one, and the answer to the offer to
 * sync (made once in each browser that never chose).
 */
export type PlanMessage =
  | { type: 'ui:start'; startDate: string; sync: boolean; track: 'en' | 'hi' }
  | { type: 'ui:replan'; kind: 'shift' | 'catch-up' | 'spread' | 'resume'; weeks: number }
  | { type: 'ui:undo' }
  | { type: 'ui:sync'; on: boolean };

/**
 * A video marked watched or not by hand (Today's tick boxes, the companion panel): a hand
 * override only where it differs from what tracking measured.
 */
export interface MarkMessage {
  type: 'ui:mark';
  videoId: string;
  watched: boolean;
}

/**
 * The review page: a note's grade, and the time actively spent reviewing since the last
 * report (study time, through the one ledger: a moment already counted counts once).
 */
export type ReviewMessage =
  | { type: 'ui:grade'; noteId: string; grade: 'remembered' | 'fuzzy' | 'forgot' }
  | { type: 'ui:study'; activeMs: number };

/** What the extension's own pages ask the background to write. */
export type PageRequest = TickMessage | PlanMessage | MarkMessage | ReviewMessage;

/**
 * The side panel asks a tab's study-sites script which page it shows (the panel's notes are that
 * page's item); the answer is `{ url }`. Sent with tabs.sendMessage: no host access needed.
 */
export const PAGE_WHERE = 'page:where';

/** The manifest command that presses the companion panel's "Add a note". */
export const ADD_NOTE_COMMAND = 'add-note';

/** Sends one message to the background; `undefined` when it could not be delivered. */
export type Send = <K extends MessageType>(
  type: K,
  payload: ProtocolMap[K]['request'],
) => Promise<Reply<K> | undefined>;

/**
 * Posts one message without asking for a reply (one wakeup of the page, not two); false when
 * it could not be posted. The background pushes the panel if it must change.
 */
export type Post = <K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) => boolean;

/** Sent by the background unasked: the panel beside this video changed (null: hide it). */
export interface CompanionPush {
  videoId: string;
  companion: CompanionInfo | null;
}

/**
 * The panel's content apart from the percentage, which follows with the reply to the page's
 * next report (pause, seek, end): the background pushes a change of it (the video now counts
 * as watched while it plays, a new Next), the panel rebuilds only on one.
 */
export function panelKey(info: CompanionInfo | null | undefined): string {
  return info ? JSON.stringify({ ...info, coverage: 0, progress: '' }) : '';
}
