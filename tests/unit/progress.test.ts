import { ROADMAP } from '../../data/roadmap';
import { findItem } from '../../lib/plan/roadmap-index';
import { itemProgress } from '../../lib/progress/item-progress';
import { checklistEntry, overallProgress, weekChecklist, itemUrl } from '../../lib/plan/checklist';
import { emptySnapshot } from '../../lib/progress/snapshot';
import { PY, PY_HI, snapshotWith } from './helpers';

const item = (id: string) => findItem(ROADMAP, id)!;

describe('item progress', () => {
  it('counts watched videos inside the item’s range only', () => {
    const snap = snapshotWith({ watched: [1, 2, 14, 15, 16, 30] });
    expect(itemProgress(item('python-level-1').resource, snap)).toMatchObject({
      unit: 'videos',
      done: 3,
      total: 14,
      complete: false,
    });
    const level2 = itemProgress(item('python-level-2').resource, snap);
    expect(level2).toMatchObject({ done: 2, total: 13 });
    expect([...level2.doneUnits]).toEqual([1, 2]);
  });

  it('is complete when every video of the range is watched', () => {
    const snap = snapshotWith({ watched: Array.from({ length: 14 }, (_, i) => i + 1) });
    expect(itemProgress(item('python-level-1').resource, snap).complete).toBe(true);
  });

  it('counts the Hindi playlist for the same item', () => {
    const snap = snapshotWith({ playlist: PY_HI, watched: [1, 2, 3] });
    expect(itemProgress(item('python-level-1').resource, snap)).toMatchObject({
      done: 3,
      total: 14,
    });
    expect(
      itemProgress(item('python-level-1').resource, { ...snap, language: 'hi' }),
    ).toMatchObject({ done: 3, total: 14 });
    expect(itemUrl(item('python-level-1').resource, { ...snap, language: 'hi' })).toContain(PY_HI);
  });

  it('leaves a whole playlist’s size unknown until it is learned', () => {
    const dsa = item('dsa').resource;
    const list = 'PLeo1K3hjS3uu_n_a__MI_KktGTLYopZ12';
    expect(itemProgress(dsa, snapshotWith({ playlist: list, watched: [1] })).total).toBeNull();
    expect(
      itemProgress(dsa, snapshotWith({ playlist: list, watched: [1], total: 20 })),
    ).toMatchObject({ done: 1, total: 20 });
  });

  it('lets a hand tick win', () => {
    const snap = snapshotWith({ watched: [1], checks: [['python-level-1', true]] });
    expect(itemProgress(item('python-level-1').resource, snap)).toMatchObject({
      done: 14,
      total: 14,
      complete: true,
      ticked: true,
    });
    const unticked = snapshotWith({ watched: [1], checks: [['python-level-1', false]] });
    expect(itemProgress(item('python-level-1').resource, unticked)).toMatchObject({
      done: 1,
      complete: false,
      ticked: false,
    });
  });

  it('counts Khan sections and book chapters ticked one by one', () => {
    const snap = snapshotWith({
      checks: [
        ['khan-cs-principles#the-internet', true],
        ['khan-cs-principles#simulations', true],
        ['statistics-book#step-2', true],
      ],
    });
    const khan = itemProgress(item('khan-cs-principles').resource, snap);
    expect(khan).toMatchObject({ unit: 'sections', done: 1, total: 4 });
    expect(khan.steps.filter((s) => s.done).map((s) => s.id)).toEqual([
      'the-internet',
      'simulations',
    ]);
    expect(itemProgress(item('statistics-book').resource, snap)).toMatchObject({
      unit: 'chapters',
      done: 1,
      total: 7,
    });
  });

  it('detects a Khan section from its visited lessons', () => {
    const snap = {
      ...emptySnapshot(),
      pages: [
        {
          resourceId: 'khan-cs-principles',
          category: 'lesson',
          key: 'a',
          group: 'digital-information',
          visited: true,
        },
        {
          resourceId: 'khan-cs-principles',
          category: 'lesson',
          key: 'b',
          group: 'digital-information',
          visited: true,
        },
        {
          resourceId: 'khan-cs-principles',
          category: 'lesson',
          key: 'c',
          group: 'the-internet',
          visited: false,
        },
      ],
    };
    expect(itemProgress(item('khan-cs-principles').resource, snap)).toMatchObject({
      done: 1,
      total: 4,
    });
  });

  it('counts Kaggle notebooks and datasets up to their targets', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => ({
      resourceId: 'kaggle-eda',
      category: 'notebook',
      key: `u/n${n}`,
      visited: true,
    }));
    pages.push({ resourceId: 'kaggle-eda', category: 'dataset', key: 'u/d1', visited: true });
    expect(itemProgress(item('kaggle-eda').resource, { ...emptySnapshot(), pages })).toMatchObject({
      done: 6,
      total: 8,
    });
  });
});

describe('this week’s checklist', () => {
  it('lists week 1’s items with this week’s share', () => {
    const entries = weekChecklist(ROADMAP, 1, emptySnapshot());
    expect(entries.map((e) => e.resource.id)).toEqual([
      'tip-effective-learning',
      'khan-cs-principles',
      'python-level-1',
      'python-exercises',
      'dsa',
      'group-study',
    ]);
    const python = entries.find((e) => e.resource.id === 'python-level-1')!;
    expect(python.share).toEqual({ from: 1, to: 4 });
    expect(python.target).toBe('Videos 1–4');
    expect(entries.find((e) => e.resource.id === 'khan-cs-principles')!.target).toBe(
      'Section 1: Digital information',
    );
    expect(entries.find((e) => e.resource.id === 'dsa')!.target).toMatch(/Part 1 of 4/);
  });

  it('numbers level 2 videos as the playlist does', () => {
    const [entry] = weekChecklist(ROADMAP, 8, emptySnapshot());
    expect(entry!.target).toBe('Videos 22–27');
    expect(entry!.dueByWeekEnd).toBe(13);
  });

  it('shows week 3 of Python as videos 8–11 and the third section', () => {
    const entries = weekChecklist(ROADMAP, 3, snapshotWith({ watched: [1, 2] }));
    expect(entries.find((e) => e.resource.id === 'python-level-1')!.target).toBe('Videos 8–11');
    expect(entries.find((e) => e.resource.id === 'khan-cs-principles')!.target).toBe(
      'Section 3: Programming',
    );
    expect(entries.map((e) => e.resource.id)).not.toContain('tip-effective-learning');
  });

  it('has a checklist for every week of the plan', () => {
    for (let week = 1; week <= 24; week++)
      expect(weekChecklist(ROADMAP, week, emptySnapshot()).length).toBeGreaterThan(0);
  });

  it('spreads a learned whole playlist over its weeks', () => {
    const entry = checklistEntry(
      item('deep-learning'),
      20,
      snapshotWith({ playlist: 'PLeo1K3hjS3uu7CxAacxVndI4bE_o3BDtO', total: 40 }),
    );
    expect(entry.target).toBe('Videos 11–20');
  });

  it('counts required items done across the roadmap', () => {
    const all = ROADMAP.phases.flatMap((p) => p.resources);
    const required = all.filter((r) => !r.optional).length;
    expect(overallProgress(ROADMAP, emptySnapshot())).toEqual({ done: 0, total: required });
    expect(
      overallProgress(
        ROADMAP,
        snapshotWith({
          checks: [
            ['dsa', true],
            ['group-study', true],
          ],
        }),
      ).done,
    ).toBe(1);
    expect(PY).toBeTruthy();
  });
});
