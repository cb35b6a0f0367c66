import {
  activeSpread,
  applyReplan,
  applySpread,
  inCatchUpWeek,
  spreadDue,
  previewReplan,
  readHistory,
  undoReplan,
  type PlanChange,
} from '../../lib/plan/replan';
import { weekStatus } from '../../lib/plan/calendar';
import { ROADMAP } from '../../data/roadmap';
import { carriedOver, weekChecklist } from '../../lib/plan/checklist';
import { paceOf } from '../../lib/plan/pace';
import { previewSpread } from '../../lib/plan/spread';
import { inTimeZone, snapshotWith } from './helpers';

// Started six weeks ago: today (Wednesday 2 December 2026) is in week 7.
const START = '2026-10-21';
const TODAY = new Date(2026, 11, 2, 10);

describe('re-planning', () => {
  it('previews a shift: the week today, its dates and the plan’s new end', () => {
    expect(previewReplan(START, TODAY, 'shift', 2, 24)).toEqual({
      kind: 'shift',
      weeks: 2,
      startDate: '2026-11-04',
      weekBefore: 7,
      weekAfter: 5,
      first: '2026-12-02',
      last: '2026-12-08',
      endBefore: '2027-04-06',
      endAfter: '2027-04-20',
    });
  });

  it('applies what it previewed, and only the dates: undo restores the plan', () => {
    const preview = previewReplan(START, TODAY, 'shift', 2, 24)!;
    const applied = applyReplan(preview, START, [], 1000);
    expect(applied.startDate).toBe(preview.startDate);
    expect(weekStatus(applied.startDate, TODAY, 24)).toMatchObject({ week: preview.weekAfter });
    const history = readHistory(applied.planHistory);
    expect(history).toEqual([{ kind: 'shift', weeks: 2, from: START, to: '2026-11-04', at: 1000 }]);
    const undone = undoReplan(applied.startDate, history)!;
    expect(undone.startDate).toBe(START);
    expect(readHistory(undone.planHistory)).toEqual([]);
    expect(weekStatus(undone.startDate, TODAY, 24)).toMatchObject({ week: 7 });
  });

  it('undoes changes one by one, and not over a start date chosen since', () => {
    let start = START;
    let history: PlanChange[] = [];
    for (const [kind, weeks, at] of [
      ['shift', 1, 1],
      ['catch-up', 1, 2],
      ['shift', 3, 3],
    ] as const) {
      const applied = applyReplan(
        previewReplan(start, TODAY, kind, weeks, 24)!,
        start,
        history,
        at,
      );
      start = applied.startDate;
      history = readHistory(applied.planHistory);
    }
    expect(weekStatus(start, TODAY, 24)).toMatchObject({ week: 2 });
    expect(undoReplan('2026-12-01', history)).toBeNull();
    while (history.length > 0) {
      const undone = undoReplan(start, history)!;
      start = undone.startDate;
      history = readHistory(undone.planHistory);
    }
    expect(start).toBe(START);
  });

  it('refuses a change that would start before week 1, or outside the plan', () => {
    expect(previewReplan(START, TODAY, 'shift', 7, 24)).toBeNull();
    expect(previewReplan(START, TODAY, 'shift', 0, 24)).toBeNull();
    expect(previewReplan(START, TODAY, 'shift', 9, 24)).toBeNull();
    expect(previewReplan('2026-12-10', TODAY, 'shift', 1, 24)).toBeNull();
    expect(previewReplan('2025-01-01', TODAY, 'shift', 1, 24)).toBeNull();
  });

  it('marks the catch-up week while the learner is in it', () => {
    const preview = previewReplan(START, TODAY, 'catch-up', 1, 24)!;
    expect(preview).toMatchObject({ weeks: 1, weekAfter: 6 });
    const applied = applyReplan(preview, START, [], TODAY.getTime());
    const history = readHistory(applied.planHistory);
    expect(inCatchUpWeek(applied.startDate, history, TODAY, 24)).toBe(true);
    expect(inCatchUpWeek(applied.startDate, history, new Date(2026, 11, 9, 10), 24)).toBe(false);
    expect(inCatchUpWeek(START, history, TODAY, 24)).toBe(false);
  });

  it('reads a damaged history as empty, and drops entries that are not changes', () => {
    expect(readHistory('{not json')).toEqual([]);
    expect(readHistory('{"kind":"shift"}')).toEqual([]);
    expect(
      readHistory(
        JSON.stringify([
          { kind: 'shift', weeks: 1, from: START, to: '2026-10-28', at: 1 },
          { kind: 'erase', weeks: 1, from: START, to: '2026-10-28', at: 1 },
          { kind: 'shift', weeks: 1, from: 'soon', to: '2026-10-28', at: 1 },
        ]),
      ),
    ).toHaveLength(1);
  });

  describe('across a change of clocks', () => {
    inTimeZone('Europe/Berlin');
    it('moves by whole calendar weeks over the end of summer time', () => {
      const preview = previewReplan('2026-09-02', new Date(2026, 9, 28, 12), 'shift', 2, 24)!;
      expect(preview.startDate).toBe('2026-09-16');
      expect(preview).toMatchObject({ weekBefore: 9, weekAfter: 7 });
    });
  });
});

describe('spreading what is carried over', () => {
  it('shares each item’s remaining work evenly over the weeks left, fixed at the spread', () => {
    const spread = { fromWeek: 7, items: { a: [2, 14] as [number, number] } };
    // 12 videos over weeks 7–24 (18 weeks): the due count climbs to 14 by week 24.
    const due = (week: number) => spreadDue(spread, spread.items.a, week, 24);
    expect(due(6)).toBe(2);
    expect(due(7)).toBe(3);
    expect(due(24)).toBe(14);
    for (let week = 7; week <= 24; week++) expect(due(week)).toBeGreaterThanOrEqual(due(week - 1));
  });

  it('turns the backlog into this week’s work: previewed, applied, undone, progress untouched', () => {
    // Week 7 with only two Python videos watched: the weeks 1–6 items are carried over.
    const base = snapshotWith({ watched: [1, 2] });
    const carried = carriedOver(ROADMAP, 7, base);
    const preview = previewSpread(carried, 7, 24)!;
    expect(preview.spread.items['python-level-1']).toEqual([2, 14]);
    expect(preview.weeks).toBe(18);
    const before = paceOf([...carried, ...weekChecklist(ROADMAP, 7, base)]);
    expect(before.farBehind).toBe(true);

    const applied = applySpread(START, preview.spread, [], 1000);
    const history = readHistory(applied.planHistory);
    expect(activeSpread(history)).toEqual(preview.spread);
    const spreadSnapshot = { ...base, spread: activeSpread(history)! };
    const now = carriedOver(ROADMAP, 7, spreadSnapshot);
    const python = now.find((e) => e.resource.id === 'python-level-1')!;
    expect(python).toMatchObject({ spread: true, dueByWeekEnd: 3, share: { from: 3, to: 3 } });
    expect(python.target).toBe('Spread over the weeks left: 1 video this week');
    // Only the plan changed: the item's progress is the same.
    expect(python.progress).toEqual(
      carried.find((e) => e.resource.id === 'python-level-1')!.progress,
    );
    const after = paceOf([...now, ...weekChecklist(ROADMAP, 7, spreadSnapshot)]);
    expect(after.farBehind).toBe(false);
    expect(after.backlogText).toBeUndefined();

    const undone = undoReplan(START, history)!;
    expect(undone.startDate).toBe(START);
    expect(activeSpread(readHistory(undone.planHistory))).toBeUndefined();
  });
});
