import { cumulativeTarget, rangeSize, weekShare } from '../../lib/plan/share';

describe('a week’s share of an item', () => {
  it('spreads Python 1–14 over four weeks as 1–4, 5–7, 8–11, 12–14', () => {
    expect([0, 1, 2, 3].map((w) => weekShare(14, 4, w))).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 7 },
      { from: 8, to: 11 },
      { from: 12, to: 14 },
    ]);
  });

  it('gives Khan’s four sections one a week', () => {
    expect([0, 1, 2, 3].map((w) => weekShare(4, 4, w))).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 4 },
    ]);
  });

  it.each([
    [12, 2],
    [13, 2],
    [9, 4],
    [17, 4],
    [8, 4],
    [1, 4],
    [3, 4],
    [0, 2],
    [100, 4],
  ])(
    'always covers all %i units over %i weeks exactly once, within one of each other',
    (total, weeks) => {
      const shares = Array.from({ length: weeks }, (_, w) => weekShare(total, weeks, w));
      expect(shares.reduce((sum, s) => sum + rangeSize(s), 0)).toBe(total);
      const sizes = shares.map(rangeSize);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      shares.slice(1).forEach((s, i) => expect(s.from).toBe(shares[i]!.to + 1));
      expect(cumulativeTarget(total, weeks, weeks)).toBe(total);
    },
  );

  it('refuses a week outside the phase', () => {
    expect(() => weekShare(10, 2, 2)).toThrow(RangeError);
    expect(() => weekShare(10, 2, -1)).toThrow(RangeError);
  });
});
