import { t, tn } from '../lib/i18n/i18n';
import { phaseTitle, titleOf } from '../lib/i18n/roadmap-words';
import type { ReactNode } from 'react';
import { useRenderedMark } from './use-rendered-mark';
import type { Roadmap } from '../data/roadmap-types';
import { formatDayRange, spellIsoDay, weekDates, type WeekStatus } from '../lib/plan/calendar';
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

function statusLine(
  status: WeekStatus,
  week: number,
  startDate: string,
  totalWeeks: number,
): string | null {
  if (status.state === 'not-started') return tn('startsIn', status.daysUntilStart);
  // Said as a date, not as blame: the plan's weeks are over, the work may not be.
  if (status.state === 'finished')
    return t('reachedEnd', {
      total: String(totalWeeks),
      end: spellIsoDay(weekDates(startDate, totalWeeks).last),
    });
  if (status.week !== week) return t('youAreInWeek', { week: status.week });
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
  const note = statusLine(status, week, startDate, roadmap.totalWeeks);
  // This week first; what earlier weeks left is one group, closed until asked for.
  // Items with nothing of theirs in this week (a short playlist spread over a long phase) are
  // named in one line: a row saying "nothing new" would read as a task.
  const idle = (e: ChecklistEntry) =>
    e.carriedOverFrom === undefined && e.share !== null && e.share.to < e.share.from;
  const thisWeek = entries.filter((e) => e.carriedOverFrom === undefined && !idle(e));
  const also = entries.filter(idle);
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
          aria-label={t('previousWeek')}
          disabled={week <= 1}
          onClick={() => onWeekChange(week - 1)}
        >
          ‹
        </button>
        <div className="week-title">
          <h1 id="week-heading">{t('weekOfTotal', { week, total: roadmap.totalWeeks })}</h1>
          <p className="phase">{phase && phaseTitle(phase)}</p>
          <p className="dates">{formatDayRange(dates.first, dates.last)}</p>
        </div>
        <button
          type="button"
          aria-label={t('nextWeek')}
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
            <button type="button" className="pill" onClick={() => onWeekChange(status.week)}>
              {t('backToThisWeek')}
            </button>
          )}
        </p>
      )}
      {children}
      <h2 className="visually-hidden">{t('checklistForWeek', { week })}</h2>
      {list(thisWeek, t('checklistForWeek', { week }))}
      {also.length > 0 && (
        <p className="also-in-phase">
          {t('alsoInPhase')}{' '}
          {also.map((entry, i) => (
            <span key={entry.resource.id}>
              {i > 0 && ', '}
              <a href={itemUrl(entry.resource, snapshot)} target="_blank" rel="noreferrer">
                {titleOf(entry.resource)}
              </a>
            </span>
          ))}
        </p>
      )}
      {carried.length > 0 && (
        <details className="carried-group">
          <summary>
            {t('carriedGroup')} <span className="count">{carried.length}</span>
          </summary>
          {list(carried, t('carriedGroup'))}
        </details>
      )}
      {/* The whole roadmap's count after the week: the week is what the popup opens for. */}
      <div className="overall">
        <span id="overall-label">
          {t('roadmapItemsDone', { done: overall.done, total: overall.total })}
        </span>
        <ProgressBar
          label={t('roadmapProgress')}
          value={overall.done}
          max={overall.total}
          unit={t('unitItems')}
        />
      </div>
    </section>
  );
}
