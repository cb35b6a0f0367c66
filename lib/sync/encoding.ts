/**
 * The summary as `storage.sync` items: small strings under short keys, each item far under
 * the 8 KB item quota, the whole roadmap far under the 100 KB total.
 */
import type { CheckStatus } from '../db/database';
import { emptySummary, sinceEpoch, SYNCED_SETTINGS, type SyncSummary } from './summary';
import { isStudyDays } from '../plan/today';
import { parseIsoDay } from '../plan/calendar';
import { fitsPageLimits, isCheckKey, isStoredTime, LIMITS } from '../protocol/messages';
import { isPlaylistId, isVideoId } from '../tracking/youtube-url';

export const ITEM_QUOTA = 8192;
export const TOTAL_QUOTA = 102_400;
const STATUS_CODE: Record<CheckStatus, string> = { done: 'd', skipped: 's', open: 'o' };
const CODE_STATUS: Record<string, CheckStatus> = { d: 'done', s: 'skipped', o: 'open' };

export type SyncItems = Record<string, string>;

/** What each synced setting may hold: another browser's (or a damaged) item is not trusted. */
const SETTING_OK: Record<(typeof SYNCED_SETTINGS)[number], (v: unknown) => boolean> = {
  startDate: (v) => typeof v === 'string' && parseIsoDay(v) !== null,
  language: (v) => v === 'en' || v === 'hi',
  watchedThreshold: (v) => typeof v === 'number' && v >= 0.5 && v <= 1,
  companionPanel: (v) => typeof v === 'boolean',
  dailyGoalMinutes: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1440,
  reminderEnabled: (v) => typeof v === 'boolean',
  reminderTime: (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  studyDays: (v) => typeof v === 'string' && isStudyDays(v),
  forecastEnabled: (v) => typeof v === 'boolean',
  focusMode: (v) => v === 'off' || v === 'roadmap' || v === 'all',
  uiLanguage: (v) => v === 'auto' || v === 'en' || v === 'hi',
};

/** Splits a long list over numbered items so none passes the per-item quota. */
function chunked(prefix: string, entries: string[], out: SyncItems): void {
  let part = 0;
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length) out[`${prefix}#${part++}`] = current.join(',');
    current = [];
    size = 0;
  };
  for (const entry of entries) {
    if (size + entry.length + 1 > ITEM_QUOTA - prefix.length - 64) flush();
    current.push(entry);
    size += entry.length + 1;
  }
  flush();
}

/**
 * Every item of progress starts with the reset moment it was written under (`@epoch|`). Chrome's
 * sync lets a browser that was offline during a reset write its old items back over the new
 * ones (a local write beats a remote deletion): an item whose moment is older than the
 * newest one in the area is from before that reset, and is read as nothing.
 */
const TAG = /^@([0-9a-z]{1,12})\|/;
const tagOf = (raw: string) => {
  const match = TAG.exec(raw);
  return match ? parseInt(match[1]!, 36) : 0;
};

export function encodeSummary(summary: SyncSummary): SyncItems {
  const out: SyncItems = {};
  if (summary.epoch) out.e = summary.epoch.toString(36);
  if (summary.settings) out.s = JSON.stringify(summary.settings);
  const progress: SyncItems = {};
  encodeProgress(summary, progress);
  const tag = summary.epoch ? `@${summary.epoch.toString(36)}|` : '';
  for (const [key, value] of Object.entries(progress)) out[key] = tag + value;
  return out;
}

function encodeProgress(summary: SyncSummary, out: SyncItems): void {
  for (const [list, pairs] of Object.entries(summary.watched)) chunked(`w:${list}`, pairs, out);
  chunked('v', summary.singles, out);
  chunked(
    'c',
    Object.entries(summary.checks).map(
      ([key, { value, at }]) => `${key}=${STATUS_CODE[value]}${at.toString(36)}`,
    ),
    out,
  );
  for (const [resource, keys] of Object.entries(summary.pages)) {
    chunked(
      `p:${resource}`,
      keys.map((k) => encodeURIComponent(k)),
      out,
    );
  }
}

/** Reads items back; anything malformed is skipped rather than trusted. */
export function decodeSummary(items: Record<string, unknown>): SyncSummary {
  const summary = emptySummary();
  // The reset moment: the `e` item's, or a newer one an item was written under (an offline
  // browser may have written its old `e` back over the newer one).
  let epoch = 0;
  for (const [key, raw] of Object.entries(items)) {
    if (typeof raw !== 'string') continue;
    const at = key === 'e' ? parseInt(raw, 36) : key === 's' ? 0 : tagOf(raw);
    if (Number.isFinite(at) && at > epoch && at < 8e12) epoch = at;
  }
  if (epoch > 0) summary.epoch = epoch;
  for (const [key, item] of Object.entries(items)) {
    if (typeof item !== 'string' || key === 'e') continue;
    if (key !== 's' && tagOf(item) < epoch) continue;
    const raw = key === 's' ? item : item.replace(TAG, '');
    const name = key.replace(/#\d+$/, '');
    const entries = raw ? raw.split(',') : [];
    try {
      if (key === 's') {
        const parsed = JSON.parse(raw) as Record<string, unknown>;
        // Before settings were merged field by field, the whole record came with one time.
        const fields =
          typeof parsed.at === 'number' && parsed.value && typeof parsed.value === 'object'
            ? Object.fromEntries(
                Object.entries(parsed.value).map(([k, value]) => [k, { value, at: parsed.at }]),
              )
            : parsed;
        for (const field of SYNCED_SETTINGS) {
          const stamped = fields[field] as { value?: unknown; at?: unknown } | undefined;
          if (stamped && isStoredTime(stamped.at) && SETTING_OK[field](stamped.value))
            (summary.settings ??= {})[field] = { value: stamped.value, at: stamped.at } as never;
        }
      } else if (name.startsWith('w:')) {
        const list = name.slice(2);
        if (!isPlaylistId(list)) continue;
        const fresh = entries.filter((e) => {
          const [position, videoId] = e.split(':');
          const at = Number(position);
          return (
            /^\d{1,5}$/.test(position ?? '') &&
            at >= 1 &&
            at <= LIMITS.maxPlaylistPosition &&
            isVideoId(videoId ?? '')
          );
        });
        summary.watched[list] = [...(summary.watched[list] ?? []), ...fresh].sort();
      } else if (name === 'v') {
        summary.singles.push(...entries.filter(isVideoId));
      } else if (name === 'c') {
        for (const entry of entries) {
          const match = /^(.+)=([dso])([0-9a-z]{1,12})$/.exec(entry);
          const at = match ? parseInt(match[3]!, 36) : NaN;
          // Only what this browser could store, and so restore (a damaged or hostile item).
          if (match && isCheckKey(match[1]) && isStoredTime(at))
            summary.checks[match[1]!] = { value: CODE_STATUS[match[2]!]!, at };
        }
      } else if (name.startsWith('p:')) {
        const resource = name.slice(2);
        const fresh = entries
          .map((e) => decodeURIComponent(e))
          .filter((entry) => {
            const [group, category, ...rest] = entry.split('|');
            return fitsPageLimits({
              resourceId: resource,
              key: rest.join('|'),
              category: category ?? '',
              ...(group ? { group } : {}),
            });
          });
        if (fresh.length)
          summary.pages[resource] = [...(summary.pages[resource] ?? []), ...fresh].sort();
      }
    } catch {
      // A damaged item from another browser: ignored, nothing local is touched because of it.
    }
  }
  summary.singles.sort();
  return sinceEpoch(summary);
}

export function itemsSize(items: SyncItems): number {
  return Object.entries(items).reduce(
    (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
    0,
  );
}
