import type { Phase, Resource, Roadmap, WeekRange } from '../../data/roadmap-types';
import { chosenVariant, itemsOfWeek, allItems } from './roadmap-index';
import { cumulativeTarget, weekShare, type UnitRange } from './share';
import { spreadDue } from './replan';
import { isSettled, itemProgress, type ItemProgress } from '../progress/item-progress';
import type { ProgressSnapshot } from '../progress/snapshot';
import { unitName } from '../progress/units';

export interface ChecklistEntry {
  phase: Phase;
  resource: Resource;
  weeks: WeekRange;
  /** 0-based week inside the item's weeks, and how many weeks it spans. */
  weekIndex: number;
  weekCount: number;
  progress: ItemProgress;
  /** This week's units, in the item's numbering; null while the item's size is unknown. */
  share: UnitRange | null;
  /** Units that should be done by the end of this week; null while unknown. */
  dueByWeekEnd: number | null;
  /** This week's target in words: "Videos 5–7", "Section 2: The Internet". */
  target: string;
  /** Set on unfinished items of an earlier week shown in a later one. */
  carriedOverFrom?: number;
  /** Carried over, and shared out over the weeks left: this week's part is a share like any. */
  spread?: boolean;
}

const PARTS = ['', 'all', 'half', 'third', 'quarter'];

function unknownSizeTarget(weekIndex: number, weekCount: number, what: string): string {
  if (weekCount === 1) return `The whole ${what}`;
  const part = PARTS[weekCount] ?? `1/${weekCount}`;
  return `Part ${weekIndex + 1} of ${weekCount} of the ${what} (a ${part} each week)`;
}

function describeShare(
  resource: Resource,
  share: UnitRange,
  entry: { progress: ItemProgress },
): string {
  if (share.to < share.from) return 'Nothing new this week: catch up or read ahead';
  const c = resource.completion;
  const span = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  switch (c.type) {
    case 'videos': {
      const offset = c.variants[0]!.range.from - 1;
      return `Video${share.to > share.from ? 's' : ''} ${span(share.from + offset, share.to + offset)}`;
    }
    case 'khan-sections': {
      const required = entry.progress.steps.filter((s) => !s.optional);
      const names = required
        .slice(share.from - 1, share.to)
        .map((s, i) => `${share.from + i}: ${s.title}`);
      return `Section${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
    }
    case 'manual':
      return c.steps
        ? `Chapter${share.to > share.from ? 's' : ''} ${span(share.from, share.to)}`
        : 'Do it this week';
    case 'kaggle':
      return `${share.to} of ${c.notebooks + c.datasets} explored by the end of the week`;
    case 'pages':
      return `${share.to} of ${c.target} tutorial pages by the end of the week`;
    case 'khan-lessons':
      return `Lessons ${span(share.from, share.to)} of the unit`;
    case 'video':
    case 'repository':
      return 'Do it this week';
  }
}

export function checklistEntry(
  item: { phase: Phase; resource: Resource; weeks: WeekRange },
  week: number,
  snapshot: ProgressSnapshot,
): ChecklistEntry {
  const progress = itemProgress(item.resource, snapshot);
  const weekCount = item.weeks.to - item.weeks.from + 1;
  const weekIndex = Math.min(Math.max(week - item.weeks.from, 0), weekCount - 1);
  const total = progress.total;
  const share = total === null ? null : weekShare(total, weekCount, weekIndex);
  return {
    ...item,
    weekIndex,
    weekCount,
    progress,
    share,
    dueByWeekEnd: total === null ? null : cumulativeTarget(total, weekCount, weekIndex + 1),
    target: share
      ? describeShare(item.resource, share, { progress })
      : unknownSizeTarget(
          weekIndex,
          weekCount,
          item.resource.completion.type === 'videos' ? 'playlist' : 'course',
        ),
  };
}

export function weekChecklist(
  roadmap: Roadmap,
  week: number,
  snapshot: ProgressSnapshot,
): ChecklistEntry[] {
  return itemsOfWeek(roadmap, week).map((item) => checklistEntry(item, week, snapshot));
}

/**
 * Required items of weeks before `week` that are not done: they stay on the list, marked,
 * so unfinished work is never hidden.
 */
export function carriedOver(
  roadmap: Roadmap,
  week: number,
  snapshot: ProgressSnapshot,
): ChecklistEntry[] {
  return allItems(roadmap)
    .filter(({ resource, weeks }) => weeks.to < week && !resource.optional)
    .map((item) => checklistEntry(item, item.weeks.to, snapshot))
    .filter((entry) => !isSettled(entry.progress))
    .map((entry) => {
      const carried = {
        ...entry,
        carriedOverFrom: entry.weeks.to,
        target: `Carried over from week ${entry.weeks.to}: ${remainingText(entry)}`,
      };
      const spread = snapshot.spread;
      const item = spread?.items[entry.resource.id];
      if (!spread || !item || week < spread.fromWeek || entry.progress.total === null)
        return carried;
      // Shared out over the weeks left: this week's part is due by its end, like any share.
      const due = spreadDue(spread, item, week, roadmap.totalWeeks);
      const before = spreadDue(spread, item, week - 1, roadmap.totalWeeks);
      const share = { from: before + 1, to: due };
      return {
        ...carried,
        share,
        dueByWeekEnd: due,
        spread: true,
        target:
          due > before
            ? `Spread over the weeks left: ${due - before} ${unitName(entry.progress.unit, due - before)} this week`
            : 'Spread over the weeks left: nothing more this week',
      };
    });
}

function remainingText(entry: ChecklistEntry): string {
  const { progress } = entry;
  if (progress.total === null) return 'finish the playlist';
  const left = progress.total - progress.done;
  return `${left} ${unitName(progress.unit, left)} left`;
}

export interface OverallProgress {
  done: number;
  total: number;
}

/** Required items done across the whole roadmap. */
export function overallProgress(roadmap: Roadmap, snapshot: ProgressSnapshot): OverallProgress {
  const required = allItems(roadmap)
    .filter(({ resource }) => !resource.optional)
    .map(({ resource }) => itemProgress(resource, snapshot))
    .filter((progress) => !progress.skipped);
  return { done: required.filter((p) => p.complete).length, total: required.length };
}

/** The playlist link the learner should open for an item, in their language. */
export function itemUrl(resource: Resource, snapshot: ProgressSnapshot): string {
  return chosenVariant(resource, snapshot.language)?.url ?? resource.url;
}
