import { ROADMAP } from '../../data/roadmap';
import type { NumberWord } from '../../data/roadmap-types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../lib/backup/backup-schema';
import { toIsoDay } from '../../lib/plan/calendar';
import { allItems } from '../../lib/plan/roadmap-index';
import { cumulativeTarget } from '../../lib/plan/share';

const DAY = 86_400_000;

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** An 11-character video id, the same for the same playlist and position. */
function videoIdFor(playlistId: string, position: number): string {
  let hash = 2166136261;
  for (const c of `${playlistId}#${position}`) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619);
  let id = '';
  for (let i = 0; i < 11; i++) {
    hash = Math.imul(hash ^ (hash >>> 13), 2654435761);
    id += ID_CHARS[(hash >>> 0) % 64];
  }
  return id;
}

const WORD: Record<NumberWord, string> = {
  tutorial: 'Tutorial',
  part: 'Part',
  project: 'Project',
};

/**
 * A learner `weeksIn` weeks into the plan (week `weeksIn + 1` today), as a backup file: the
 * items of the weeks behind done (videos watched whole, the rest ticked), the items still
 * running watched up to their share of those weeks, study on most days with a few gaps (and
 * some today), two notes at moments of a video, one about its item and a link of their own.
 * Imported through the settings as a learner restores one, so the pictures show what a real file gives.
 */
export function learnerBackup(now: number, weeksIn = 9): Backup {
  const start = now - weeksIn * 7 * DAY;
  const playlists = new Map<string, Backup['data']['playlists'][number]>();
  const rows = new Map<string, Backup['data']['playlistVideos'][number]>();
  const videos = new Map<string, Backup['data']['videos'][number]>();
  const checks: Backup['data']['checks'] = [];
  const pages: Backup['data']['pages'] = [];
  for (const { resource, weeks } of allItems(ROADMAP)) {
    if (resource.optional || weeks.from > weeksIn) continue;
    const done = weeks.to <= weeksIn;
    const c = resource.completion;
    const span = weeks.to - weeks.from + 1;
    const onPlan = (size: number) =>
      done ? size : cumulativeTarget(size, span, weeksIn - weeks.from + 1);
    if (c.type === 'kaggle') {
      const opened = onPlan(c.notebooks + c.datasets);
      for (let i = 0; i < opened; i++) {
        const notebook = i < c.notebooks;
        pages.push({
          resourceId: resource.id,
          key: notebook ? `/code/learner/eda-${i + 1}` : `/datasets/learner/data-${i + 1}`,
          category: notebook ? 'notebook' : 'dataset',
          visited: true,
          firstVisitAt: start + (weeks.from - 1) * 7 * DAY + i * DAY,
          lastVisitAt: start + (weeks.from - 1) * 7 * DAY + i * DAY,
          activeMs: 15 * 60_000,
        });
      }
      continue;
    }
    if (c.type !== 'videos') {
      if (done) checks.push({ key: resource.id, status: 'done', at: start + weeks.to * 7 * DAY });
      continue;
    }
    const { playlistId, range } = c.variants[0]!;
    // "To the end" of a playlist of ten; a fixed range within a longer one.
    const last = range.to ?? range.from + 9;
    const total = Math.max(
      range.to === null ? last : last + 2,
      playlists.get(playlistId)?.total ?? 0,
    );
    playlists.set(playlistId, { playlistId, title: resource.title, total, updatedAt: start });
    // On plan: each week's share watched, up to the last full week.
    const watchedCount = onPlan(last - range.from + 1);
    for (let position = 1; position <= total; position++) {
      const videoId = videoIdFor(playlistId, position);
      const number = range.numbered ? position - range.from + range.numbered.from : position;
      const title = range.numbered
        ? `${resource.title}: ${WORD[range.numbered.word]} - ${number}`
        : `${resource.title}, video ${position}`;
      // Two items in one playlist (Python's levels): a row is named by the item it belongs to.
      const ours = position >= range.from && position <= last;
      if (ours || !rows.has(`${playlistId}#${position}`))
        rows.set(`${playlistId}#${position}`, {
          playlistId,
          videoId,
          position,
          title,
          updatedAt: start,
        });
      const inRange = position >= range.from && position < range.from + watchedCount;
      if (!inRange || videos.has(videoId)) continue;
      const watchedAt = start + (weeks.from - 1) * 7 * DAY + (position % 7) * DAY;
      videos.set(videoId, {
        videoId,
        duration: 600,
        intervals: [[0, 600]],
        coveredSeconds: 600,
        watchedAt,
        currentTime: 600,
        updatedAt: watchedAt,
      });
    }
  }
  const daily: Backup['data']['daily'] = [];
  for (let d = 0; d <= weeksIn * 7; d++) {
    // A day off most weeks, and a longer break in the fourth week.
    if (d % 7 === 3 || (d >= 22 && d <= 25)) continue;
    daily.push({
      day: toIsoDay(new Date(now - d * DAY)),
      studyMs: (15 + ((d * 37) % 45)) * 60_000,
    });
  }
  const python = allItems(ROADMAP).find((i) => i.resource.completion.type === 'videos')!;
  const c = python.resource.completion as Extract<
    typeof python.resource.completion,
    { type: 'videos' }
  >;
  const { playlistId, range } = c.variants[0]!;
  const noted = rows.get(`${playlistId}#${range.from}`)!;
  const notes: NonNullable<Backup['data']['notes']>[number][] = [
    ['n-print', 12, 'print() takes any number of arguments'],
    ['n-names', 21, 'Variables are names, not boxes'],
  ].map(([id, seconds, text]) => ({
    id: id as string,
    videoId: noted.videoId,
    itemId: python.resource.id,
    week: python.weeks.from,
    seconds: seconds as number,
    text: text as string,
    createdAt: start + DAY,
    updatedAt: start + DAY,
  }));
  // About the item as a whole, and a link of the learner's own for it.
  notes.push(
    {
      id: 'n-item',
      itemId: python.resource.id,
      week: python.weeks.from,
      text: 'Type every example myself, then change one thing and predict the output',
      createdAt: start + 2 * DAY,
      updatedAt: start + 2 * DAY,
    },
    {
      id: 'n-link',
      itemId: python.resource.id,
      week: python.weeks.from,
      text: 'Python Tutor: see the code run step by step',
      url: 'https://pythontutor.com/',
      createdAt: start + 2 * DAY,
      updatedAt: start + 2 * DAY,
    },
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    data: {
      settings: {
        key: 'settings',
        startDate: toIsoDay(new Date(start)),
        language: 'en',
        watchedThreshold: 0.9,
        companionPanel: true,
        dailyGoalMinutes: 30,
        reminderEnabled: false,
        reminderTime: '19:00',
        updatedAt: start,
      },
      videos: [...videos.values()],
      playlistVideos: [...rows.values()],
      playlists: [...playlists.values()],
      pages,
      checks,
      daily,
      notes,
    },
  };
}
