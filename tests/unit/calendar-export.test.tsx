// @vitest-environment happy-dom
import { afterEach, beforeEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ROADMAP } from '../../data/roadmap';
import { CalendarExport } from '../../components/CalendarExport';
import { calendarOutdated, markCalendarSaved } from '../../components/calendar-saved';
import { DEFAULT_SETTINGS } from '../../lib/db/settings-defaults';
import { writeHistory } from '../../lib/plan/replan';
import { snapshotWith } from './helpers';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const SAVED = Date.UTC(2026, 11, 1);
const moved = (at: number) =>
  writeHistory([{ kind: 'shift', weeks: 1, from: '2026-11-23', to: '2026-11-30', at }]);

describe('the calendar file on the dashboard', () => {
  it('is offered again, with its reason, once the plan’s dates moved after it was saved', () => {
    expect(calendarOutdated(moved(SAVED + 1000), 0)).toBe(false);
    expect(calendarOutdated(moved(SAVED - 1000), SAVED)).toBe(false);
    expect(calendarOutdated(moved(SAVED + 1000), SAVED)).toBe(true);
    markCalendarSaved(SAVED);
    render(
      <CalendarExport
        roadmap={ROADMAP}
        settings={{
          ...DEFAULT_SETTINGS,
          startDate: '2026-11-30',
          planHistory: moved(SAVED + 1000),
        }}
        snapshot={snapshotWith({})}
        today={new Date(2026, 11, 4)}
      />,
    );
    expect(
      screen.getByText(/Your plan's dates moved since you saved the calendar file/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save the calendar file' })).toBeTruthy();
  });

  it('says nothing about a move when no file was saved', () => {
    render(
      <CalendarExport
        roadmap={ROADMAP}
        settings={{ ...DEFAULT_SETTINGS, startDate: '2026-11-30', planHistory: moved(SAVED) }}
        snapshot={snapshotWith({})}
        today={new Date(2026, 11, 4)}
      />,
    );
    expect(screen.queryByText(/dates moved/)).toBeNull();
  });
});
