import type { CompanionDb, SettingsRecord } from '../db/database';
import { indexTables, isVideoWatched, rebuildIndex, updateIndex } from '../db/progress-index';
import { getSettings } from '../db/settings-repo';
import { placeVideo } from '../db/watch-repo';
import {
  SYNCED_SETTINGS,
  type SyncedChoices,
  type SyncedSettings,
  type SyncSummary,
} from './summary';
import { choiceTimes, type SyncedField } from './choices';
import { seeStamps } from '../db/stamps';
import { LIMITS } from '../protocol/messages';

/** The settings the learner chose here, each with when. */
function syncedChoices(record: SettingsRecord): SyncedChoices | undefined {
  let choices: SyncedChoices | undefined;
  for (const [field, at] of Object.entries(choiceTimes(record)) as [SyncedField, number][]) {
    if (!SYNCED_SETTINGS.includes(field) || record[field] === undefined) continue;
    (choices ??= {})[field] = { value: record[field], at } as never;
  }
  return choices;
}

/** This browser's progress as a summary. */
export async function collectSummary(db: CompanionDb): Promise<SyncSummary> {
  return db.transaction(
    'r',
    [db.settings, db.videos, db.playlistVideos, db.checks, db.pages],
    async () => {
      const [settingsRow, settings, videos, placed, checks, pages] = await Promise.all([
        db.settings.get('settings'),
        getSettings(db),
        db.videos.toArray(),
        db.playlistVideos.toArray(),
        db.checks.toArray(),
        db.pages.toArray(),
      ]);
      const watched = new Set(
        videos.filter((v) => isVideoWatched(v, settings.watchedThreshold)).map((v) => v.videoId),
      );
      const summary: SyncSummary = { watched: {}, singles: [], checks: {}, pages: {} };
      if (settings.progressResetAt) summary.epoch = settings.progressResetAt;
      const choices = settingsRow && syncedChoices(settingsRow);
      if (choices) summary.settings = choices;
      const inPlaylist = new Set<string>();
      for (const row of placed) {
        if (!watched.has(row.videoId)) continue;
        inPlaylist.add(row.videoId);
        (summary.watched[row.playlistId] ??= []).push(`${row.position}:${row.videoId}`);
      }
      for (const list of Object.values(summary.watched)) list.sort();
      summary.singles = [...watched].filter((id) => !inPlaylist.has(id)).sort();
      for (const c of checks) summary.checks[c.key] = { value: c.status, at: c.at };
      for (const p of pages) {
        if (p.visited)
          (summary.pages[p.resourceId] ??= []).push(`${p.group ?? ''}|${p.category}|${p.key}`);
      }
      for (const list of Object.values(summary.pages)) list.sort();
      return summary;
    },
  );
}

/**
 * How far ahead of this computer's clock another browser's stamp may be: a clock set hours
 * wrong (a dual-boot PC) is common, days are not. A stamp further ahead (a broken clock, a
 * hostile item) is left in the area and taken only when this clock catches up with it: taken
 * now, it would win over every change made here until then (see stamps.ts).
 */
export const MAX_STAMP_AHEAD_MS = 2 * 24 * 3600_000;

export function notAhead(summary: SyncSummary, now: number): SyncSummary {
  const limit = now + MAX_STAMP_AHEAD_MS;
  const ok = ([, s]: [string, { at: number } | undefined]) => s !== undefined && s.at <= limit;
  const { epoch, ...rest } = summary;
  return {
    ...rest,
    ...(epoch !== undefined && epoch <= limit ? { epoch } : {}),
    checks: Object.fromEntries(Object.entries(summary.checks).filter(ok)),
    ...(summary.settings
      ? { settings: Object.fromEntries(Object.entries(summary.settings).filter(ok)) }
      : {}),
  };
}

/**
 * Brings what another browser did into this one, in one transaction, without touching local
 * detail the summary does not carry (played parts, active time, the daily history).
 */
export async function applySummary(
  db: CompanionDb,
  incoming: SyncSummary,
  now: number,
): Promise<void> {
  const summary = notAhead(incoming, now);
  await db.transaction('rw', [...indexTables(db), db.checks], async () => {
    const changed = {
      videos: new Set<string>(),
      playlists: new Set<string>(),
      pages: [] as [string, string][],
    };
    // Field by field: another browser's choice wins over an older one (or none) here.
    const local = await db.settings.get('settings');
    const current = await getSettings(db);
    const times = local ? choiceTimes(local) : {};
    const patch: Partial<SyncedSettings> = {};
    const chosenAt = { ...times };
    let newer = false;
    for (const field of SYNCED_SETTINGS) {
      const theirs = summary.settings?.[field];
      if (!theirs || theirs.at <= (times[field] ?? -Infinity)) continue;
      if (theirs.value !== current[field]) (patch as Record<string, unknown>)[field] = theirs.value;
      // Even the same value: the later choice is the one both browsers must hold.
      chosenAt[field] = theirs.at;
      newer = true;
    }
    const settingsWin = Object.keys(patch).length > 0;
    if (newer || (local && !local.chosenAt && Object.keys(chosenAt).length > 0)) {
      await db.settings.put({
        ...current,
        ...patch,
        chosenAt,
        key: 'settings',
        updatedAt: local?.updatedAt ?? 0,
      });
    }
    const markWatched = async (videoId: string) => {
      const row = await db.videos.get(videoId);
      if (row?.watchedAt || row?.watchedElsewhereAt || row?.manual !== undefined) return;
      await db.videos.put({
        ...(row ?? { videoId, duration: 0, coveredSeconds: 0, watchedAt: null, currentTime: 0 }),
        watchedElsewhereAt: now,
        // When it was watched is not known, only that it was since the summary's reset: a
        // later reset drops it, and it is never this browser's latest activity.
        updatedAt:
          row?.updatedAt ?? Math.min(now, Math.max(summary.epoch ?? 0, LIMITS.earliestTime)),
      });
      changed.videos.add(videoId);
    };
    for (const [playlistId, pairs] of Object.entries(summary.watched)) {
      // What this browser read from the playlist itself wins: another browser's pair only
      // fills a free position (two browsers that saw the playlist in different orders would
      // otherwise displace each other's video every round, forever).
      const rows = await db.playlistVideos.where('playlistId').equals(playlistId).toArray();
      const placed = new Set(rows.map((r) => r.videoId));
      const taken = new Set(rows.map((r) => r.position));
      for (const pair of pairs) {
        const [position, videoId] = pair.split(':') as [string, string];
        const at = Number(position);
        if (!placed.has(videoId) && !taken.has(at)) {
          await placeVideo(db, playlistId, videoId, at, undefined, now);
          placed.add(videoId);
          taken.add(at);
          changed.playlists.add(playlistId);
        }
        await markWatched(videoId);
      }
    }
    for (const videoId of summary.singles) await markWatched(videoId);
    // Nothing from before this browser's reset comes back, whatever brought it.
    const resetAt = local?.progressResetAt ?? 0;
    for (const [key, { value, at }] of Object.entries(summary.checks)) {
      if (at < resetAt) continue;
      const mine = await db.checks.get(key);
      if (!mine || at > mine.at || (at === mine.at && value > mine.status))
        await db.checks.put({ key, status: value, at });
    }
    for (const [resourceId, entries] of Object.entries(summary.pages)) {
      for (const entry of entries) {
        const [group, category, ...rest] = entry.split('|');
        const key = rest.join('|');
        const mine = await db.pages.get([resourceId, key]);
        if (mine?.visited) continue;
        await db.pages.put({
          resourceId,
          key,
          category: category ?? 'page',
          ...(group ? { group } : {}),
          visited: true,
          activeMs: mine?.activeMs ?? 0,
          // Opened elsewhere, when is not known: no time here (a later reset drops it, and
          // it is never this browser's latest activity).
          ...(mine?.firstVisitAt !== undefined ? { firstVisitAt: mine.firstVisitAt } : {}),
          ...(mine?.lastVisitAt !== undefined ? { lastVisitAt: mine.lastVisitAt } : {}),
        });
        changed.pages.push([resourceId, key]);
      }
    }
    // Every stamp seen: a change made here from now on is stamped after them (stamps.ts).
    await seeStamps(db, [
      summary.epoch ?? 0,
      ...Object.values(summary.checks).map((c) => c.at),
      ...Object.values(summary.settings ?? {}).map((c) => (c as { at: number }).at),
    ]);
    // Settings from another browser may bring another watched threshold: recount then.
    if (settingsWin) await rebuildIndex(db);
    else await updateIndex(db, changed);
  });
}
