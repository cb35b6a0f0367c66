// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ROADMAP } from '../../data/roadmap';
import { allItems } from '../../lib/plan/roadmap-index';
import { weekStrip, workShare } from '../../lib/plan/week-strip';
import { heatmapWeeksSince, HEATMAP_MAX_WEEKS } from '../../lib/habits/streaks';
import { nextStep } from '../../lib/plan/next-step';
import { checkKey } from '../../lib/progress/snapshot';
import { PlanSummary } from '../../components/PlanSummary';
import { inTimeZone, snapshotWith } from './helpers';

afterEach(cleanup);

const everyItemTicked = () =>
  snapshotWith({
    checks: allItems(ROADMAP).map(({ resource }) => [checkKey(resource.id), true]),
  });

describe('the plan’s strip of weeks', () => {
  it('has one segment per week: the past done or with work left, one current, the rest ahead', () => {
    for (let current = 0; current <= ROADMAP.totalWeeks + 1; current++) {
      const strip = weekStrip(ROADMAP, current, snapshotWith({ watched: [1, 2, 3] }));
      expect(strip.map((w) => w.week)).toEqual(
        Array.from({ length: ROADMAP.totalWeeks }, (_, i) => i + 1),
      );
      for (const { week, state } of strip) {
        if (week < current) expect(['done', 'partial']).toContain(state);
        else if (week === current) expect(state).toBe('current');
        else expect(state).toBe('ahead');
      }
    }
  });

  it('calls a past week done only when its work is done', () => {
    const nothing = weekStrip(ROADMAP, 10, snapshotWith());
    expect(nothing.slice(0, 9).every((w) => w.state === 'partial')).toBe(true);
    const all = weekStrip(ROADMAP, 10, everyItemTicked());
    expect(all.slice(0, 9).every((w) => w.state === 'done')).toBe(true);
  });

  it('measures the share of the work from what was recorded, between none and all', () => {
    expect(workShare(ROADMAP, snapshotWith())).toBe(0);
    const some = workShare(ROADMAP, snapshotWith({ watched: [1, 2, 3, 4, 5, 6, 7] }));
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(0.1);
    expect(workShare(ROADMAP, everyItemTicked())).toBe(1);
  });
});

describe('the heatmap’s span', () => {
  inTimeZone('Europe/London');
  it('runs from the plan’s first week to today’s, at most a year', () => {
    // Monday 28 September to Thursday 26 November: nine calendar weeks, across the clock change.
    expect(heatmapWeeksSince('2026-09-28', new Date(2026, 10, 26, 12))).toEqual({
      weeks: 9,
      fromStart: true,
    });
    // A Sunday start: its week is the first column.
    expect(heatmapWeeksSince('2026-11-22', new Date(2026, 10, 23))).toEqual({
      weeks: 2,
      fromStart: true,
    });
    expect(heatmapWeeksSince('2026-12-10', new Date(2026, 10, 26))).toEqual({
      weeks: 1,
      fromStart: false,
    });
    expect(heatmapWeeksSince('2024-11-01', new Date(2026, 10, 26))).toEqual({
      weeks: HEATMAP_MAX_WEEKS,
      fromStart: false,
    });
  });
});

describe('the dashboard’s first screen', () => {
  it('says the week and its phase, each week’s state, the work done, the streak and what next', () => {
    const snapshot = snapshotWith({ watched: [1, 2] });
    const next = nextStep(ROADMAP, 9, snapshot);
    const onContinue = vi.fn<(url: string) => void>();
    render(
      <PlanSummary
        roadmap={ROADMAP}
        startDate="2026-10-01"
        status={{ state: 'active', week: 9, dayOfWeek: 3 }}
        snapshot={snapshot}
        next={next}
        streak={4}
        onContinue={onContinue}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Week 9 of 24 · NumPy, pandas and data visualization',
    );
    const weeks = screen.getAllByRole('link');
    expect(weeks).toHaveLength(24);
    expect(weeks[8]!.getAttribute('href')).toBe('#week-9');
    expect(weeks[8]!.getAttribute('aria-current')).toBe('step');
    expect(weeks[8]!.textContent).toBe('Week 9: this week');
    expect(weeks[0]!.textContent).toBe('Week 1: work left');
    expect(weeks[23]!.textContent).toBe('Week 24: ahead');
    expect(screen.getByText(/items done/).textContent).toMatch(
      /^0 of \d+ items done · \d+% of the work · Streak: 4 days$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith(next!.url);
  });

  it('before the start and past the end it says so', () => {
    const props = {
      roadmap: ROADMAP,
      startDate: '2026-12-07',
      snapshot: snapshotWith(),
      next: null,
      streak: undefined,
      onContinue: () => undefined,
    };
    render(<PlanSummary {...props} status={{ state: 'not-started', daysUntilStart: 3 }} />);
    expect(screen.getByRole('heading').textContent).toBe('Your plan starts on Mon 7 Dec 2026');
    cleanup();
    render(<PlanSummary {...props} status={{ state: 'finished', daysSinceEnd: 30 }} />);
    expect(screen.getByRole('heading').textContent).toBe('Past the plan’s 24 weeks');
    expect(screen.getAllByRole('link').every((a) => !a.textContent!.includes('ahead'))).toBe(true);
  });
});
