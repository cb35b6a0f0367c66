import {
  addPlayed,
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

  describe('adding what a media element played', () => {
    const ranges = (parts: [number, number][]) => ({
      length: parts.length,
      start: (i: number) => parts[i]![0],
      end: (i: number) => parts[i]![1],
    });

    it('merges the new ranges into what was kept', () => {
      expect(
        addPlayed(
          [
            [0, 10],
            [30, 40],
          ],
          ranges([
            [8, 12],
            [20, 30.02],
            [50, 70],
          ]),
          60,
        ),
      ).toEqual([
        [0, 12],
        [20, 40],
        [50, 60],
      ]);
      expect(addPlayed([], ranges([]), 60)).toEqual([]);
    });

    it('gives what normalizeIntervals gives, for any sorted parts and ranges', () => {
      // A small deterministic generator: the same cases every run.
      let seed = 7;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const sortedDisjoint = (count: number, scale: number): [number, number][] => {
        const out: [number, number][] = [];
        let at = random() * 5 - 2;
        for (let k = 0; k < count; k++) {
          const start = at + random() * scale;
          const end = start + random() * scale;
          out.push([start, end]);
          at = end + 0.01;
        }
        return out;
      };
      for (let run = 0; run < 500; run++) {
        const duration = 20 + random() * 80;
        const kept = normalizeIntervals(sortedDisjoint(Math.floor(random() * 5), 15), duration);
        const played = sortedDisjoint(Math.floor(random() * 4), 20);
        expect(addPlayed(kept, ranges(played), duration)).toEqual(
          normalizeIntervals([...kept, ...played], duration),
        );
      }
    });

    it('drops ranges that are empty, reversed or not numbers', () => {
      expect(
        addPlayed(
          [],
          ranges([
            [NaN, 4],
            [5, 5],
            [7, 6],
            [8, Infinity],
          ]),
          30,
        ),
      ).toEqual([[8, 30]]);
    });
  });
});
