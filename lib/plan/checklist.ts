import { t, tn, type MessageKey } from '../i18n/i18n';
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

const PARTS: (MessageKey | '')[] = ['', 'shareAll', 'shareHalf', 'shareThird', 'shareQuarter'];

function unknownSizeTarget(
  weekIndex: number,
  weekCount: number,
  kind: 'playlist' | 'course',
): string {
  const what = t(kind === 'playlist' ? 'whatPlaylist' : 'whatCourse');
  if (weekCount === 1) return t('targetWhole', { what });
  const key = PARTS[weekCount];
  const share = key ? t(key) : `1/${weekCount}`;
  return t('targetPart', { part: weekIndex + 1, parts: weekCount, what, share });
}

function describeShare(
  resource: Resource,
  share: UnitRange,
  entry: { progress: ItemProgress },
): string {
  if (share.to < share.from) return t('targetNothingNew');
  const c = resource.completion;
  const span = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  const count = share.to - share.from + 1;
  switch (c.type) {
    case 'videos': {
      const offset = c.variants[0]!.range.from - 1;
      return tn('targetVideos', count, { span: span(share.from + offset, share.to + offset) });
    }
    case 'khan-sections': {
      const required = entry.progress.steps.filter((s) => !s.optional);
      const names = required
        .slice(share.from - 1, share.to)
        .map((s, i) => `${share.from + i}: ${s.title}`);
      return tn('targetSections', names.length, { names: names.join(', ') });
    }
    case 'manual':
      return c.steps
        ? tn('targetChapters', count, { span: span(share.from, share.to) })
        : t('targetThisWeek');
    case 'kaggle':
      return t('targetExplored', { done: share.to, total: c.notebooks + c.datasets });
    case 'pages':
      return t('targetPages', { done: share.to, total: c.target });
    case 'khan-lessons':
      return t('targetLessons', { span: span(share.from, share.to) });
    case 'video':
    case 'repository':
      return t('targetThisWeek');
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
        target: t('targetCarried', { week: entry.weeks.to, rest: remainingText(entry) }),
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
            ? t('targetSpread', {
                count: due - before,
                unit: unitName(entry.progress.unit, due - before),
              })
            : t('targetSpreadNothing'),
      };
    });
}

function remainingText(entry: ChecklistEntry): string {
  const { progress } = entry;
  if (progress.total === null) return t('restFinishPlaylist');
  const left = progress.total - progress.done;
  return t('restLeft', { count: left, unit: unitName(progress.unit, left) });
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
