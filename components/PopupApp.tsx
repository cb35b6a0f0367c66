import { t, tn } from '../lib/i18n/i18n';
import { useInterfaceLanguage } from './use-language';
import { askBackground, sendMark, sendTick } from '../lib/browser/tick-channel';
import { SiteCheckLine } from './SiteCheckLine';
import { SyncOffer } from './SyncOffer';
import { syncNeverChosen } from '../lib/db/settings-defaults';
import { askSyncConsent } from '../lib/browser/sync-consent';
import { openNotesPanel } from '../lib/browser/notes-panel';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../data/roadmap';
import { weekChecklist } from '../lib/plan/checklist';
import { paceOf } from '../lib/plan/pace';
import { planFor } from '../lib/plan/plan-for';
import { openOrFocus } from '../lib/service/open-resource';
import { browserTabs } from '../lib/browser/tabs-api';
import { ContinueCard } from './ContinueCard';
import { StartPrompt } from './StartPrompt';
import { WeekView } from './WeekView';
import { ReplanCard } from './ReplanCard';
import { ResumeCard } from './ResumeCard';
import { previewResume, weeksAway } from '../lib/plan/resume';
import { TodayCard } from './TodayCard';
import { ReviewBanner } from './ReviewCard';
import { ReviewLine } from './ReviewLine';
import { weeklyReview } from '../lib/plan/review';
import { currentStreak } from '../lib/habits/streaks';
import { completedItems, readCelebrated, toCelebrate } from '../lib/plan/celebrate';
import { findItem } from '../lib/plan/roadmap-index';
import { titleOf } from '../lib/i18n/roadmap-words';
import { todayDayOfWeek, todayPlan, type TodayPlan } from '../lib/plan/today';
import { KeptOnce } from '../lib/plan/kept-once';
import { previewSpread } from '../lib/plan/spread';
import { usualSpeed, WATCH_SPEED_KEY } from '../lib/tracking/watch-speed';
import { toIsoDay } from '../lib/plan/calendar';
import { inCatchUpWeek, readHistory } from '../lib/plan/replan';
import { pageActions, useLiveProgress } from './use-live-progress';
import type { EarlyState } from './start-page';
import { calendarSavedAt } from './calendar-saved';

/**
 * What the popup's first render reads from its page rather than from the database: given by
 * the background when it renders the popup's first screen ahead (lib/prepaint/popup-view.ts),
 * where there is no page address and no localStorage.
 */
export interface PopupHost {
  search: string;
  reviewSeen: string;
}

const pageHost = (): PopupHost => ({
  search: window.location.search,
  reviewSeen: localStorage.getItem(REVIEW_SEEN) ?? '',
});

export function PopupApp({ early, host }: { early: EarlyState; host?: PopupHost }) {
  const progress = useLiveProgress(early);
  const [opened] = useState(() => host ?? pageHost());
  // The dashboard's week links open this page on that week (`?week=N`).
  const [browsedWeek, setBrowsedWeek] = useState<number | null>(() => {
    const week = Number(new URLSearchParams(opened.search).get('week'));
    return Number.isInteger(week) && week >= 1 && week <= ROADMAP.totalWeeks ? week : null;
  });
  // The popup lives for seconds: the day it opened on is today.
  const [today] = useState(() => new Date());
  const [replanning, setReplanning] = useState(false);
  // Today's list as the popup opened on it (for its plan): ticking a row does not reshuffle it.
  const [todayList] = useState(() => new KeptOnce<TodayPlan>());
  const minutes = useDailyMinutes();
  const speed = useUsualSpeed();
  const [reviewSeen, setReviewSeen] = useState(opened.reviewSeen);
  /** What the latest change of plan did, with its undo, while the popup stays open. */
  const [changed, setChanged] = useState('');
  useInterfaceLanguage(progress?.settings.uiLanguage, 'actionTitle');
  // The first time an item is complete, one line says so (see lib/plan/celebrate.ts). What was
  // said is in the page's storage, read once the first render is on the page: the worker's kept
  // first screen cannot know it, and React's first render must draw that same screen to take it
  // over (a difference made React draw its own, and a tick pressed meanwhile was lost).
  const [said, setSaid] = useState<Set<string> | null | undefined>(undefined);
  useEffect(() => {
    // After this commit, as a render of its own (React's take-over is complete by then).
    queueMicrotask(() => setSaid(readCelebrated(localStorage.getItem(CELEBRATED))));
  }, []);
  const celebration =
    progress && said !== undefined
      ? toCelebrate(completedItems(ROADMAP, progress.snapshot), said)
      : null;
  // Written when what is complete changes, not on every render.
  const keep = celebration ? JSON.stringify(celebration.keep) : null;
  useEffect(() => {
    if (keep) localStorage.setItem(CELEBRATED, keep);
  }, [keep]);
  if (!progress) return <p className="loading">{t('loading')}</p>;
  const { settings, snapshot } = progress;
  if (!settings.startDate) {
    return (
      <main className="popup">
        <StartPrompt
          totalWeeks={ROADMAP.totalWeeks}
          onStart={(startDate, sync, track) =>
            void askBackground({ type: 'ui:start', startDate, sync, track }, () =>
              pageActions().then((a) => a.startOn(startDate, sync, track)),
            )
          }
        />
      </main>
    );
  }
  const plan = planFor(ROADMAP, settings.startDate, today, snapshot);
  const week = browsedWeek ?? plan.week;
  const onCurrentWeek = week === plan.week;
  const entries = onCurrentWeek ? plan.entries : weekChecklist(ROADMAP, week, snapshot);
  const pace = plan.status.state === 'active' ? paceOf(plan.entries) : null;
  // Far behind, or past the plan's end with work left: one move to where the work is.
  const resume =
    onCurrentWeek && !replanning
      ? previewResume(ROADMAP, settings.startDate, today, snapshot)
      : null;
  const away = minutes ? weeksAway(minutes.keys(), today) : null;
  // Once a week, at its first opens, until dismissed: how last week went (it waits while the
  // learner is offered to resume).
  const reviewKey = `${settings.startDate}:${plan.week}`;
  const review =
    minutes && onCurrentWeek && !replanning && !resume && reviewSeen !== reviewKey
      ? weeklyReview(
          ROADMAP,
          settings.startDate,
          plan.week,
          snapshot,
          minutes,
          settings.dailyGoalMinutes,
          today,
        )
      : null;
  const continueCard = (
    <ContinueCard
      next={plan.next}
      pace={pace}
      onContinue={async (url) => {
        await openOrFocus(browserTabs, url);
        window.close();
      }}
      onReplan={() => setReplanning(true)}
    />
  );
  // Today runs while the plan does, and past its last week while work is left.
  const dayOfWeek = todayDayOfWeek(plan.status, plan.next !== null);
  const todayShown = onCurrentWeek && !replanning && dayOfWeek !== null;
  const todaySlice =
    dayOfWeek === null
      ? null
      : todayList.get(
          `${settings.startDate}|${settings.studyDays}|${snapshot.language}|${JSON.stringify(snapshot.spread ?? null)}`,
          () => todayPlan(plan.entries, snapshot, dayOfWeek, today, settings.studyDays),
        );
  const catchingUp = inCatchUpWeek(
    settings.startDate,
    readHistory(settings.planHistory),
    today,
    ROADMAP.totalWeeks,
  );
  return (
    <main className="popup">
      <WeekView
        roadmap={ROADMAP}
        startDate={settings.startDate}
        status={plan.status}
        week={week}
        snapshot={snapshot}
        entries={entries}
        onWeekChange={setBrowsedWeek}
        onCheck={(key, done) =>
          void sendTick(key, done, () => pageActions().then((a) => a.tick(key, done)))
        }
      >
        {review && (
          <ReviewBanner
            review={review}
            goalMinutes={settings.dailyGoalMinutes}
            onDismiss={() => {
              localStorage.setItem(REVIEW_SEEN, reviewKey);
              setReviewSeen(reviewKey);
            }}
          />
        )}
        {catchingUp && onCurrentWeek && <p className="status-note">{t('catchUpWeek')}</p>}
        {celebration && celebration.fresh.length > 0 && (
          <p className="status-note celebrate" role="status">
            {celebration.fresh.length === 1
              ? t('itemCompleted', {
                  title: titleOf(findItem(ROADMAP, celebration.fresh[0]!)!.resource),
                })
              : tn('itemCompletedMore', celebration.fresh.length - 1, {
                  title: titleOf(findItem(ROADMAP, celebration.fresh[0]!)!.resource),
                })}
          </p>
        )}
        <SiteCheckLine />
        {onCurrentWeek && <ReviewLine roadmap={ROADMAP} />}
        {onCurrentWeek && syncNeverChosen(settings) && (
          <SyncOffer
            onAnswer={(yes) =>
              // A yes that Firefox's own consent refuses is kept as a no.
              void (yes ? askSyncConsent() : Promise.resolve(false)).then((on) =>
                askBackground({ type: 'ui:sync', on }, () =>
                  pageActions().then((a) => a.answerSync(on)),
                ),
              )
            }
          />
        )}
        {changed && (
          <p className="status-note" role="status">
            {changed}{' '}
            <button
              type="button"
              className="link"
              onClick={() =>
                void askBackground({ type: 'ui:undo' }, () =>
                  pageActions().then((a) => a.undoReplanNow()),
                ).then((undone) => setChanged(undone ? t('replanUndone') : ''))
              }
            >
              {t('undo')}
            </button>
            {/* A calendar file saved before holds the old dates: the new one is a click away. */}
            {calendarSavedAt() > 0 && (
              <>
                {' '}
                <a
                  href={browser.runtime.getURL('/dashboard.html#calendar')}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t('calendarUpdate')}
                </a>
              </>
            )}
          </p>
        )}
        {resume && (
          <ResumeCard
            preview={resume}
            totalWeeks={ROADMAP.totalWeeks}
            away={away}
            onApply={() =>
              void askBackground({ type: 'ui:replan', kind: 'resume', weeks: 0 }, () =>
                pageActions().then((a) => a.replan('resume', 0)),
              ).then((applied) => {
                setBrowsedWeek(null);
                if (applied) setChanged(t('resumeDone', { week: resume.weekAfter }));
              })
            }
            {...(resume.pastEnd ? {} : { onOther: () => setReplanning(true) })}
          />
        )}
        {onCurrentWeek && replanning && (
          <ReplanCard
            startDate={settings.startDate}
            today={today}
            totalWeeks={ROADMAP.totalWeeks}
            spread={previewSpread(
              plan.entries.filter((e) => e.carriedOverFrom !== undefined && !e.spread),
              plan.week,
              ROADMAP.totalWeeks,
            )}
            onClose={() => setReplanning(false)}
            onApply={(kind, weeks) =>
              void askBackground({ type: 'ui:replan', kind, weeks }, () =>
                pageActions().then((a) => a.replan(kind, weeks)),
              ).then((applied) => {
                setReplanning(false);
                setBrowsedWeek(null);
                if (applied)
                  setChanged(
                    kind === 'catch-up'
                      ? t('replanDoneCatchUp')
                      : kind === 'spread'
                        ? t('replanDoneSpread')
                        : tn('replanDoneShift', weeks),
                  );
              })
            }
          />
        )}
        {onCurrentWeek && !replanning && !todayShown && continueCard}
        {todayShown && todaySlice && (
          <TodayCard
            plan={todaySlice}
            day={toIsoDay(today)}
            goalMinutes={settings.dailyGoalMinutes}
            speed={speed}
            {...(minutes
              ? { streak: currentStreak(minutes, today, settings.dailyGoalMinutes).current }
              : {})}
            lead={continueCard}
            {...(plan.next ? { leadUrl: plan.next.url } : {})}
            {...(plan.next?.videoId ? { leadVideoId: plan.next.videoId } : {})}
            snapshot={snapshot}
            progressOf={(id) => plan.entries.find((e) => e.resource.id === id)?.progress}
            onOpen={async (url) => {
              await openOrFocus(browserTabs, url);
              window.close();
            }}
            onMark={(mark, done) =>
              void ('videoId' in mark
                ? sendMark(mark.videoId, done, (id) => pageActions().then((a) => a.mark(id, done)))
                : sendTick(mark.check, done, () =>
                    pageActions().then((a) => a.tick(mark.check, done)),
                  ))
            }
          />
        )}
      </WeekView>
      <footer className="popup-footer">
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          {t('wholePlan')}
        </a>
        <button
          type="button"
          className="link"
          onClick={() => void openNotesPanel().then(() => window.close())}
        >
          {t('notes')}
        </button>
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('settings')}
        </button>
      </footer>
    </main>
  );
}

/** Where the popup remembers which items' completion it has said (see lib/plan/celebrate.ts). */
const CELEBRATED = 'items-celebrated';

/** Where the popup remembers the week whose review was dismissed (`startDate:week`). */
const REVIEW_SEEN = 'weekly-review-seen';

/** Minutes studied per day, read once the database code has loaded. */
function useDailyMinutes(): Map<string, number> | null {
  const [minutes, setMinutes] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void pageActions()
      .then((a) => a.dailyMinutes())
      .then((m) => live && setMinutes(m))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return minutes;
}

/** The learner's usual playback speed, as the background measured it (null until known). */
function useUsualSpeed(): number | null {
  const [speed, setSpeed] = useState<number | null>(null);
  useEffect(() => {
    void browser.storage.local
      .get(WATCH_SPEED_KEY)
      .then((stored) => setSpeed(usualSpeed(stored[WATCH_SPEED_KEY])))
      .catch(() => undefined);
  }, []);
  return speed;
}
