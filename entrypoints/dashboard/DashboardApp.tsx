import { t, tn } from '../../lib/i18n/i18n';
import { skillTitle } from '../../lib/i18n/roadmap-words';
import { useInterfaceLanguage } from '../../components/use-language';
import { lazy, Suspense, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { spellDay, spellIsoDay, weekDates } from '../../lib/plan/calendar';
import { readHistory, type PlanChange } from '../../lib/plan/replan';
import { weeklyReview } from '../../lib/plan/review';
import { forecast, workLeft } from '../../lib/plan/forecast';
import { toDailyMinutes } from '../../lib/habits/streaks';
import type { ProgressSnapshot } from '../../lib/progress/snapshot';
import { ReviewCard } from '../../components/ReviewCard';
import { checkKey } from '../../lib/progress/snapshot';
import { pageActions, useLiveProgress, useLiveRead } from '../../components/use-live-progress';
import type { EarlyState } from '../../components/start-page';
import { HabitsSection } from '../../components/HabitsSection';
import { PlanOverview } from '../../components/PlanOverview';
import { PlanSummary } from '../../components/PlanSummary';
import { CalendarExport } from '../../components/CalendarExport';
import { planFor } from '../../lib/plan/plan-for';
import { currentStreak, type DailyMinutes } from '../../lib/habits/streaks';
import { openOrFocus } from '../../lib/service/open-resource';
import { browserTabs } from '../../lib/browser/tabs-api';
import { TickBox } from '../../components/TickBox';
import { useAfterFirstPaint } from '../../components/after-first-paint';

// The notes need the database and their exports: loaded after the plan's first paint.
const NotesSection = lazy(() =>
  import('../../components/NotesSection').then((m) => ({ default: m.NotesSection })),
);

export function DashboardApp({ early }: { early: EarlyState }) {
  const progress = useLiveProgress(early);
  const painted = useAfterFirstPaint();
  const [today] = useState(() => new Date());
  useInterfaceLanguage(progress?.settings.uiLanguage, 'dashTitle');
  // Two years of days, read once for the summary, the habits and the review; the plan does not
  // wait for them.
  const daily = useLiveRead('dailyRows');
  const minutes = useMemo(() => (daily ? toDailyMinutes(daily) : undefined), [daily]);
  if (!progress) return <p className="loading">{t('loading')}</p>;
  const { settings, snapshot } = progress;
  const onCheck = (key: string, done: boolean) => void pageActions().then((a) => a.tick(key, done));
  const plan = settings.startDate ? planFor(ROADMAP, settings.startDate, today, snapshot) : null;
  const status = plan?.status ?? null;
  return (
    <main className="dashboard">
      <header className="dash-header">
        <h1>{t('dashTitle')}</h1>
        {status === null && <p>{t('dashNoStart')}</p>}
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('settings')}
        </button>
      </header>

      {plan && settings.startDate && (
        <PlanSummary
          roadmap={ROADMAP}
          startDate={settings.startDate}
          status={plan.status}
          snapshot={snapshot}
          next={plan.next}
          streak={
            minutes ? currentStreak(minutes, today, settings.dailyGoalMinutes).current : undefined
          }
          onContinue={(url) => void openOrFocus(browserTabs, url)}
        />
      )}

      <HabitsSection
        minutes={minutes}
        today={today}
        goal={settings.dailyGoalMinutes}
        startDate={settings.startDate}
        status={status}
      />

      {settings.forecastEnabled && settings.startDate && (
        <FinishForecast startDate={settings.startDate} snapshot={snapshot} today={today} />
      )}

      {status?.state === 'active' && settings.startDate && (
        <DashboardReview
          minutes={minutes}
          startDate={settings.startDate}
          week={status.week}
          snapshot={snapshot}
          goal={settings.dailyGoalMinutes}
          today={today}
        />
      )}

      {status && (
        <PlanOverview
          roadmap={ROADMAP}
          status={status}
          snapshot={snapshot}
          threshold={settings.watchedThreshold}
          onCheck={onCheck}
          onStatus={(key, value) => void pageActions().then((a) => a.status(key, value))}
        />
      )}

      <PlanChanges history={readHistory(settings.planHistory)} />

      <CalendarExport roadmap={ROADMAP} settings={settings} snapshot={snapshot} today={today} />

      {painted && (
        <Suspense fallback={null}>
          <NotesSection
            roadmap={ROADMAP}
            {...(plan?.next ? { itemId: plan.next.resource.id } : {})}
          />
        </Suspense>
      )}

      <section aria-labelledby="after-heading">
        <h2 id="after-heading">{t('afterHeading')}</h2>
        <p>{t('afterText')}</p>
        <ul className="after">
          {ROADMAP.afterRoadmap.map((skill) => (
            <li key={skill.id}>
              <TickBox
                label={skillTitle(skill)}
                checked={snapshot.checks.get(checkKey(skill.id)) === true}
                onChange={(done) => onCheck(checkKey(skill.id), done)}
              />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

/** The plan's changes of dates, newest first; the latest can be undone. */
function PlanChanges({ history }: { history: PlanChange[] }) {
  const [message, setMessage] = useState('');
  if (history.length === 0 && !message) return null;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changesHeading')}</h2>
      <ul>
        {[...history].reverse().map((change) => (
          <li key={change.at}>
            {spellDay(new Date(change.at), 'short', true)}:{' '}
            {change.kind === 'spread'
              ? t('changeSpread', { week: change.spread?.fromWeek ?? '?' })
              : t('changeDates', {
                  what:
                    change.kind === 'catch-up'
                      ? t('changeCatchUp')
                      : tn('changeMoved', change.weeks),
                  from: spellIsoDay(change.from),
                  to: spellIsoDay(change.to),
                })}
          </li>
        ))}
      </ul>
      {history.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void pageActions()
              .then((a) => a.undoReplanNow())
              .then((undone) => setMessage(undone ? t('changeUndone') : t('changeCannotUndo')))
          }
        >
          {t('undoLatest')}
        </button>
      )}
      <p role="status" className="hint">
        {message}
      </p>
    </section>
  );
}

/** This week's review, always available here (the popup shows it once). */
function DashboardReview(props: {
  minutes: DailyMinutes | undefined;
  startDate: string;
  week: number;
  snapshot: ProgressSnapshot;
  goal: number;
  today: Date;
}) {
  if (!props.minutes) return null;
  const review = weeklyReview(
    ROADMAP,
    props.startDate,
    props.week,
    props.snapshot,
    props.minutes,
    props.goal,
    props.today,
  );
  return review ? <ReviewCard review={review} goalMinutes={props.goal} /> : null;
}

/** When the learner would finish at their pace: shown only when turned on in the settings. */
function FinishForecast(props: { startDate: string; snapshot: ProgressSnapshot; today: Date }) {
  const done = useLiveRead('doneTimes');
  if (!done) return null;
  const { left, unknown } = workLeft(ROADMAP, props.snapshot);
  const result = forecast(done, left, props.startDate, props.today);
  const planEnd = weekDates(props.startDate, ROADMAP.totalWeeks).last;
  return (
    <section aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t('forecastHeading')}</h2>
      <p>
        {result
          ? tn('forecastText', result.weeks, {
              perweek: Math.round(result.perWeek),
              from: spellIsoDay(result.from),
              to: spellIsoDay(result.to),
            })
          : t('forecastNone')}
        {result && unknown > 0 ? ` ${tn('forecastAtLeast', unknown)}` : ''}{' '}
        {t('forecastPlanEnd', { end: spellIsoDay(planEnd) })}
      </p>
      <p className="hint">{t('forecastHow', { left })}</p>
    </section>
  );
}
