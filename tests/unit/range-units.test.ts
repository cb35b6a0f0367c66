import { ROADMAP } from '../../data/roadmap';
import type { NumberWord, Resource } from '../../data/roadmap-types';
import { itemProgress } from '../../lib/progress/item-progress';
import { COUNT_BY_POSITION, rangeView, titleNumber } from '../../lib/progress/range-units';
import { checkKey, type ProgressSnapshot } from '../../lib/progress/snapshot';
import { nextStep } from '../../lib/plan/next-step';
import { companionFor } from '../../lib/service/companion';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { freshDb, watchWhole } from './db-helpers';
import { PY, snapshotWith, vid } from './helpers';

const ML = 'PLeo1K3hjS3uvCeTYTeyfe0-rN5r8zn9rw';

function item(id: string): Resource {
  for (const phase of ROADMAP.phases)
    for (const resource of phase.resources) if (resource.id === id) return resource;
  throw new Error(id);
}

function variantOf(id: string) {
  const c = item(id).completion;
  if (c.type !== 'videos') throw new Error(id);
  return c.variants[0]!;
}

/** A playlist whose positions hold these titles (position 1 first), some videos watched. */
function playlistSnapshot(
  playlist: string,
  titles: (string | undefined)[],
  { watched = [] as number[], checks = [] as [string, boolean][] } = {},
): ProgressSnapshot {
  const base = snapshotWith({ playlist, known: titles.length, checks });
  const byId = new Map<string, string>();
  titles.forEach((title, i) => title !== undefined && byId.set(vid(playlist, i + 1), title));
  return {
    ...base,
    watchedVideos: new Set(watched.map((n) => vid(playlist, n))),
    playlistTotals: new Map([[playlist, titles.length]]),
    videoTitles: byId,
  };
}

describe('the author’s numbers in video titles', () => {
  it.each<[string, NumberWord, number | null]>([
    // Titles as the roadmap's playlists write them (../shared/notes/sites.md).
    ['Python Tutorial - 14. Functions', 'tutorial', 14],
    ['Python Tutorial - 9. Lists', 'tutorial', 9],
    [
      'Machine Learning Tutorial Python - 16: Hyper parameter Tuning (GridSearchCV)',
      'tutorial',
      16,
    ],
    ['Tutorial Python - 16: GridSearchCV', 'tutorial', 16],
    ['Python Pandas Tutorial 2: Dataframe Basics', 'tutorial', 2],
    ['Machine Learning Tutorial Python 12 - K Means Clustering Algorithm', 'tutorial', 12],
    ['Python Tutorial In Hindi #14 | Functions', 'tutorial', 14],
    ['Part 17 Group by in sql server', 'part', 17],
    ['Group By in SQL Server - Part 11', 'part', 11],
    [
      'Machine Learning & Data Science Project - 1 : Introduction (Real Estate Price Prediction Project)',
      'project',
      1,
    ],
    // No number after the word, a year, a word that starts with a digit, another word.
    ['Python Tutorial for Beginners 2021 - full course', 'tutorial', null],
    ['Matplotlib tutorial on 3D plots', 'tutorial', null],
    ['Numpy tutorial', 'tutorial', null],
    ['Python Tutorial - 14. Functions', 'part', null],
    ['Install Python on Windows | Python Tutorial', 'tutorial', null],
  ])('%s (%s) → %s', (title, word, expected) => {
    expect(titleNumber(title, word)).toBe(expected);
  });
});

describe('which videos a range holds', () => {
  // The Python playlist today: an introduction came first, and a re-upload of tutorial 5
  // sits later, so "Python Tutorial - N" is at position N + 1 (tutorial 9 at index 10).
  const python = [
    'Why learn Python? (introduction)',
    ...Array.from({ length: 27 }, (_, i) => `Python Tutorial - ${i + 1}. Topic ${i + 1}`),
    'Python Tutorial - 5. Lists (updated)',
  ];

  it('counts a range by the tutorial numbers when the titles carry them', () => {
    const snapshot = playlistSnapshot(PY, python, { watched: [1, 2, 15] });
    const view = rangeView('python-level-1', variantOf('python-level-1'), snapshot);
    expect(view.by).toBe('number');
    expect(view.size).toBe(14);
    expect(view.videos.find((v) => v.number === 9)?.position).toBe(10);
    // Positions 2 (tutorial 1) and 15 (tutorial 14) are the range's; 1 is not in it at all.
    expect([...itemProgress(item('python-level-1'), snapshot).doneUnits].sort()).toEqual([1, 14]);
    // Level 2 starts at tutorial 15, position 16: the watched position 15 is not its.
    const level2 = rangeView('python-level-2', variantOf('python-level-2'), snapshot);
    expect(level2.videos[0]).toMatchObject({ unit: 1, number: 15, position: 16 });
    expect(itemProgress(item('python-level-2'), snapshot).done).toBe(0);
  });

  it('counts either upload of a tutorial, once', () => {
    const snapshot = playlistSnapshot(PY, python, { watched: [29] });
    const view = rangeView('python-level-1', variantOf('python-level-1'), snapshot);
    expect(view.byUnit.get(5)?.map((v) => v.position)).toEqual([6, 29]);
    expect(itemProgress(item('python-level-1'), snapshot)).toMatchObject({ done: 1, total: 14 });
  });

  it('falls back to positions when the titles carry no numbers, or too few do', () => {
    const plain = Array.from({ length: 20 }, (_, i) => `Lesson about topic ${i + 1}`);
    const snapshot = playlistSnapshot(PY, plain, { watched: [1, 14, 15] });
    const view = rangeView('python-level-1', variantOf('python-level-1'), snapshot);
    expect(view.by).toBe('position');
    expect(itemProgress(item('python-level-1'), snapshot).done).toBe(2);
    plain[3] = 'Python Tutorial - 4. Strings';
    plain[7] = 'Python Tutorial - 8. Loops';
    expect(rangeView('python-level-1', variantOf('python-level-1'), { ...snapshot }).by).toBe(
      'position',
    );
    // Titles not learned at all (a synced browser places videos without them): positions.
    const untitled = playlistSnapshot(
      PY,
      Array.from({ length: 20 }, () => undefined),
    );
    expect(rangeView('python-level-1', variantOf('python-level-1'), untitled).by).toBe('position');
  });

  it('counts by position when the learner chose to', () => {
    const snapshot = playlistSnapshot(PY, python, {
      watched: [1, 2],
      checks: [[checkKey('python-level-1', COUNT_BY_POSITION), true]],
    });
    const view = rangeView('python-level-1', variantOf('python-level-1'), snapshot);
    expect(view.by).toBe('position');
    expect(view.videos[0]).toMatchObject({ unit: 1, position: 1 });
    expect(itemProgress(item('python-level-1'), snapshot).done).toBe(2);
  });

  it('finds the regression project by its own numbering, wherever it sits', () => {
    const ml = [
      ...Array.from(
        { length: 17 },
        (_, i) => `Machine Learning Tutorial Python - ${i + 1}: Topic ${i + 1}`,
      ),
      'Machine Learning Tutorial Python: what is new this year',
      ...Array.from(
        { length: 8 },
        (_, i) => `Machine Learning & Data Science Project - ${i + 1} : Part ${i + 1}`,
      ),
      'Machine Learning Tutorial Python - 18: L1 and L2 Regularization',
    ];
    const snapshot = playlistSnapshot(ML, ml, { watched: [19, 26, 27] });
    const view = rangeView('ml-regression-project', variantOf('ml-regression-project'), snapshot);
    expect(view.by).toBe('number');
    expect(view.videos.map((v) => v.position)).toEqual([19, 20, 21, 22, 23, 24, 25, 26]);
    // Position 27 (tutorial 18) is not the project's, and not the first item's either.
    expect(itemProgress(item('ml-regression-project'), snapshot).done).toBe(2);
    expect(itemProgress(item('ml'), snapshot).done).toBe(0);
  });

  it('leads Continue and the panel to the video the numbers name', () => {
    const snapshot = playlistSnapshot(PY, python, {
      watched: [2, 3],
      checks: [
        ['tip-effective-learning', true],
        ['khan-cs-principles', true],
        ['python-exercises', true],
        ['dsa', true],
      ],
    });
    const step = nextStep(ROADMAP, 1, snapshot)!;
    // Tutorial 3 is at position 4.
    expect(step).toMatchObject({ position: 4, videoId: vid(PY, 4) });
    expect(step.label).toBe('Python Tutorial - 3. Topic 3 (video 3 of 14)');
    const panel = companionFor(ROADMAP, snapshot, {
      videoId: vid(PY, 4),
      playlistId: PY,
      position: 4,
      coverage: 0,
      watched: false,
    });
    expect(panel).toMatchObject({ unit: 3, unitTotal: 14, weeks: 'Weeks 1–4' });
    // In a later week, the panel says the item is work carried over.
    expect(
      companionFor(
        ROADMAP,
        snapshot,
        { videoId: vid(PY, 4), playlistId: PY, position: 4, coverage: 0, watched: false },
        10,
      ),
    ).toMatchObject({ weeks: 'Weeks 1–4 · carried over' });
    expect(panel?.next?.label).toMatch(/^Next: Python Tutorial - 4\. Topic 4/);
    // The introduction at position 1 belongs to no range of the playlist's items.
    expect(
      companionFor(ROADMAP, snapshot, {
        videoId: vid(PY, 1),
        playlistId: PY,
        position: 1,
        coverage: 0,
        watched: false,
      }),
    ).toBeNull();
  });

  it('asks to open the playlist for a number it has not seen yet', () => {
    const partial = python.slice(0, 6);
    const snapshot = playlistSnapshot(PY, partial, { watched: [2, 3, 4, 5, 6] });
    const view = rangeView('python-level-1', variantOf('python-level-1'), snapshot);
    expect(view.by).toBe('number');
    const step = nextStep(
      ROADMAP,
      1,
      playlistSnapshot(PY, partial, {
        watched: [2, 3, 4, 5, 6],
        checks: [
          ['tip-effective-learning', true],
          ['khan-cs-principles', true],
          ['python-exercises', true],
          ['dsa', true],
        ],
      }),
    )!;
    expect(step.label).toBe('Python tutorials 1–14 (level 1) (open the playlist at number 6)');
    expect(step.url).toBe(`https://www.youtube.com/playlist?list=${PY}`);
  });
});

describe('the numbers of watched videos, as stored', () => {
  it('keeps a watched video’s title, so its number still counts after a reload', async () => {
    const db = freshDb();
    await learnPlaylist(
      db,
      {
        playlistId: PY,
        items: [
          { videoId: vid(PY, 1), position: 1, title: 'Why learn Python?' },
          ...Array.from({ length: 5 }, (_, i) => ({
            videoId: vid(PY, i + 2),
            position: i + 2,
            title: `Python Tutorial - ${i + 1}. Topic`,
          })),
        ],
      },
      1,
    );
    await watchWhole(db, PY, 2, 2);
    const snapshot = await readSnapshot(db);
    expect(snapshot.videoTitles.get(vid(PY, 2))).toBe('Python Tutorial - 1. Topic');
    expect([...itemProgress(item('python-level-1'), snapshot).doneUnits]).toEqual([1]);
    db.close();
  });
});

describe('the companion panel once its item is complete (issue 31)', () => {
  it('hands over the plan’s next step, and no longer says “carried over”', async () => {
    const v = vid;
    const list = PY;
    const snapshot = snapshotWith({
      watched: Array.from({ length: 14 }, (_, i) => i + 1),
      total: 40,
    });
    const panel = companionFor(
      ROADMAP,
      snapshot,
      { videoId: v(list, 14), playlistId: list, position: 14, coverage: 1, watched: true },
      5,
      () => nextStep(ROADMAP, 5, snapshot),
    )!;
    expect(panel.next?.label).toMatch(/^✓ Python tutorials 1–14 \(level 1\) done\. Next: .+: /);
    expect(panel.next?.url).toBe(nextStep(ROADMAP, 5, snapshot)!.url);
    expect(panel.weeks).not.toMatch(/carried over/);
    // Not complete: the playlist's own next video, carried over past its weeks.
    const partial = snapshotWith({ watched: [1, 2], total: 40 });
    const open = companionFor(
      ROADMAP,
      partial,
      { videoId: v(list, 2), playlistId: list, position: 2, coverage: 1, watched: true },
      5,
      () => nextStep(ROADMAP, 5, partial),
    )!;
    expect(open.next?.label).toMatch(/^Next: /);
    expect(open.weeks).toMatch(/carried over/);
  });
});
