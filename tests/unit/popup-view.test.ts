/**
 * The popup's kept first screen (lib/prepaint/popup-view.ts): the worker keeps it, the early
 * read judges it, and a view is painted only when it was rendered from exactly the rows read.
 */
import { ROADMAP } from '../../data/roadmap';
import { SCHEMA_VERSION, type CompanionDb } from '../../lib/db/database';
import { readEarlyRows, type StoredRows } from '../../lib/db/early-read';
import { setStatus } from '../../lib/db/checks-repo';
import { readViewInputs, readViewRows } from '../../lib/db/popup-view-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { handleMessage } from '../../lib/service/message-handler';
import {
  popupViewKeeper,
  type FirstScreen,
  type KeeperDeps,
} from '../../lib/service/popup-view-keeper';
import { StudyLedger } from '../../lib/tracking/study-time';
import { PlaybackFollow } from '../../lib/tracking/playback-follow';
import {
  inputsOf,
  isCurrentView,
  localDay,
  nextMidnight,
  VIEW_KEY,
  type Opening,
} from '../../lib/prepaint/popup-view';
import { freshDb } from './db-helpers';
import { PY, seededRandom, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const VERSION = '1.2.3';
const NOW = new Date(2026, 11, 5, 9, 30);

function keeperFor(
  db: CompanionDb,
  render = vi.fn<KeeperDeps['render']>(fakeRender),
  now = () => NOW,
) {
  const log = vi.fn<(message: string) => void>();
  return { keeper: popupViewKeeper({ db, version: VERSION, now, render, log }), render, log };
}

/** Stands in for React's renderer: says which rows it drew. */
async function fakeRender(rows: {
  settings: unknown;
  checks: readonly unknown[];
}): Promise<FirstScreen | null> {
  return { lang: 'en', title: 't', html: `<main>${JSON.stringify(rows.checks)}</main>` };
}

/** What the popup's early read would judge now: the rows it reads, and the view. */
async function opening(db: CompanionDb, day = localDay(NOW)) {
  let seen: StoredRows | undefined;
  await readEarlyRows(indexedDB, db.name, SCHEMA_VERSION, (rows) => (seen = rows));
  const now: Opening = { version: VERSION, day, search: '', inputs: inputsOf(seen!) };
  return { view: seen!.view, now };
}

describe('the kept first screen’s judgement', () => {
  const view = {
    key: VIEW_KEY,
    version: VERSION,
    day: '2026-12-05',
    inputs: 'abc',
    lang: 'en',
    title: 'ML Roadmap Companion',
    html: '<main></main>',
  };
  const now: Opening = { version: VERSION, day: '2026-12-05', search: '', inputs: 'abc' };

  it('is current only with the same rows, day, version and no address of its own', () => {
    expect(isCurrentView(view, now)).toBe(true);
    expect(isCurrentView(view, { ...now, inputs: 'abd' })).toBe(false);
    expect(isCurrentView(view, { ...now, day: '2026-12-06' })).toBe(false);
    expect(isCurrentView(view, { ...now, version: '1.2.4' })).toBe(false);
    expect(isCurrentView(view, { ...now, search: '?week=3' })).toBe(false);
  });

  it('refuses anything that is not a whole view', () => {
    for (const broken of [
      undefined,
      null,
      'html',
      42,
      {},
      { ...view, html: '' },
      { ...view, html: 3 },
    ])
      expect(isCurrentView(broken, now)).toBe(false);
    expect(isCurrentView({ ...view, key: 'progress' }, now)).toBe(false);
  });

  it('tells apart rows that differ anywhere, and not rows that are the same (generated)', () => {
    const rand = seededRandom(33);
    const seen = new Map<string, string>();
    for (let i = 0; i < 2000; i++) {
      const rows = {
        settings: {
          key: 'settings',
          startDate: `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
          dailyGoalMinutes: Math.floor(rand() * 5) * 15,
        },
        checks: Array.from({ length: Math.floor(rand() * 4) }, (_, n) => ({
          key: `k${n}`,
          status: rand() < 0.5 ? 'done' : 'open',
          at: Math.floor(rand() * 4),
        })),
        stamp:
          rand() < 0.1
            ? undefined
            : { key: 'progress-stamp', stamp: Math.floor(rand() * 50).toString(36) },
      };
      const text = JSON.stringify(rows);
      const inputs = inputsOf(rows);
      expect(inputsOf(JSON.parse(text) as typeof rows)).toBe(inputs);
      const before = seen.get(inputs);
      if (before !== undefined) expect(before).toBe(text);
      seen.set(inputs, text);
    }
    expect(seen.size).toBeGreaterThan(1000);
  });

  it('a new day begins at the next local midnight', () => {
    expect(localDay(nextMidnight(NOW))).toBe('2026-12-06');
    expect(nextMidnight(NOW).getTime()).toBeGreaterThan(NOW.getTime());
    expect(nextMidnight(new Date(2026, 11, 31, 23, 59)).getFullYear()).toBe(2027);
  });
});

describe('the worker keeps the popup’s first screen', () => {
  it('renders it from the rows the popup reads, and the popup finds it current', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    const { keeper, render } = keeperFor(db);
    await keeper.refresh();
    expect(render).toHaveBeenCalledTimes(1);
    const { view, now } = await opening(db);
    expect(isCurrentView(view, now)).toBe(true);
    // Nothing changed: nothing is rendered again.
    await keeper.refresh();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('is never current after a write it has not seen, and is again after a refresh (generated)', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    const { keeper } = keeperFor(db);
    const deps = {
      db,
      roadmap: ROADMAP,
      extensionId: EXT,
      ledger: new StudyLedger(),
      now: () => NOW,
    };
    const url = (n: number) => `https://www.youtube.com/watch?v=${vid(PY, n)}&list=${PY}`;
    const sender = (n: number) => ({ id: EXT, url: url(n), tab: { id: 1, url: url(n) } });
    await handleMessage(
      deps,
      {
        type: 'yt:playlist',
        payload: {
          playlistId: PY,
          items: Array.from({ length: 6 }, (_, i) => ({
            videoId: vid(PY, i + 1),
            position: i + 1,
          })),
        },
      },
      { id: EXT, url: `https://www.youtube.com/playlist?list=${PY}`, tab: { id: 1 } },
    );
    const rand = seededRandom(7);
    const playback = new PlaybackFollow();
    let changes = 0;
    for (let step = 0; step < 40; step++) {
      await keeper.refresh();
      const fresh = await opening(db);
      expect(isCurrentView(fresh.view, fresh.now)).toBe(true);
      const action = rand();
      if (action < 0.4) {
        const n = 1 + Math.floor(rand() * 6);
        const start = Math.floor(rand() * 200);
        await handleMessage(
          deps,
          {
            type: 'yt:progress',
            payload: {
              videoId: vid(PY, n),
              playlistId: PY,
              duration: 300,
              intervals: [[start, start + 30 + Math.floor(rand() * 100)]],
              currentTime: start + 10,
            },
          },
          sender(n),
          playback,
        );
      } else if (action < 0.7) {
        await setStatus(
          db,
          ['dsa', 'tip-effective-learning'][step % 2]!,
          rand() < 0.5 ? 'done' : 'open',
          step + 2,
        );
      } else {
        await updateSettings(db, { dailyGoalMinutes: 15 + (step % 4) * 15 }, step + 2);
      }
      const stale = await opening(db);
      // A write that changed nothing the popup shows may leave the view current; any other not.
      const changed = inputsOf(await readViewInputs(db)) !== (await readViewRows(db)).view?.inputs;
      expect(isCurrentView(stale.view, stale.now)).toBe(!changed);
      if (changed) changes += 1;
    }
    // Watching, ticks and settings each changed what the popup shows, nearly every step.
    expect(changes).toBeGreaterThan(30);
  });

  it('is not current on another day, and a refresh then renders that day', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    let now = NOW;
    const { keeper, render } = keeperFor(db, vi.fn<KeeperDeps['render']>(fakeRender), () => now);
    await keeper.refresh();
    const tomorrow = localDay(nextMidnight(NOW));
    const next = await opening(db, tomorrow);
    expect(isCurrentView(next.view, next.now)).toBe(false);
    now = nextMidnight(NOW);
    await keeper.refresh();
    expect(render).toHaveBeenCalledTimes(2);
    const after = await opening(db, tomorrow);
    expect(isCurrentView(after.view, after.now)).toBe(true);
  });

  it('drops the view when the popup’s first render would wait for the database', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    let answer: FirstScreen | null = { lang: 'en', title: 't', html: '<main></main>' };
    const { keeper } = keeperFor(
      db,
      vi.fn<KeeperDeps['render']>(async () => answer),
    );
    await keeper.refresh();
    expect((await readViewRows(db)).view).toBeDefined();
    answer = null;
    await updateSettings(db, { dailyGoalMinutes: 45 }, 2);
    await keeper.refresh();
    expect((await readViewRows(db)).view).toBeUndefined();
  });

  it('a renderer that fails is logged, keeps nothing stale, and the next refresh runs', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    const render = vi.fn<KeeperDeps['render']>(fakeRender);
    const { keeper, log } = keeperFor(db, render);
    render.mockRejectedValueOnce(new Error('boom'));
    await keeper.refresh();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('boom'));
    const { view, now } = await opening(db);
    expect(isCurrentView(view, now)).toBe(false);
    await keeper.refresh();
    const again = await opening(db);
    expect(isCurrentView(again.view, again.now)).toBe(true);
  });

  it('refreshes asked for while one runs make one more, not one each', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    const { keeper, render } = keeperFor(db);
    const first = keeper.refresh();
    await updateSettings(db, { dailyGoalMinutes: 45 }, 2);
    void keeper.refresh();
    void keeper.refresh();
    await first;
    expect(render.mock.calls.length).toBeLessThanOrEqual(2);
    const { view, now } = await opening(db);
    expect(isCurrentView(view, now)).toBe(true);
  });
});
