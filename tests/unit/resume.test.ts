import { ROADMAP } from '../../data/roadmap';
import { allItems } from '../../lib/plan/roadmap-index';
import { checkKey } from '../../lib/progress/snapshot';
import {
  earliestUnfinishedWeek,
  previewResume,
  RESUME_AFTER_WEEKS,
  weeksAway,
} from '../../lib/plan/resume';
import { activeSpread, readHistory, type PlanChange } from '../../lib/plan/replan';
import { weekStatus, startDayForWeek } from '../../lib/plan/calendar';
import { handlePageRequest } from '../../lib/service/page-requests';
import { setCheck } from '../../lib/db/checks-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { freshDb } from './db-helpers';
import { snapshotWith } from './helpers';

const TODAY = new Date(2026, 11, 3, 12);

/** Everything that starts before `week` ticked done by hand. */
function doneBefore(week: number) {
  return snapshotWith({
    checks: allItems(ROADMAP)
      .filter(({ resource, weeks }) => !resource.optional && weeks.from < week)
      .map(({ resource }) => [checkKey(resource.id), true] as [string, boolean]),
  });
}
const firstStartFrom = (week: number) =>
  Math.min(
    ...allItems(ROADMAP)
      .filter(({ resource, weeks }) => !resource.optional && weeks.from >= week)
      .map(({ weeks }) => weeks.from),
  );

describe('coming back after falling behind (issue 31)', () => {
  it('finds the week of the earliest unfinished work', () => {
    expect(earliestUnfinishedWeek(ROADMAP, 12, snapshotWith())).toBe(1);
    const week = firstStartFrom(3);
    expect(earliestUnfinishedWeek(ROADMAP, 12, doneBefore(3))).toBe(week);
    // Nothing due yet is unfinished before the plan reaches it.
    expect(earliestUnfinishedWeek(ROADMAP, week - 1, doneBefore(3))).toBeNull();
  });

  it('at week 12 after stopping at week 3: one move makes this week week 3’s, undoable', async () => {
    const target = firstStartFrom(3);
    const start = startDayForWeek(TODAY, 12);
    const preview = previewResume(ROADMAP, start, TODAY, doneBefore(3))!;
    expect(preview).toMatchObject({
      weekNow: 12,
      weekAfter: target,
      weeks: 12 - target,
      pastEnd: false,
    });
    const after = weekStatus(preview.startDate, TODAY, ROADMAP.totalWeeks);
    expect(after).toMatchObject({ state: 'active', week: target });

    const db = freshDb();
    await updateSettings(db, { startDate: start }, TODAY.getTime() - 1000);
    for (const { resource, weeks } of allItems(ROADMAP))
      if (!resource.optional && weeks.from < 3)
        await setCheck(db, checkKey(resource.id), true, TODAY.getTime() - 900);
    expect(
      await handlePageRequest(db, { type: 'ui:replan', kind: 'resume', weeks: 0 }, TODAY.getTime()),
    ).toBe(true);
    const moved = await getSettings(db);
    expect(moved.startDate).toBe(preview.startDate);
    expect(readHistory(moved.planHistory).at(-1)).toMatchObject({
      kind: 'resume',
      weeks: 12 - target,
    });
    // Nothing to resume any more; undo brings the old dates back.
    expect(
      await handlePageRequest(
        db,
        { type: 'ui:replan', kind: 'resume', weeks: 0 },
        TODAY.getTime() + 1,
      ),
    ).toBe(false);
    expect(await handlePageRequest(db, { type: 'ui:undo' }, TODAY.getTime() + 2)).toBe(true);
    expect((await getSettings(db)).startDate).toBe(start);
  });

  it('offers nothing to a learner on track or only a week behind', () => {
    const week = firstStartFrom(3);
    const start = startDayForWeek(TODAY, week + RESUME_AFTER_WEEKS - 1);
    expect(previewResume(ROADMAP, start, TODAY, doneBefore(3))).toBeNull();
  });

  it('past week 24 with work left: an extension of the plan, to the earliest unfinished week', () => {
    const start = startDayForWeek(TODAY, 27);
    const preview = previewResume(ROADMAP, start, TODAY, snapshotWith())!;
    expect(preview).toMatchObject({ weekNow: 27, weekAfter: 1, weeks: 26, pastEnd: true });
    expect(preview.endAfter > preview.endBefore).toBe(true);
    // Past the end with nothing left: nothing to offer.
    const all = snapshotWith({
      checks: allItems(ROADMAP).map(
        ({ resource }) => [checkKey(resource.id), true] as [string, boolean],
      ),
    });
    expect(previewResume(ROADMAP, start, TODAY, all)).toBeNull();
  });

  it('a resume ends a spread in force (the weeks are numbered anew)', () => {
    const spread: PlanChange = {
      kind: 'spread',
      weeks: 0,
      from: '2026-09-07',
      to: '2026-09-07',
      at: 1,
      spread: { fromWeek: 10, items: { dsa: [1, 10] } },
    };
    expect(activeSpread([spread])).toBeDefined();
    expect(
      activeSpread([
        spread,
        { kind: 'resume', weeks: 5, from: '2026-09-07', to: '2026-10-12', at: 2 },
      ]),
    ).toBeUndefined();
  });

  it('says how many whole weeks the learner was away', () => {
    expect(weeksAway([], TODAY)).toBeNull();
    expect(weeksAway(['2026-12-01'], TODAY)).toBe(0);
    expect(weeksAway(['2026-10-01', '2026-10-15'], TODAY)).toBe(7);
  });
});
