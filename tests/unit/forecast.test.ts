import { ROADMAP } from '../../data/roadmap';
import { forecast, workLeft } from '../../lib/plan/forecast';
import { emptySnapshot } from '../../lib/progress/snapshot';
import { snapshotWith } from './helpers';

const START = '2026-10-05';
const TODAY = new Date(2026, 11, 2, 12);
const day = (d: number) => new Date(2026, 10, d, 12).getTime();

describe('the finish-date forecast', () => {
  it('divides the work left by the weekly pace of the last four weeks, as a range', () => {
    // 40 units over the last four weeks: 10 a week; 100 left: about 10 weeks.
    const done = Array.from({ length: 40 }, (_, i) => day(5 + (i % 27)));
    const result = forecast(done, 100, START, TODAY)!;
    expect(result).toMatchObject({ perWeek: 10, weeks: 4, left: 100 });
    // ±25 %: 8 to 13.4 weeks from today.
    expect(result.from).toBe('2027-01-27');
    expect(result.to).toBe('2027-03-06');
  });

  it('narrows the range as more weeks are known', () => {
    const done = Array.from({ length: 40 }, (_, i) => day(25 + (i % 7)));
    const oneWeek = forecast(done.slice(0, 10), 100, '2026-11-25', TODAY)!;
    const fourWeeks = forecast(
      Array.from({ length: 40 }, (_, i) => day(5 + (i % 27))),
      100,
      START,
      TODAY,
    )!;
    expect(oneWeek.weeks).toBe(1);
    const width = (f: { from: string; to: string }) =>
      (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000;
    expect(width(oneWeek)).toBeGreaterThan(width(fourWeeks));
  });

  it('says nothing before a whole week, without recent progress, or with nothing left', () => {
    expect(forecast([day(30)], 100, '2026-11-28', TODAY)).toBeNull();
    expect(forecast([day(1)], 100, '2026-09-01', TODAY)).toBeNull();
    expect(forecast([day(30)], 0, START, TODAY)).toBeNull();
  });

  it('counts the units left of the items whose size is known', () => {
    const all = workLeft(ROADMAP, emptySnapshot()).left;
    const some = workLeft(ROADMAP, snapshotWith({ watched: [1, 2, 3] })).left;
    expect(all - some).toBe(3);
  });
});

describe('the forecast never rosy (issue 31)', () => {
  it('counts the items whose size is not known yet apart, so the dates are the earliest', async () => {
    const unknownSizes = workLeft(ROADMAP, emptySnapshot());
    expect(unknownSizes.unknown).toBeGreaterThan(0);
    // Learning a playlist's size moves it from “unknown” to units left.
    const { allItems } = await import('../../lib/plan/roadmap-index');
    const { itemProgress } = await import('../../lib/progress/item-progress');
    const open = allItems(ROADMAP).find(
      ({ resource }) =>
        !resource.optional &&
        resource.completion.type === 'videos' &&
        itemProgress(resource, emptySnapshot()).total === null,
    )!.resource;
    const list = open.completion.type === 'videos' ? open.completion.variants[0]!.playlistId : '';
    const learned = workLeft(ROADMAP, snapshotWith({ playlist: list, total: 30, known: 30 }));
    expect(learned.unknown).toBeLessThan(unknownSizes.unknown);
    expect(learned.left).toBeGreaterThan(unknownSizes.left);
  });
});
