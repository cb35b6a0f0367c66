import { vi } from 'vitest';
import { ROADMAP } from '../../data/roadmap';
import { allItems, playlistUses } from '../../lib/plan/roadmap-index';
import {
  decodeSummary,
  encodeSummary,
  ITEM_QUOTA,
  itemsSize,
  TOTAL_QUOTA,
} from '../../lib/sync/encoding';
import {
  emptySummary,
  mergeSummaries,
  sameSummary,
  type SyncSummary,
} from '../../lib/sync/summary';
import { collectSummary } from '../../lib/sync/local-summary';
import { fitSummary, SYNC_BUDGET_BYTES, SYNC_MAX_ITEMS } from '../../lib/sync/fit';
import { createSyncScheduler, syncOnce, type SyncArea } from '../../lib/service/sync-service';
import { setCheck, setStatus } from '../../lib/db/checks-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { recordVisit } from '../../lib/db/pages-repo';
import { readSnapshot, resetProgress } from '../../lib/db/snapshot-repo';
import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { dump, freshDb, watchWhole, recordPlay } from './db-helpers';
import { PY, vid } from './helpers';

/** A realistic moment: times before 2000 cannot be stored, and sync takes none. */
const T = Date.UTC(2026, 9, 1);

/** A learner who finished everything, generously counted. */
function finishedRoadmap(): SyncSummary {
  const s = emptySummary();
  for (const list of playlistUses(ROADMAP).keys()) {
    s.watched[list] = Array.from({ length: 60 }, (_, i) => `${i + 1}:${vid(list, i + 1)}`).sort();
  }
  s.singles = ['yZFrSDjRvjk'];
  for (const { resource } of allItems(ROADMAP))
    s.checks[resource.id] = { value: 'done', at: 1_790_000_000_000 };
  for (let i = 1; i <= 7; i++)
    s.checks[`statistics-book#step-${i}`] = { value: 'done', at: 1_790_000_000_000 };
  s.pages['khan-cs-principles'] = Array.from(
    { length: 150 },
    (_, i) => `digital-information|lesson|computers-101/lesson-${i}/some-long-lesson-slug-${i}`,
  ).sort();
  s.pages['kaggle-eda'] = Array.from(
    { length: 8 },
    (_, i) => `|notebook|someone/notebook-${i}`,
  ).sort();
  s.pages['mlflow-tutorials'] = Array.from(
    { length: 10 },
    (_, i) => `|page|tutorials-and-examples/t${i}`,
  ).sort();
  const at = 1_790_000_000_000;
  s.settings = {
    startDate: { value: '2026-01-05', at },
    language: { value: 'en', at },
    watchedThreshold: { value: 0.9, at },
    companionPanel: { value: true, at },
    dailyGoalMinutes: { value: 30, at },
    reminderEnabled: { value: false, at },
    reminderTime: { value: '19:00', at },
  };
  return s;
}

/** A small random summary, for the merge laws. */
function randomSummary(seed: number): SyncSummary {
  let x = seed;
  const r = () => (x = (x * 48271) % 2147483647) / 2147483647;
  const s = emptySummary();
  for (let i = 0; i < 6; i++) {
    const list = ['PLa0000000', 'PLb0000000'][Math.floor(r() * 2)]!;
    (s.watched[list] ??= []).push(`${1 + Math.floor(r() * 5)}:${vid(list, Math.floor(r() * 5))}`);
  }
  for (const list of Object.keys(s.watched)) s.watched[list] = [...new Set(s.watched[list])].sort();
  for (let i = 0; i < 4; i++)
    s.checks[['dsa', 'numpy', 'ml', 'khan-sql'][Math.floor(r() * 4)]!] = {
      value: (['done', 'open', 'skipped'] as const)[Math.floor(r() * 3)]!,
      at: Math.floor(r() * 3),
    };
  if (r() < 0.7)
    s.settings = {
      language: { value: r() < 0.5 ? 'en' : 'hi', at: Math.floor(r() * 3) },
      ...(r() < 0.5 ? { dailyGoalMinutes: { value: 10 + Math.floor(r() * 3), at: 1 } } : {}),
    };
  return s;
}

describe('the sync encoding', () => {
  it('round-trips a summary', () => {
    const s = finishedRoadmap();
    expect(decodeSummary(encodeSummary(s))).toEqual(s);
  });

  it('fits a finished roadmap in the quotas with room to spare', () => {
    const items = encodeSummary(finishedRoadmap());
    const bytes = itemsSize(items);
    expect(bytes).toBeLessThan(TOTAL_QUOTA / 2);
    for (const [key, value] of Object.entries(items))
      expect(key.length + JSON.stringify(value).length, key).toBeLessThan(ITEM_QUOTA);
  });

  it('skips damaged items instead of trusting them', () => {
    const decoded = decodeSummary({
      s: '{broken',
      'w:PLx#0': '1:<script>,2:abcdefghijk',
      'w:PLxxxxxxxxxxxx#0': '1:<script>,2:abcdefghijk,0:abcdefghijk,99999:abcdefghijk',
      // A bad status; a tick from 1970 and one from 2300 (no backup could restore them);
      // a key that is no item's.
      'c#0': `dsa=x${T.toString(36)},numpy=d${T.toString(36)},ml=d1,khan-sql=d${(1e13).toString(36)},<b>=d${T.toString(36)}`,
      other: 42,
    });
    expect(decoded.settings).toBeUndefined();
    // Not a video id, or a position no playlist has.
    expect(decoded.watched).toEqual({ PLx: ['2:abcdefghijk'], PLxxxxxxxxxxxx: ['2:abcdefghijk'] });
    expect(decoded.checks).toEqual({ numpy: { value: 'done', at: T } });
    const settings = decodeSummary({
      s: JSON.stringify({
        language: { value: 'xx', at: T },
        watchedThreshold: { value: 7, at: T },
        dailyGoalMinutes: { value: 20, at: T },
        reminderTime: { value: '25:00', at: T },
        focusMode: { value: 'all', at: 1 },
      }),
    }).settings;
    expect(settings).toEqual({ dailyGoalMinutes: { value: 20, at: T } });
  });
});

describe('merging summaries', () => {
  const cases = Array.from(
    { length: 60 },
    (_, i) => [randomSummary(i + 1), randomSummary(i + 101), randomSummary(i + 201)] as const,
  );

  it('is commutative, associative and idempotent on generated cases', () => {
    for (const [a, b, c] of cases) {
      expect(mergeSummaries(a, b)).toEqual(mergeSummaries(b, a));
      expect(mergeSummaries(mergeSummaries(a, b), c)).toEqual(
        mergeSummaries(a, mergeSummaries(b, c)),
      );
      expect(mergeSummaries(a, a)).toEqual(mergeSummaries(a, emptySummary()));
      const ab = mergeSummaries(a, b);
      expect(sameSummary(mergeSummaries(ab, b), ab)).toBe(true);
    }
  });

  it('never loses a watched video, and keeps the latest tick', () => {
    const a = {
      ...emptySummary(),
      watched: { [PY]: [`1:${vid(PY, 1)}`] },
      checks: { dsa: { value: 'done' as const, at: 5 } },
    };
    const b = {
      ...emptySummary(),
      watched: { [PY]: [`2:${vid(PY, 2)}`] },
      checks: { dsa: { value: 'open' as const, at: 7 } },
    };
    const m = mergeSummaries(a, b);
    expect(m.watched[PY]).toEqual([`1:${vid(PY, 1)}`, `2:${vid(PY, 2)}`]);
    expect(m.checks.dsa).toEqual({ value: 'open', at: 7 });
  });
});

describe('the sync quota', () => {
  it('leaves a summary that fits as it is', () => {
    const fitted = fitSummary(finishedRoadmap());
    expect(fitted.leftOut).toEqual([]);
    expect(fitted.summary).toEqual(finishedRoadmap());
  });

  it('drops the least useful parts of one that would not fit, and says which', () => {
    const big = finishedRoadmap();
    for (let r = 0; r < 6; r++)
      big.pages[`resource-${r}`] = Array.from(
        { length: 1500 },
        (_, i) => `|page|a/rather/long/path/to/page-number-${i}-of-resource-${r}`,
      ).sort();
    expect(itemsSize(encodeSummary(big))).toBeGreaterThan(TOTAL_QUOTA);
    const fitted = fitSummary(big);
    expect(itemsSize(fitted.items)).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(Object.keys(fitted.items).length).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
    expect(fitted.leftOut.length).toBeGreaterThan(0);
    expect(fitted.leftOut[0]).toEqual({ part: 'pages', id: expect.stringMatching(/^resource-/) });
    // Ticks and watched videos are kept.
    expect(fitted.summary.checks).toEqual(big.checks);
    expect(fitted.summary.watched).toEqual(big.watched);
    // The same input always fits the same way: a round with nothing new writes nothing.
    expect(fitSummary(big).items).toEqual(fitted.items);
  });
});

describe('two browsers exchanging the sync area', () => {
  function sharedArea(): SyncArea & { data: Record<string, string>; sets: number } {
    const area = {
      data: {} as Record<string, string>,
      sets: 0,
      get: async () => ({ ...area.data }),
      set: async (items: Record<string, string>) => {
        area.sets++;
        Object.assign(area.data, items);
      },
      remove: async (keys: string[]) => keys.forEach((k) => delete area.data[k]),
    };
    return area;
  }
  const ctx = { day: '2026-11-24', threshold: 0.9 };

  it('ends with the same progress in both, made offline in each', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    for (const db of [laptop, desktop])
      await updateSettings(db, { syncEnabled: true, syncConsentAt: T + 50 }, T + 50);
    await updateSettings(laptop, { startDate: '2026-11-01' }, T + 100);
    await watchWhole(laptop, PY, 1, T + 200);
    await setCheck(laptop, 'dsa', true, T + 300);
    await recordPlay(
      desktop,
      {
        videoId: vid(PY, 2),
        playlistId: PY,
        position: 2,
        duration: 60,
        intervals: [[0, 60]],
        playedMs: 60_000,
        currentTime: 60,
      },
      { ...ctx, now: T + 250 },
    );
    await setStatus(desktop, 'dsa', 'skipped', T + 400);
    await recordVisit(
      desktop,
      { resourceId: 'kaggle-eda', key: 'a/b', category: 'notebook' },
      T + 260,
    );

    await syncOnce(laptop, area, T + 1000);
    await syncOnce(desktop, area, T + 1001);
    await syncOnce(laptop, area, T + 1002);
    const [a, b] = [await collectSummary(laptop), await collectSummary(desktop)];
    expect(a).toEqual(b);
    const snap = await readSnapshot(desktop);
    expect([...snap.watchedVideos].sort()).toEqual([vid(PY, 1), vid(PY, 2)]);
    expect(snap.skipped.has('dsa')).toBe(true);
    expect((await readSnapshot(laptop)).pages).toHaveLength(1);
    // Local detail stays local: the desktop's played parts and the laptop's study day are untouched.
    expect(await laptop.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 60_000 });
    expect(await desktop.videoParts.get(vid(PY, 1))).toBeUndefined();

    // Nothing changed: another round writes nothing.
    const sets = area.sets;
    expect(await syncOnce(laptop, area, T + 2000)).toMatchObject({ written: 0 });
    expect(area.sets).toBe(sets);
  });

  it('settles after a playlist was reordered: two browsers holding different videos at one position', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    for (const db of [laptop, desktop])
      await updateSettings(db, { syncEnabled: true, syncConsentAt: T + 1 }, T + 1);
    // Each saw the playlist at another time: position 3 holds another video in each.
    await watchWhole(laptop, PY, 3, T + 10);
    await recordPlay(
      desktop,
      {
        videoId: vid(PY, 9),
        playlistId: PY,
        position: 3,
        duration: 60,
        intervals: [[0, 60]],
        currentTime: 60,
      },
      { now: T + 11, threshold: 0.9 },
    );
    // A few rounds to exchange what each has (the marks of the other's video land a round later).
    for (let round = 0; round < 3; round++) {
      await syncOnce(laptop, area, T + 100 + round * 2);
      await syncOnce(desktop, area, T + 101 + round * 2);
    }
    const [sets, laptopRows, desktopRows] = [area.sets, await dump(laptop), await dump(desktop)];
    for (let round = 3; round < 7; round++) {
      expect(await syncOnce(laptop, area, T + 100 + round * 2)).toMatchObject({ written: 0 });
      expect(await syncOnce(desktop, area, T + 101 + round * 2)).toMatchObject({ written: 0 });
    }
    expect(area.sets).toBe(sets);
    expect(await dump(laptop)).toEqual(laptopRows);
    expect(await dump(desktop)).toEqual(desktopRows);
    // Both videos count as watched in both browsers.
    for (const db of [laptop, desktop])
      expect([...(await readSnapshot(db)).watchedVideos].sort()).toEqual(
        [vid(PY, 3), vid(PY, 9)].sort(),
      );
  });

  it('a reset wins over what was synced before it, here and in the other browser', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    for (const db of [laptop, desktop])
      await updateSettings(db, { syncEnabled: true, syncConsentAt: T + 1 }, T + 1);
    await watchWhole(laptop, PY, 1, T + 10);
    await setCheck(desktop, 'dsa', true, T + 20);
    await syncOnce(laptop, area, T + 100);
    await syncOnce(desktop, area, T + 101);
    await syncOnce(laptop, area, T + 102);
    expect((await readSnapshot(laptop)).checks.get('dsa')).toBe(true);
    // The learner resets on the laptop; the desktop, meanwhile, ticks something new.
    await resetProgress(laptop, T + 1000);
    await setCheck(desktop, 'numpy', true, T + 1500);
    for (let round = 0; round < 3; round++) {
      await syncOnce(laptop, area, T + 2000 + round * 2);
      await syncOnce(desktop, area, T + 2001 + round * 2);
    }
    for (const db of [laptop, desktop]) {
      const snap = await readSnapshot(db);
      expect(snap.watchedVideos.size).toBe(0);
      expect(snap.checks.get('dsa')).toBeUndefined();
      // What was done after the reset is kept and reaches the other browser.
      expect(snap.checks.get('numpy')).toBe(true);
    }
    expect(await collectSummary(laptop)).toEqual(await collectSummary(desktop));
  });

  it('a replacing import wins over what was synced before it', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    for (const db of [laptop, desktop])
      await updateSettings(db, { syncEnabled: true, syncConsentAt: T + 1 }, T + 1);
    await setCheck(laptop, 'dsa', true, T + 10);
    await syncOnce(laptop, area, T + 100);
    await syncOnce(desktop, area, T + 101);
    const file = await exportBackup(freshDb(), T + 200);
    await importBackup(laptop, file, 'replace', T + 1000);
    expect(await getSettings(laptop)).toMatchObject({ syncEnabled: true, syncConsentAt: T + 1 });
    for (let round = 0; round < 2; round++) {
      await syncOnce(laptop, area, T + 2000 + round * 2);
      await syncOnce(desktop, area, T + 2001 + round * 2);
    }
    for (const db of [laptop, desktop])
      expect((await readSnapshot(db)).checks.get('dsa')).toBeUndefined();
  });

  it('merges settings field by field: a new browser’s defaults never overwrite choices', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    await updateSettings(
      laptop,
      { syncEnabled: true, syncConsentAt: T + 1, language: 'hi', watchedThreshold: 0.8 },
      T + 10,
    );
    await updateSettings(laptop, { dailyGoalMinutes: 45, reminderEnabled: true }, T + 20);
    await syncOnce(laptop, area, T + 100);
    // A new browser, set up later: only its start date and a reminder time are its choices.
    await updateSettings(desktop, { syncEnabled: true, syncConsentAt: T + 2 }, T + 200);
    await updateSettings(desktop, { startDate: '2026-11-02', reminderTime: '07:30' }, T + 300);
    for (let round = 0; round < 2; round++) {
      await syncOnce(desktop, area, T + 400 + round * 2);
      await syncOnce(laptop, area, T + 401 + round * 2);
    }
    for (const db of [laptop, desktop])
      expect(await getSettings(db)).toMatchObject({
        language: 'hi',
        watchedThreshold: 0.8,
        dailyGoalMinutes: 45,
        reminderEnabled: true,
        reminderTime: '07:30',
        startDate: '2026-11-02',
      });
    // The later choice of one field wins, and only that field.
    await updateSettings(desktop, { language: 'en' }, T + 500);
    await syncOnce(desktop, area, T + 600);
    await syncOnce(laptop, area, T + 601);
    expect(await getSettings(laptop)).toMatchObject({ language: 'en', dailyGoalMinutes: 45 });
  });

  it('does nothing until the learner turns sync on, nor after they turn it off', async () => {
    const db = freshDb();
    const area = sharedArea();
    await setCheck(db, 'dsa', true, T + 1);
    // A fresh install, and a record from before sync was an opt-in (on, but never chosen).
    expect(await syncOnce(db, area, T + 1)).toBeNull();
    await updateSettings(db, { syncEnabled: true }, T + 2);
    expect(await syncOnce(db, area, T + 2)).toBeNull();
    expect(area.data).toEqual({});
    await updateSettings(db, { syncEnabled: true, syncConsentAt: 3 }, T + 3);
    expect(await syncOnce(db, area, T + 3)).not.toBeNull();
    await updateSettings(db, { syncEnabled: false }, T + 4);
    const before = { ...area.data };
    await setCheck(db, 'numpy', true, T + 5);
    expect(await syncOnce(db, area, T + 5)).toBeNull();
    expect(area.data).toEqual(before);
  });

  it('never carries one browser’s sync choice to another', async () => {
    const [laptop, desktop] = [freshDb(), freshDb()];
    const area = sharedArea();
    await updateSettings(
      laptop,
      { syncEnabled: true, syncConsentAt: T + 1, language: 'hi' },
      T + 10,
    );
    await updateSettings(desktop, { syncEnabled: true, syncConsentAt: T + 2 }, T + 5);
    await syncOnce(laptop, area, T + 20);
    await syncOnce(desktop, area, T + 21);
    expect(await getSettings(desktop)).toMatchObject({ language: 'hi', syncConsentAt: T + 2 });
    expect(JSON.stringify(area.data)).not.toContain('syncConsentAt');
  });

  it('batches requests to at most one round per 30 seconds', async () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn<() => Promise<undefined>>(async () => undefined);
      const scheduler = createSyncScheduler(run, 30_000);
      for (let i = 0; i < 50; i++) {
        scheduler.request();
        await vi.advanceTimersByTimeAsync(1000);
      }
      // 50 s of constant changes: the first round at once, then one 30 s later.
      expect(run.mock.calls.length).toBeLessThanOrEqual(3);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(run.mock.calls.length).toBeLessThanOrEqual(3);
      expect(run).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('what sync left out, in words', () => {
  it('names the item, never its id, in the interface’s language', async () => {
    const { leftOutWords } = await import('../../lib/sync/left-out-words');
    const { ROADMAP: roadmap } = await import('../../data/roadmap');
    const { setLanguage, loadCatalogue } = await import('../../lib/i18n/i18n');
    expect(leftOutWords({ part: 'pages', id: 'kaggle-eda' }, roadmap)).toBe(
      'the pages opened for “Kaggle: exploratory data analysis”',
    );
    expect(
      leftOutWords({ part: 'positions', id: 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0' }, roadmap),
    ).toMatch(/^the playlist places of the videos watched in “Python tutorials/);
    expect(leftOutWords({ part: 'pages', id: 'gone' }, roadmap)).toBe(
      'the pages opened for “an item no longer in the roadmap”',
    );
    // A status an older version wrote, in English words, is not repeated.
    expect(leftOutWords('the pages opened for kaggle-eda', roadmap)).toBe(
      'a part of your progress',
    );
    await loadCatalogue('hi');
    setLanguage('hi');
    try {
      const words = leftOutWords({ part: 'pages', id: 'kaggle-eda' }, roadmap);
      expect(words).toMatch(/^“Kaggle: .+” के खोले गए पेज$/);
      expect(words).not.toContain('kaggle-eda');
    } finally {
      setLanguage('en');
    }
  });
});
