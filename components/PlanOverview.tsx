import { lazy, Suspense } from 'react';
import { t, tn, type MessageKey } from '../lib/i18n/i18n';
import { descriptionOf, phaseTitle, titleOf } from '../lib/i18n/roadmap-words';
import type { Roadmap } from '../data/roadmap-types';
import type { WeekStatus } from '../lib/plan/calendar';
import { checklistEntry, itemUrl } from '../lib/plan/checklist';
import { chosenVariant } from '../lib/plan/roadmap-index';
import { currentPlanWeek, weekLeftWork } from '../lib/plan/week-strip';
import { isSettled, itemProgress, itemState } from '../lib/progress/item-progress';
import { checkKey, type ProgressSnapshot } from '../lib/progress/snapshot';
import type { CheckStatus } from '../lib/db/database';
import { ChecklistItem } from './ChecklistItem';
import { LazyDetails } from './LazyDetails';
import { useRenderedMark } from './use-rendered-mark';

// A video list reads the database: loaded when the first one is opened, not before the plan.
const VideoList = lazy(() => import('./VideoList').then((m) => ({ default: m.VideoList })));

interface Props {
  roadmap: Roadmap;
  status: WeekStatus;
  snapshot: ProgressSnapshot;
  threshold: number;
  onCheck: (key: string, done: boolean) => void;
  onStatus: (key: string, status: CheckStatus) => void;
}

const STATE_TEXT: Record<ReturnType<typeof itemState>, MessageKey> = {
  done: 'stateDone',
  'in-progress': 'stateInProgress',
  skipped: 'stateSkipped',
  'not-started': 'stateNotStarted',
};

/** The eight phases and 24 weeks, every item with its progress, ticks and details. */
export function PlanOverview({ roadmap, status, snapshot, threshold, onCheck, onStatus }: Props) {
  useRenderedMark();
  const currentWeek = currentPlanWeek(status, roadmap.totalWeeks);
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('wholePlanHeading')}</h2>
      {roadmap.phases.map((phase) => {
        const weeks = Array.from(
          { length: phase.weeks.to - phase.weeks.from + 1 },
          (_, i) => phase.weeks.from + i,
        );
        const shownWeek = Math.min(Math.max(currentWeek, phase.weeks.from), phase.weeks.to);
        const isCurrent = currentWeek >= phase.weeks.from && currentWeek <= phase.weeks.to;
        const unfinished = weeks.filter(
          (week) => week < currentWeek && weekLeftWork(roadmap, week, snapshot),
        );
        const finished = phase.resources.every(
          (resource) => resource.optional || isSettled(itemProgress(resource, snapshot)),
        );
        const heading = (
          <h3 id={`phase-${phase.id}`}>
            {t('phaseWeeksTitle', {
              weeks: t('weekRange', { from: phase.weeks.from, to: phase.weeks.to }),
              title: phaseTitle(phase),
            })}
            {finished ? (
              <span className="phase-state done">{t('phaseDone')}</span>
            ) : (
              unfinished.length > 0 && (
                <span className="phase-state flag">
                  {tn('phaseWorkLeft', unfinished.length, {
                    weeks: unfinished.join(', '),
                  })}
                </span>
              )
            )}
          </h3>
        );
        const body = (
          <>
            <ol className="weeks" aria-label={t('weeksOfPhase', { title: phaseTitle(phase) })}>
              {weeks.map((week) => (
                <li
                  key={week}
                  id={`week-${week}`}
                  tabIndex={-1}
                  className={`week-chip${week === currentWeek ? ' current' : ''}${unfinished.includes(week) ? ' unfinished' : ''}`}
                  aria-current={week === currentWeek ? 'step' : undefined}
                >
                  {t('weekChip', { week })}
                  {week === currentWeek && (
                    <span className="visually-hidden">{t('thisWeekHidden')}</span>
                  )}
                </li>
              ))}
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
                        <details className="item-menu">
                          <summary aria-label={t('itemMenu', { title: titleOf(resource) })}>
                            <span aria-hidden="true">⋯</span>
                          </summary>
                          <button
                            type="button"
                            onClick={(event) => {
                              event.currentTarget.closest('details')?.removeAttribute('open');
                              onStatus(
                                checkKey(resource.id),
                                entry.progress.skipped ? 'open' : 'skipped',
                              );
                            }}
                          >
                            {entry.progress.skipped
                              ? t('stopSkipping', { title: titleOf(resource) })
                              : t('skip', { title: titleOf(resource) })}
                          </button>
                        </details>
                      )}
                    </p>
                    {variant && (
                      <LazyDetails summary={t('videosOf', { title: titleOf(resource) })}>
                        {() => (
                          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                            <VideoList
                              itemId={resource.id}
                              variant={variant}
                              snapshot={snapshot}
                              threshold={threshold}
                              onCheck={onCheck}
                            />
                          </Suspense>
                        )}
                      </LazyDetails>
                    )}
                  </ChecklistItem>
                );
              })}
            </ul>
          </>
        );
        // A finished phase folds to its heading line; the dashboard's strip opens it.
        return finished && !isCurrent ? (
          <details
            key={phase.id}
            className="phase-block folded"
            aria-labelledby={`phase-${phase.id}`}
          >
            <summary>{heading}</summary>
            {body}
          </details>
        ) : (
          <section
            key={phase.id}
            className={`phase-block${isCurrent ? ' current' : ''}`}
            aria-labelledby={`phase-${phase.id}`}
          >
            {heading}
            {body}
          </section>
        );
      })}
    </section>
  );
}

const weekSpan = ({ from, to }: { from: number; to: number }) =>
  from === to ? t('weekSpanOne', { from }) : t('weekSpanRange', { from, to });
