// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ROADMAP } from '../../data/roadmap';
import { ReviewCard } from '../../components/ReviewCard';
import { getDb } from '../../lib/db/database';
import { weeklyReview } from '../../lib/plan/review';
import { snapshotWith } from './helpers';

afterEach(cleanup);

describe('the weekly review card', () => {
  it('says how many notes were reviewed in the week it looks back on', async () => {
    // Week 1 ran Monday 23 to Sunday 29 November (local days).
    const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();
    await getDb().reviews.bulkPut([
      { noteId: 'a', step: 1, dueDay: '2026-12-02', at: at(25), log: [at(22), at(25)] },
      { noteId: 'b', step: 0, dueDay: '2026-11-30', at: at(29, 23), log: [at(29, 23)] },
      { noteId: 'c', step: 1, dueDay: '2026-12-07', at: at(30), log: [at(30)] },
    ]);
    const review = weeklyReview(
      ROADMAP,
      '2026-11-23',
      2,
      snapshotWith(),
      new Map(),
      30,
      new Date(2026, 10, 30, 9),
    )!;
    render(<ReviewCard review={review} goalMinutes={30} />);
    // 25 Nov and late on 29 Nov; not the 22nd (before) nor the 30th (this week).
    expect(await screen.findByText('You reviewed 2 notes.')).toBeTruthy();
  });
});
