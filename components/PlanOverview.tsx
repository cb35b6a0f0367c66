import { t, type MessageKey } from '../lib/i18n/i18n';
import { descriptionOf, phaseTitle, titleOf } from '../lib/i18n/roadmap-words';
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

const STATE_TEXT: Record<ReturnType<typeof itemState>, MessageKey> = {
  done: 'stateDone',
  'in-progress': 'stateInProgress',
  skipped: 'stateSkipped',
  'not-started': 'stateNotStarted',
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
      <h2 id="plan-heading">{t('wholePlanHeading')}</h2>
      <nav aria-label={t('phasesNav')} className="phase-nav">
        <ul>
          {roadmap.phases.map((phase) => (
            <li key={phase.id}>
              <a href={`#phase-${phase.id}`}>
                {t('weekRange', { from: phase.weeks.from, to: phase.weeks.to })}
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
              {t('phaseWeeksTitle', {
                weeks: t('weekRange', { from: phase.weeks.from, to: phase.weeks.to }),
                title: phaseTitle(phase),
              })}
            </h3>
            <ol className="weeks" aria-label={t('weeksOfPhase', { title: phaseTitle(phase) })}>
              {weeks.map((week) => {
                const unfinished = unfinishedWeek(week);
                return (
                  <li
                    key={week}
                    className={`week-chip${week === currentWeek ? ' current' : ''}${unfinished ? ' unfinished' : ''}`}
                    aria-current={week === currentWeek ? 'step' : undefined}
                  >
                    <a href={weekUrl(week)} target="_blank" rel="noreferrer">
                      {t('weekChip', { week })}
                      {week === currentWeek && (
                        <span className="visually-hidden">{t('thisWeekHidden')}</span>
                      )}
                      {unfinished && <span className="flag">{t('unfinishedFlag')}</span>}
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
                    ? t('plannedFor', { weeks: weekSpan(weeksOfItem) })
                    : null;
                return (
                  <ChecklistItem
                    key={resource.id}
                    entry={when ? { ...entry, target: when } : entry}
                    url={itemUrl(resource, snapshot)}
                    onCheck={onCheck}
                  >
                    <p className="description">{descriptionOf(resource)}</p>
                    <p className="state">
                      <span className={`state-${state}`}>{t(STATE_TEXT[state])}</span>{' '}
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
                            ? t('stopSkipping', { title: titleOf(resource) })
                            : t('skip', { title: titleOf(resource) })}
                        </button>
                      )}
                    </p>
                    {variant && (
                      <LazyDetails summary={t('videosOf', { title: titleOf(resource) })}>
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
  from === to ? t('weekSpanOne', { from }) : t('weekSpanRange', { from, to });
