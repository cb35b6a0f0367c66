/**
 * Today's slice of the week: what is left of each item's share this week, spread over the
 * learner's study days still to come (today included). A rest day asks nothing.
 */
import { t, tn } from '../i18n/i18n';
import type { Resource } from '../../data/roadmap-types';
import type { ChecklistEntry } from './checklist';
import { rangeSize } from './share';
import { chosenVariant } from './roadmap-index';
import { itemUrl } from './checklist';
import { watchUrl } from '../tracking/youtube-url';
import { isSettled, type ItemProgress, type ProgressUnit } from '../progress/item-progress';
import { rangeView } from '../progress/range-units';
import type { ProgressSnapshot } from '../progress/snapshot';
import { unitName } from '../progress/units';
import { checkKey } from '../progress/snapshot';
import { titleOf } from '../i18n/roadmap-words';
import { khanSectionUrl } from './next-step';
import type { WeekStatus } from './calendar';

/**
 * Whether a row's tick box shows done, from the item's live progress: its video watched (by
 * tracking or by hand), its section done (ticked or detected), or the whole item settled.
 */
export function rowDone(
  row: TodayRow,
  progress: ItemProgress | undefined,
  snapshot: ProgressSnapshot,
): boolean {
  if (!row.mark) return false;
  if ('videoId' in row.mark) return snapshot.watchedVideos.has(row.mark.videoId);
  if (!progress) return false;
  const key = row.mark.check;
  const step = progress.steps.find((s) => key.endsWith(`#${s.id}`));
  return step ? step.done : isSettled(progress);
}

/**
 * The day of the plan's week Today works on (1–7): while the plan runs, and past its last
 * week while work is left (the weeks after it go on counting from the start); null otherwise.
 */
export function todayDayOfWeek(status: WeekStatus, workLeft: boolean): number | null {
  if (status.state === 'active') return status.dayOfWeek;
  if (status.state === 'finished' && workLeft) return ((status.daysSinceEnd - 1) % 7) + 1;
  return null;
}

/** Study days as ISO weekday digits (1 Monday … 7 Sunday), each once, in order, at least one. */
export function isStudyDays(value: string): boolean {
  return /^1?2?3?4?5?6?7?$/.test(value) && value.length > 0;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a date. */
const isoWeekday = (date: Date) => ((date.getDay() + 6) % 7) + 1;

export function isStudyDay(date: Date, studyDays: string): boolean {
  return studyDays.includes(String(isoWeekday(date)));
}

/** Study days left in the plan's week from today on, today included (day 7 ends the week). */
export function studyDaysLeft(today: Date, dayOfWeek: number, studyDays: string): number {
  let count = 0;
  for (let offset = 0; offset <= 7 - dayOfWeek; offset++) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    if (isStudyDay(day, studyDays)) count++;
  }
  return count;
}

export interface TodayVideo {
  videoId: string;
  /** The author's number of the video (or its position, when counting by position). */
  number: number;
}

/** One row of Today: what it opens, and what its tick box marks. */
export interface TodayRow {
  /** A video's title, a section's, or (a counted item) the item's own. */
  label: string;
  url: string;
  /**
   * A video (marked watched by hand), or a tick: the item's or one of its sections'. None for
   * a playlist whose videos are not known yet: ticking it would settle the whole item.
   */
  mark: { videoId: string } | { check: string } | null;
}

export interface TodayPart {
  resource: Resource;
  unit: ProgressUnit;
  /** Units to do today. */
  count: number;
  /** Today's videos, for a playlist item (only those already learned from the playlist). */
  videos: TodayVideo[];
  /** "videos 5–6", "1 section". */
  what: string;
  /** What the row opens: the first of today's videos in its playlist, else the item's page. */
  url: string;
  /** One row per video or section asked today; one for the item when it is counted in pages. */
  rows: TodayRow[];
}

export interface TodayPlan {
  restDay: boolean;
  parts: TodayPart[];
}

function numbersText(numbers: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Today asks for at most this many items: a learner far behind is not handed nine at once. */
export const TODAY_MAX_ITEMS = 3;

/**
 * What today asks: earliest work first (what earlier weeks left, in the roadmap's order, then
 * this week's items; not optional or skipped), for each what is left of its share divided by
 * the study days left, rounded up, and at most `TODAY_MAX_ITEMS` items. Inside a playlist the
 * videos asked are its first unwatched ones: never video k while videos before it are unwatched.
 */
export function todayPlan(
  entries: ChecklistEntry[],
  snapshot: ProgressSnapshot,
  dayOfWeek: number,
  today: Date,
  studyDays: string,
): TodayPlan {
  if (!isStudyDay(today, studyDays)) return { restDay: true, parts: [] };
  const daysLeft = Math.max(1, studyDaysLeft(today, dayOfWeek, studyDays));
  const parts: TodayPart[] = [];
  const carried = (e: ChecklistEntry) => e.carriedOverFrom !== undefined && !e.spread;
  const ordered = [...entries.filter(carried), ...entries.filter((e) => !carried(e))];
  for (const entry of ordered) {
    if (parts.length >= TODAY_MAX_ITEMS) break;
    const { resource, progress, share, dueByWeekEnd } = entry;
    if (
      resource.optional ||
      isSettled(progress) ||
      share === null ||
      dueByWeekEnd === null ||
      progress.total === null ||
      progress.unit === 'task' ||
      progress.unit === 'video'
    )
      continue;
    // What earlier weeks left is due now, whole; this week's share, from what is done.
    const dueBefore = carried(entry) ? 0 : dueByWeekEnd - rangeSize(share);
    const left = dueByWeekEnd - Math.max(progress.done, dueBefore);
    if (left <= 0) continue;
    const count = Math.ceil(left / daysLeft);
    const variant = chosenVariant(resource, snapshot.language);
    const c = resource.completion;
    if (c.type !== 'videos' || !variant) {
      const url = itemUrl(resource, snapshot);
      const steps =
        c.type === 'khan-sections'
          ? progress.steps.filter((step) => !step.optional && !step.done).slice(0, count)
          : [];
      const rows = steps.flatMap((step): TodayRow[] => {
        const section = c.type === 'khan-sections' && c.sections.find((x) => x.id === step.id);
        return section
          ? [
              {
                label: step.title,
                url: khanSectionUrl(c.coursePath, section),
                mark: { check: checkKey(resource.id, step.id) },
              },
            ]
          : [];
      });
      parts.push({
        resource,
        unit: progress.unit,
        count,
        videos: [],
        what: `${count} ${unitName(progress.unit, count)}`,
        url,
        rows:
          rows.length > 0
            ? rows
            : [{ label: titleOf(resource), url, mark: { check: checkKey(resource.id) } }],
      });
      continue;
    }
    // The first units not watched yet, in order: never video k while one before it is unwatched.
    const view = rangeView(resource.id, variant, snapshot);
    const units: number[] = [];
    for (let unit = 1; unit <= dueByWeekEnd && units.length < count; unit++)
      if (!progress.doneUnits.has(unit)) units.push(unit);
    if (units.length === 0) continue;
    const numbers = units.map((u) => view.first + u - 1);
    const placed = units.flatMap((u) => {
      const video = view.byUnit.get(u)?.[0];
      return video ? [{ video, number: view.first + u - 1 }] : [];
    });
    const videos = placed.map(({ video, number }) => ({ videoId: video.videoId, number }));
    const first = placed[0]?.video;
    const rows = placed.map(({ video, number }): TodayRow => ({
      label: snapshot.videoTitles.get(video.videoId) ?? t('videoNumber', { n: number }),
      url: watchUrl(
        video.videoId,
        variant.playlistId,
        video.position,
        snapshot.resumeAt.get(video.videoId),
      ),
      mark: { videoId: video.videoId },
    }));
    const url = first ? watchUrl(first.videoId, variant.playlistId, first.position) : variant.url;
    parts.push({
      resource,
      unit: progress.unit,
      count: units.length,
      videos,
      what: tn('todayVideos', units.length, { numbers: numbersText(numbers) }),
      url,
      // Videos not learned from the playlist yet: its page teaches them.
      rows: rows.length > 0 ? rows : [{ label: titleOf(resource), url, mark: null }],
    });
  }
  return { restDay: false, parts };
}

/**
 * What today's videos take, in words: the seconds left to play of those whose duration is
 * known, at the learner's usual speed once measured; the others are said apart. Empty when
 * nothing is known.
 */
export function videoTimeText(leftSeconds: number, unknown: number, speed: number | null): string {
  if (!(leftSeconds > 0)) return '';
  const rate = speed && speed > 0 ? speed : 1;
  const minutes = Math.max(1, Math.ceil(leftSeconds / 60 / rate));
  const pace =
    speed && Math.abs(speed - 1) >= 0.05
      ? t('speedUsual', { speed: Number(speed.toFixed(2)) })
      : t('speedNormal');
  const rest = unknown > 0 ? t('videoTimeUnknown', { count: unknown }) : '';
  return t('videoTime', { minutes, pace, rest });
}
