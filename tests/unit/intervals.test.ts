import {
  coverage,
  coveredSeconds,
  isWatched,
  normalizeIntervals,
  resumePoint,
  unionIntervals,
  WATCHED_THRESHOLD,
} from '../../lib/tracking/intervals';

describe('played intervals', () => {
  it('merges overlapping, touching and unsorted parts', () => {
    expect(
      normalizeIntervals([
        [10, 20],
        [0, 5],
        [4, 8],
        [20, 25],
        [30, 30],
      ]),
    ).toEqual([
      [0, 8],
      [10, 25],
    ]);
  });

  it('clips to the video and drops nonsense', () => {
    expect(
      normalizeIntervals(
        [
          [-5, 3],
          [50, 70],
          [NaN, 4],
          [8, 6],
        ],
        60,
      ),
    ).toEqual([
      [0, 3],
      [50, 60],
    ]);
  });

  it('counts re-watching once', () => {
    const once = [[0, 30]] as const;
    const thrice = unionIntervals(unionIntervals(once.slice(), [[0, 30]]), [[10, 20]]);
    expect(coveredSeconds(thrice)).toBe(30);
  });

  it('is idempotent and order-independent', () => {
    const a = [
      [0, 10],
      [40, 50],
    ] as [number, number][];
    const b = [[5, 45]] as [number, number][];
    expect(unionIntervals(a, b)).toEqual(unionIntervals(b, a));
    expect(unionIntervals(unionIntervals(a, b), b)).toEqual(unionIntervals(a, b));
  });

  it('calls a video watched from 90 % coverage', () => {
    expect(WATCHED_THRESHOLD).toBe(0.9);
    expect(isWatched([[0, 89]], 100)).toBe(false);
    expect(
      isWatched(
        [
          [0, 45],
          [50, 95],
        ],
        100,
      ),
    ).toBe(true);
    expect(coverage([[0, 10]], 0)).toBe(0);
    expect(coverage([[0, 10]], NaN)).toBe(0);
  });

  it('a seek to the end plays only the last seconds', () => {
    expect(
      coverage(
        [
          [0, 0.5],
          [29, 30],
        ],
        30,
      ),
    ).toBeLessThan(0.1);
  });

  it('resumes where the learner stopped watching from the start', () => {
    expect(resumePoint([[0, 42.7]], 300)).toBe(42);
    expect(resumePoint([[100, 200]], 300)).toBe(0);
    expect(resumePoint([[0, 298]], 300)).toBe(0);
    expect(resumePoint([], 300)).toBe(0);
  });
});
