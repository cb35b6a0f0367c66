import type { ReactNode } from 'react';
import { useRenderedMark } from './use-rendered-mark';
import type { Roadmap } from '../data/roadmap-types';
import { formatDayRange, weekDates, type WeekStatus } from '../lib/plan/calendar';
import { itemUrl, overallProgress, type ChecklistEntry } from '../lib/plan/checklist';
import { phaseOfWeek } from '../lib/plan/roadmap-index';
import type { ProgressSnapshot } from '../lib/progress/snapshot';
import { ChecklistItem } from './ChecklistItem';
import { ProgressBar } from './ProgressBar';

interface Props {
  roadmap: Roadmap;
  startDate: string;
  status: WeekStatus;
  week: number;
  snapshot: ProgressSnapshot;
  /** The week's items and the ones carried over from earlier weeks. */
  entries: ChecklistEntry[];
  children?: ReactNode;
  onWeekChange: (week: number) => void;
  onCheck: (key: string, done: boolean) => void;
}

function statusLine(status: WeekStatus, week: number): string | null {
  if (status.state === 'not-started')
    return `Your roadmap starts in ${status.daysUntilStart} day${status.daysUntilStart === 1 ? '' : 's'}.`;
  if (status.state === 'finished') return 'You reached the end of the 24 weeks.';
  if (status.week !== week) return `You are in week ${status.week}.`;
  return null;
}

export function WeekView({
  roadmap,
  startDate,
  status,
  week,
  snapshot,
  entries,
  children,
  onWeekChange,
  onCheck,
}: Props) {
  useRenderedMark();
  const phase = phaseOfWeek(roadmap, week);
  const dates = weekDates(startDate, week);
  const overall = overallProgress(roadmap, snapshot);
  const current = status.state === 'active' && status.week === week;
  const note = statusLine(status, week);
  // This week first; what earlier weeks left is one group, closed until asked for.
  const thisWeek = entries.filter((e) => e.carriedOverFrom === undefined);
  const carried = entries.filter((e) => e.carriedOverFrom !== undefined);
  const list = (items: ChecklistEntry[], label: string) => (
    <ul className="checklist" aria-label={label}>
      {items.map((entry) => (
        <ChecklistItem
          key={entry.resource.id}
          entry={entry}
          url={itemUrl(entry.resource, snapshot)}
          onCheck={onCheck}
        />
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="week-heading">
      <header className="week-header">
        <button
          type="button"
          aria-label="Previous week"
          disabled={week <= 1}
          onClick={() => onWeekChange(week - 1)}
        >
          ‹
        </button>
        <div className="week-title">
          <h1 id="week-heading">
            Week {week} of {roadmap.totalWeeks}
            {current && <span className="tag">this week</span>}
          </h1>
          <p className="phase">{phase?.title}</p>
          <p className="dates">{formatDayRange(dates.first, dates.last)}</p>
        </div>
        <button
          type="button"
          aria-label="Next week"
          disabled={week >= roadmap.totalWeeks}
          onClick={() => onWeekChange(week + 1)}
        >
          ›
        </button>
      </header>
      {note && (
        <p className="status-note" role="status">
          {note}
          {status.state === 'active' && status.week !== week && (
            <button type="button" className="link" onClick={() => onWeekChange(status.week)}>
              Back to this week
            </button>
          )}
        </p>
      )}
      {children}
      <div className="overall">
        <span id="overall-label">
          Roadmap: {overall.done} of {overall.total} items done
        </span>
        <ProgressBar
          label="Roadmap progress"
          value={overall.done}
          max={overall.total}
          unit="items"
        />
      </div>
      <h2 className="visually-hidden">Checklist for week {week}</h2>
      {list(thisWeek, `Checklist for week ${week}`)}
      {carried.length > 0 && (
        <details className="carried-group">
          <summary>
            Carried over from earlier weeks <span className="count">{carried.length}</span>
          </summary>
          {list(carried, 'Carried over from earlier weeks')}
        </details>
      )}
    </section>
  );
}
