import { ROADMAP } from '../../data/roadmap';
import { weeklyReview } from '../../lib/plan/review';
import { emptySnapshot } from '../../lib/progress/snapshot';
import { snapshotWith } from './helpers';

// A plan started on Monday 23 November 2026; Monday 30 November begins week 2.
const START = '2026-11-23';
const MONDAY = new Date(2026, 10, 30, 9);

describe('the weekly review', () => {
  it('compares last week’s plan with what was done, day by day, and shows this week', () => {
    const minutes = new Map([
      ['2026-11-23', 35],
      ['2026-11-24', 10],
      ['2026-11-26', 40],
      ['2026-11-29', 30],
    ]);
    const snapshot = snapshotWith({
      watched: [1, 2, 3, 4],
      checks: [
        ['tip-effective-learning', true],
        ['khan-cs-principles#digital-information', true],
      ],
    });
    const review = weeklyReview(ROADMAP, START, 2, snapshot, minutes, 30, MONDAY)!;
    expect(review).toMatchObject({
      lastWeek: 1,
      totalMinutes: 115,
      goalDays: 3,
      // Sunday reached the goal: a streak of one day, today still open.
      streak: 1,
      carried: [],
    });
    expect(review.days.map((d) => [d.label, d.minutes])).toEqual([
      ['Mon 23 Nov', 35],
      ['Tue 24 Nov', 10],
      ['Wed 25 Nov', 0],
      ['Thu 26 Nov', 40],
      ['Fri 27 Nov', 0],
      ['Sat 28 Nov', 0],
      ['Sun 29 Nov', 30],
    ]);
    // Week 1's required items: the tip, Khan, Python (4 videos due), the exercises (nothing
    // due before week 2), and the DSA playlist, whose size is not known yet.
    expect(review.planned).toBe(5);
    expect(review.done).toBe(4);
    expect(review.open).toEqual(['Data structures & algorithms']);
    expect(review.thisWeek.find((i) => i.title.startsWith('Python tutorials'))?.target).toBe(
      'Videos 5–7',
    );
  });

  it('lists what carries over once an item’s weeks are past, and has nothing for week 1', () => {
    expect(weeklyReview(ROADMAP, START, 1, emptySnapshot(), new Map(), 30, MONDAY)).toBeNull();
    const week5 = weeklyReview(ROADMAP, '2026-10-26', 5, emptySnapshot(), new Map(), 30, MONDAY)!;
    expect(week5.carried).toContain('Python tutorials 1–14 (level 1)');
    expect(week5.totalMinutes).toBe(0);
  });
});

describe('the weekly review in units (issue 31)', () => {
  it('counts last week’s planned units and percent, not whole items', () => {
    const none = weeklyReview(ROADMAP, START, 2, snapshotWith(), new Map(), 30, MONDAY)!;
    expect(none.unitsDone).toBe(0);
    expect(none.percent).toBe(0);
    expect(none.unitsPlanned).toBeGreaterThan(none.planned);
    // Watching three of week 1's Python videos counts three units, though no item is done.
    const some = weeklyReview(
      ROADMAP,
      START,
      2,
      snapshotWith({ watched: [1, 2, 3] }),
      new Map(),
      30,
      MONDAY,
    )!;
    expect(some.unitsDone).toBe(3);
    expect(some.percent).toBe(Math.floor((3 / some.unitsPlanned) * 100));
    expect(some.unitsPlanned).toBe(none.unitsPlanned);
    // What carries over says what is left of it.
    const week3 = weeklyReview(ROADMAP, START, 3, snapshotWith(), new Map(), 30, MONDAY)!;
    expect(week3.carriedDetail.length).toBe(week3.carried.length);
    expect(week3.carriedDetail.every((c) => c.target.length > 0)).toBe(true);
  });
});
