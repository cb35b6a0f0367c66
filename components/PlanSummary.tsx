import { formatNumber, t, tn, type MessageKey } from '../lib/i18n/i18n';
import { phaseTitle } from '../lib/i18n/roadmap-words';
import type { Roadmap } from '../data/roadmap-types';
import { spellIsoDay, type IsoDay, type WeekStatus } from '../lib/plan/calendar';
import { overallProgress } from '../lib/plan/checklist';
import { phaseOfWeek } from '../lib/plan/roadmap-index';
import { currentPlanWeek, weekStrip, workShare, type StripState } from '../lib/plan/week-strip';
import type { NextStep } from '../lib/plan/next-step';
import type { ProgressSnapshot } from '../lib/progress/snapshot';
import { ContinueCard } from './ContinueCard';

interface Props {
  roadmap: Roadmap;
  startDate: IsoDay;
  status: WeekStatus;
  snapshot: ProgressSnapshot;
  next: NextStep | null;
  /** The current streak of days at the goal; undefined while the days are read. */
  streak: number | undefined;
  onContinue: (url: string) => void;
}

const STATE_WORDS: Record<StripState, MessageKey> = {
  done: 'stripDone',
  partial: 'stripPartial',
  current: 'stripCurrent',
  ahead: 'stripAhead',
};

/** The dashboard's first screen: where am I, how am I doing, what next. */
export function PlanSummary({
  roadmap,
  startDate,
  status,
  snapshot,
  next,
  streak,
  onContinue,
}: Props) {
  const week = currentPlanWeek(status, roadmap.totalWeeks);
  const strip = weekStrip(roadmap, week, snapshot);
  const overall = overallProgress(roadmap, snapshot);
  const phase = status.state === 'active' ? phaseOfWeek(roadmap, status.week) : undefined;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">
        {status.state === 'active'
          ? t('summaryHeading', {
              week: status.week,
              total: roadmap.totalWeeks,
              phase: phase ? phaseTitle(phase) : '',
            })
          : status.state === 'not-started'
            ? t('summaryBefore', { day: spellIsoDay(startDate) })
            : t('summaryAfter', { total: roadmap.totalWeeks })}
      </h2>
      <ol className="strip" aria-label={t('stripLabel')}>
        {roadmap.phases.map((p) => (
          <li
            key={p.id}
            className="strip-phase"
            style={{ flexGrow: p.weeks.to - p.weeks.from + 1 }}
          >
            <ol className="strip-weeks" aria-label={phaseTitle(p)}>
              {strip
                .filter((w) => w.phaseId === p.id)
                .map((w) => (
                  <li key={w.week}>
                    <a
                      href={`#week-${w.week}`}
                      className={`seg seg-${w.state}`}
                      aria-current={w.state === 'current' ? 'step' : undefined}
                      // A finished phase is folded: unfold it so the week can be scrolled to.
                      onClick={() =>
                        document
                          .getElementById(`week-${w.week}`)
                          ?.closest('details')
                          ?.setAttribute('open', '')
                      }
                      title={t('stripWeek', { week: w.week, state: t(STATE_WORDS[w.state]) })}
                    >
                      <span className="visually-hidden">
                        {t('stripWeek', { week: w.week, state: t(STATE_WORDS[w.state]) })}
                      </span>
                    </a>
                  </li>
                ))}
            </ol>
            <span className="strip-name" aria-hidden="true" title={phaseTitle(p)}>
              {phaseTitle(p)}
            </span>
          </li>
        ))}
      </ol>
      <p className="strip-legend" aria-hidden="true">
        {(Object.keys(STATE_WORDS) as StripState[]).map((state) => (
          <span key={state}>
            <span className={`swatch seg-${state}`} />
            {t(STATE_WORDS[state])}
          </span>
        ))}
      </p>
      <p className="summary-line">
        {t('summaryItems', {
          done: overall.done,
          total: overall.total,
          share: formatNumber(workShare(roadmap, snapshot), { style: 'percent' }),
        })}
        {streak !== undefined && <> · {tn('summaryStreak', streak)}</>}
      </p>
      <ContinueCard next={next} pace={null} onContinue={onContinue} autoFocus={false} />
    </section>
  );
}
