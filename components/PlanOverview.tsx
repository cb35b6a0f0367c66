import type { Roadmap } from '../data/roadmap-types';
import type { WeekStatus } from '../lib/plan/calendar';
import { checklistEntry, itemUrl } from '../lib/plan/checklist';
import { chosenVariant, itemsOfWeek } from '../lib/plan/roadmap-index';
import { isSettled, itemState } from '../lib/progress/item-progress';
import { checkKey, type ProgressSnapshot } from '../lib/progress/snapshot';
import type { CheckStatus } from '../lib/db/database';
import { ChecklistItem } from './ChecklistItem';
import { VideoList } from './VideoList';
import { LazyDetails } from './LazyDetails';
import { useRenderedMark } from './use-rendered-mark';

interface Props {
  roadmap: Roadmap;
  status: WeekStatus;
  snapshot: ProgressSnapshot;
  threshold: number;
  onCheck: (key: string, done: boolean) => void;
  onStatus: (key: string, status: CheckStatus) => void;
  /** Where a week's checklist opens (the popup's page, on that week). */
  weekUrl: (week: number) => string;
}

const STATE_TEXT = {
  done: 'Done',
  'in-progress': 'In progress',
  skipped: 'Skipped',
  'not-started': 'Not started',
};

/** The eight phases and 24 weeks, every item with its progress, ticks and details. */
export function PlanOverview({
  roadmap,
  status,
  snapshot,
  threshold,
  onCheck,
  onStatus,
  weekUrl,
}: Props) {
  useRenderedMark();
  const currentWeek =
    status.state === 'active'
      ? status.week
      : status.state === 'finished'
        ? roadmap.totalWeeks + 1
        : 0;
  /** A past week whose items are not all settled by the work due then. */
  const unfinishedWeek = (week: number) =>
    week < currentWeek &&
    itemsOfWeek(roadmap, week).some((item) => {
      const entry = checklistEntry(item, week, snapshot);
      return (
        !item.resource.optional &&
        !isSettled(entry.progress) &&
        entry.dueByWeekEnd !== null &&
        entry.progress.done < entry.dueByWeekEnd
      );
    });
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">The whole plan</h2>
      <nav aria-label="Phases" className="phase-nav">
        <ul>
          {roadmap.phases.map((phase) => (
            <li key={phase.id}>
              <a href={`#phase-${phase.id}`}>
                Weeks {phase.weeks.from}–{phase.weeks.to}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {roadmap.phases.map((phase) => {
        const weeks = Array.from(
          { length: phase.weeks.to - phase.weeks.from + 1 },
          (_, i) => phase.weeks.from + i,
        );
        const shownWeek = Math.min(Math.max(currentWeek, phase.weeks.from), phase.weeks.to);
        const isCurrent = currentWeek >= phase.weeks.from && currentWeek <= phase.weeks.to;
        return (
          <section
            key={phase.id}
            className={`phase-block${isCurrent ? ' current' : ''}`}
            aria-labelledby={`phase-${phase.id}`}
          >
            <h3 id={`phase-${phase.id}`}>
              Weeks {phase.weeks.from}–{phase.weeks.to}: {phase.title}
            </h3>
            <ol className="weeks" aria-label={`Weeks of ${phase.title}`}>
              {weeks.map((week) => {
                const unfinished = unfinishedWeek(week);
                return (
                  <li
                    key={week}
                    className={`week-chip${week === currentWeek ? ' current' : ''}${unfinished ? ' unfinished' : ''}`}
                    aria-current={week === currentWeek ? 'step' : undefined}
                  >
                    <a href={weekUrl(week)} target="_blank" rel="noreferrer">
                      Week {week}
                      {week === currentWeek && (
                        <span className="visually-hidden"> (this week)</span>
                      )}
                      {unfinished && <span className="flag"> · unfinished work</span>}
                    </a>
                  </li>
                );
              })}
            </ol>
            <ul className="checklist">
              {phase.resources.map((resource) => {
                const weeksOfItem = resource.weeks ?? phase.weeks;
                const entry = checklistEntry(
                  { phase, resource, weeks: weeksOfItem },
                  Math.min(Math.max(shownWeek, weeksOfItem.from), weeksOfItem.to),
                  snapshot,
                );
                const state = itemState(entry.progress);
                const variant = chosenVariant(resource, snapshot.language);
                // This week's wording only for the weeks the item is planned in now.
                const when =
                  weeksOfItem.to < currentWeek || weeksOfItem.from > currentWeek
                    ? `Planned for ${weekSpan(weeksOfItem)}`
                    : null;
                return (
                  <ChecklistItem
                    key={resource.id}
                    entry={when ? { ...entry, target: when } : entry}
                    url={itemUrl(resource, snapshot)}
                    onCheck={onCheck}
                  >
                    <p className="description">{resource.description}</p>
                    <p className="state">
                      <span className={`state-${state}`}>{STATE_TEXT[state]}</span>{' '}
                      {!entry.progress.complete && (
                        <button
                          type="button"
                          className="link"
                          onClick={() =>
                            onStatus(
                              checkKey(resource.id),
                              entry.progress.skipped ? 'open' : 'skipped',
                            )
                          }
                        >
                          {entry.progress.skipped
                            ? `Stop skipping “${resource.title}”`
                            : `Skip “${resource.title}”`}
                        </button>
                      )}
                    </p>
                    {variant && (
                      <LazyDetails summary={`Videos of “${resource.title}”`}>
                        {() => (
                          <VideoList
                            itemId={resource.id}
                            variant={variant}
                            snapshot={snapshot}
                            threshold={threshold}
                            onCheck={onCheck}
                          />
                        )}
                      </LazyDetails>
                    )}
                  </ChecklistItem>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

const weekSpan = ({ from, to }: { from: number; to: number }) =>
  from === to ? `week ${from}` : `weeks ${from}–${to}`;
