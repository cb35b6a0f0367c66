import { syncConsentHeld } from '../lib/browser/sync-consent';
import { t, tn } from '../lib/i18n/i18n';
import { speak } from '../lib/browser/interface-language';
import { parsePageRequest } from '../lib/protocol/schema';
import { handlePageRequest } from '../lib/service/page-requests';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { ROADMAP } from '../data/roadmap';
import { DB_NAME, getDb } from '../lib/db/database';
import { getSettings } from '../lib/db/settings-repo';
import { REMINDER_ALARM } from '../lib/habits/reminder';
import { reminderMessage, syncReminder } from '../lib/service/reminders';
import { CONTINUE_COMMAND } from '../lib/protocol/messages';
import { collectSummary } from '../lib/sync/local-summary';
import { createSyncScheduler, syncOnce, type SyncArea } from '../lib/service/sync-service';
import { backupBeforeUpgrade, maybeDailyBackup } from '../lib/backup/auto-backup';
import { localStore } from '../lib/browser/local-store';
import { handleMessage } from '../lib/service/message-handler';
import { StudyLedger } from '../lib/tracking/study-time';
import { siteCheckRecorder } from '../lib/browser/site-check-store';
import { addWatching, WATCH_SPEED_KEY, type SpeedTally } from '../lib/tracking/watch-speed';
import { playbackFollower } from '../lib/service/playback-follower';
import { handleCommand } from '../lib/service/continue';
import { companionPushes } from '../lib/service/companion-pushes';
import { planNow } from '../lib/service/plan-now';
import { browserTabs } from '../lib/browser/tabs-api';
import { TRACKER_PORT } from '../lib/browser/content-channel';
import { inSiteArrivals } from '../lib/service/in-site-arrivals';
import { FOCUS_CLASS, focusTabs, goalMetToday } from '../lib/service/focus-mode';
import { ADD_NOTE_COMMAND } from '../lib/protocol/messages';
import { popupViewKeeper } from '../lib/service/popup-view-keeper';
import { readViewInputs } from '../lib/db/popup-view-repo';
import { inputsOf, nextMidnight } from '../lib/prepaint/popup-view';
import { renderFirstScreen } from '../components/popup-first-screen';

const BADGE_ALARM = 'refresh-badge';
const VIEW_ALARM = 'popup-view-day';

// Chrome (MV3) runs this as a service worker that stops when idle; Firefox (MV2) as a
// persistent background page. Nothing here relies on memory surviving a stop: every fact is in
// the database or storage.local first, and pages resend what was not acknowledged.
export default defineBackground(() => {
  const db = getDb();
  const log = (message: string) => console.warn(`[ml-roadmap] ${message}`);
  // A raw copy before Dexie upgrades an older database; nothing touches it until then.
  const ready = backupBeforeUpgrade(localStore, indexedDB, DB_NAME, db.verno * 10, Date.now())
    .catch((error) => log(`backup before upgrade failed: ${String(error)}`))
    .then(() => maybeDailyBackup(localStore, db, Date.now()))
    .catch((error) => log(`daily backup failed: ${String(error)}`))
    // The words the background writes (the panel's, notifications) in the learner's language.
    .then(() => getSettings(db))
    .then((settings) => speak(settings.uiLanguage))
    .catch((error) => log(`language: ${String(error)}`));
  const deps = {
    db,
    roadmap: ROADMAP,
    extensionId: browser.runtime.id,
    now: () => new Date(),
    log,
    ledger: new StudyLedger(() => Date.now() - performance.now()),
    siteCheck: siteCheckRecorder(() => Date.now()),
    // The learner's usual speed (today's plan estimates minutes with it): a small tally in the
    // extension's local storage, derived and not progress (not backed up, not synced).
    onWatched: (ms: number, rate: number) =>
      void browser.storage.local
        .get(WATCH_SPEED_KEY)
        .then((stored) =>
          browser.storage.local.set({
            [WATCH_SPEED_KEY]: addWatching(stored[WATCH_SPEED_KEY] as SpeedTally, ms, rate),
          }),
        )
        .catch(() => undefined),
  };
  // While a page plays, the background expects its reports: it asks one that has been quiet
  // for a while to confirm, and stops crediting one that stays silent (see
  // lib/tracking/playback-follow.ts). The page itself reports on events and when asked.
  const follower = playbackFollower({
    // Chrome: an extension API call keeps a playing page's worker alive; a no-op in Firefox,
    // whose background page does not stop.
    keepAlive: () => void browser.runtime.getPlatformInfo().catch(() => undefined),
    now: () => Date.now(),
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (timer) => clearInterval(timer as ReturnType<typeof setInterval>),
  });

  // Focus mode: the class on YouTube's <html> that its injected stylesheet hides things under.
  const focus = focusTabs({
    db,
    roadmap: ROADMAP,
    now: () => new Date(),
    setClass: async (tabId, on) => {
      await browser.scripting
        ?.executeScript({
          target: { tabId },
          func: (name: string, wanted: boolean) =>
            void document.documentElement.classList.toggle(name, wanted),
          args: [FOCUS_CLASS, on],
        })
        .catch(() => undefined);
    },
    youtubeTabs: () =>
      browser.tabs.query({ url: ['*://www.youtube.com/*', '*://m.youtube.com/*'] }),
  });
  // The setting (here, in the options, from another browser) or the day's goal changed. The
  // worker starts often: the tabs are gone over only when that state is not the one applied.
  const FOCUS_APPLIED = 'focusApplied';
  const applyFocus = async (state: string) => {
    const stored = await browser.storage.local.get(FOCUS_APPLIED);
    if (stored[FOCUS_APPLIED] === state) return;
    await focus.refreshAll();
    await browser.storage.local.set({ [FOCUS_APPLIED]: state });
  };
  void ready.then(() =>
    liveQuery(async () => {
      const settings = await getSettings(db);
      const goalMet = await goalMetToday(db, new Date(), settings.dailyGoalMinutes);
      return `${settings.focusMode}:${goalMet}`;
    }).subscribe({
      next: (state) => void applyFocus(state).catch((e) => log(`focus: ${String(e)}`)),
      error: (error) => log(`focus: ${String(error)}`),
    }),
  );

  // Content scripts talk through one port per page: `{ id, message }` in, `{ id, reply }` out
  // (a confirmation comes as `{ message }` and gets no reply);
  // the background may push `{ push }` when a panel must change, and `{ confirm: true }` to ask
  // a playing page for a report. One page's messages are handled in order: a report confirms
  // the following of the one before.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TRACKER_PORT) return;
    const pushes = companionPushes();
    const post = (envelope: object) => {
      try {
        port.postMessage(envelope);
      } catch {
        // The page went away meanwhile: nothing to answer.
      }
    };
    const page = follower.add(() => post({ confirm: true }));
    let queue: Promise<unknown> = ready;
    const inOrder = (fn: () => Promise<unknown>) => {
      queue = queue.then(fn).catch((error) => log(`port: ${String(error)}`));
    };
    port.onMessage.addListener((envelope: unknown) => {
      inOrder(async () => {
        const { id, message } = (envelope ?? {}) as { id?: unknown; message?: unknown };
        const reply = await handleMessage(deps, message, port.sender ?? {}, page.playback);
        follower.update();
        const answered = typeof id === 'number';
        const push = pushes.after(message, reply, answered);
        if (answered) post({ id, reply });
        else if (push) post({ push });
        const tabId = port.sender?.tab?.id;
        const verdict = reply as { tracked?: boolean } | undefined;
        // Not awaited: the page's next report need not wait for the class to be set.
        if (tabId !== undefined && (message as { type?: unknown })?.type === 'yt:classify')
          void focus.classified(tabId, verdict?.tracked === true).catch(() => undefined);
      });
    });
    port.onDisconnect.addListener(() => inOrder(async () => follower.remove(page)));
  });

  // The popup's ticks and changes of plan (see lib/browser/tick-channel.ts): only from the
  // extension's own pages.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = parsePageRequest(message);
    const ours =
      sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!request || !ours) return undefined;
    return ready
      .then(() => handlePageRequest(db, request, Date.now(), deps.ledger))
      .then((applied) => ({ written: true, applied }));
  });

  // Reaching the exercises repository from elsewhere on GitHub loads no page: the study-sites
  // script is injected then (see lib/service/in-site-arrivals.ts).
  const arrivals = inSiteArrivals();
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void focus.navigated(tabId, change.url).catch(() => undefined);
    if (!change.url || !arrivals.changed(tabId, change.url)) return;
    browser.scripting
      ?.executeScript({ target: { tabId }, files: ['/content-scripts/sites.js'] })
      .catch((error: unknown) => log(`inject: ${String(error)}`));
  });
  browser.tabs.onRemoved.addListener((tabId) => arrivals.closed(tabId));

  const continueNow = () =>
    handleCommand(
      {
        db,
        roadmap: ROADMAP,
        tabs: browserTabs,
        openOptions: () => browser.runtime.openOptionsPage(),
        now: () => new Date(),
      },
      CONTINUE_COMMAND,
    );
  // The shortcut does what the popup's Continue button does.
  browser.commands.onCommand.addListener((command) => {
    if (command === CONTINUE_COMMAND) void continueNow();
    // The shortcut presses the companion panel's "Add a note" in the active tab (where the
    // panel is, the page's moment is known); a tab without the panel is left alone.
    if (command === ADD_NOTE_COMMAND)
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) =>
          tab?.id === undefined
            ? undefined
            : browser.scripting?.executeScript({
                target: { tabId: tab.id },
                func: () =>
                  document.querySelector<HTMLElement>('#ml-roadmap-companion button.note')?.click(),
              }),
        )
        .catch(() => undefined);
  });

  // Items left this week on the toolbar icon, recomputed on every write to the database
  // (from any extension page) and when the day may have changed.
  const showBadge = (left: number | null) => {
    // Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
    const action = browser.action ?? browser.browserAction;
    void action?.setBadgeText({ text: left ? String(left) : '' });
    void action?.setTitle({ title: left ? tn('actionTitleLeft', left) : t('actionTitle') });
    void action?.setBadgeBackgroundColor({ color: '#2563eb' });
  };
  void ready.then(() =>
    liveQuery(async () => (await planNow(db, ROADMAP, new Date()))?.itemsLeft ?? null).subscribe({
      next: showBadge,
      error: (error) => log(`badge: ${String(error)}`),
    }),
  );
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });

  // The popup's first screen, kept ready: rendered again when what it shows changed, and on a
  // new day (see lib/prepaint/popup-view.ts).
  const popupView = popupViewKeeper({
    db,
    version: browser.runtime.getManifest().version,
    now: () => new Date(),
    render: renderFirstScreen,
    log,
  });
  const nextDay = () =>
    browser.alarms.create(VIEW_ALARM, { when: nextMidnight(new Date()).getTime() });
  void ready.then(() => {
    void nextDay();
    let seen: string | undefined;
    liveQuery(async () => inputsOf(await readViewInputs(db))).subscribe({
      next: (inputs) => {
        if (inputs === seen) return;
        seen = inputs;
        void popupView.refresh();
      },
      error: (error) => log(`popup view: ${String(error)}`),
    });
  });

  // Progress follows the learner through the browser's own sync, batched to spare its quota.
  // Firefox keeps storage.sync in this profile unless Firefox Sync is signed in and syncs
  // add-ons; the rounds are the same either way.
  const syncArea = browser.storage.sync as unknown as SyncArea;
  const sync = createSyncScheduler(async () => {
    // Firefox: only while its data consent for sync is held (revocable in about:addons).
    if (!(await syncConsentHeld())) return;
    const result = await syncOnce(db, syncArea, Date.now()).catch((error) => {
      log(`sync: ${String(error)}`);
      return null;
    });
    if (result)
      await browser.storage.local.set({
        syncStatus: { at: Date.now(), bytes: result.bytes, leftOut: result.leftOut },
      });
  });
  void ready.then(() =>
    liveQuery(() => collectSummary(db)).subscribe({
      next: () => sync.request(),
      error: (error) => log(`sync watch: ${String(error)}`),
    }),
  );
  browser.storage.sync.onChanged.addListener(() => sync.request());

  // The daily reminder follows the settings; notifications are an optional permission.
  void ready.then(() =>
    liveQuery(() => getSettings(db)).subscribe({
      next: (settings) => {
        void speak(settings.uiLanguage);
        void syncReminder(db, browser.alarms, new Date()).catch((e) => log(String(e)));
      },
      error: (error) => log(`reminder: ${String(error)}`),
    }),
  );
  browser.notifications?.onClicked.addListener((id) => {
    if (id === REMINDER_ALARM) void continueNow();
  });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === REMINDER_ALARM) {
      const message = await reminderMessage(db, ROADMAP, new Date());
      if (message && browser.notifications) {
        await browser.notifications.create(REMINDER_ALARM, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icons/128.png'),
          title: t('reminderTitle'),
          message,
        });
      }
      return;
    }
    if (alarm.name === VIEW_ALARM) {
      await nextDay();
      await popupView.refresh();
      return;
    }
    if (alarm.name !== BADGE_ALARM) return;
    showBadge((await planNow(db, ROADMAP, new Date()))?.itemsLeft ?? null);
    await maybeDailyBackup(localStore, db, Date.now()).catch((error) => log(String(error)));
  });
});
