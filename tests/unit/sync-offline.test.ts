/**
 * Sync with a browser that was offline, and with clocks that disagree (issue 29): a model of
 * `storage.sync` in which each browser writes to its own copy of the area and, on coming back
 * online, its writes made offline win over the other browsers' (Chrome's sync: a local write
 * beats a remote deletion), then it reads the merged area.
 */
import { setCheck } from '../../lib/db/checks-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { readSnapshot, resetProgress } from '../../lib/db/snapshot-repo';
import { syncOnce, type SyncArea } from '../../lib/service/sync-service';
import { collectSummary } from '../../lib/sync/local-summary';
import type { CompanionDb } from '../../lib/db/database';
import { freshDb, recordPlay, watchWhole } from './db-helpers';
import { PY, vid } from './helpers';

class SyncCloud {
  data = new Map<string, string>();
}

class Replica implements SyncArea {
  data = new Map<string, string>();
  /** Keys written (or removed: undefined) while offline. */
  pending = new Map<string, string | undefined>();
  online = true;
  constructor(private readonly cloud: SyncCloud) {}
  async get(): Promise<Record<string, unknown>> {
    if (this.online) this.data = new Map(this.cloud.data);
    return Object.fromEntries(this.data);
  }
  async set(items: Record<string, string>): Promise<void> {
    for (const [k, v] of Object.entries(items)) {
      this.data.set(k, v);
      if (this.online) this.cloud.data.set(k, v);
      else this.pending.set(k, v);
    }
  }
  async remove(keys: string[]): Promise<void> {
    for (const k of keys) {
      this.data.delete(k);
      if (this.online) this.cloud.data.delete(k);
      else this.pending.set(k, undefined);
    }
  }
  goOffline(): void {
    this.online = false;
  }
  /** Back online: what was written offline wins, key by key, over what the cloud holds. */
  goOnline(): void {
    for (const [k, v] of this.pending) {
      if (v === undefined) this.cloud.data.delete(k);
      else this.cloud.data.set(k, v);
    }
    this.pending.clear();
    this.online = true;
    this.data = new Map(this.cloud.data);
  }
}

interface Browser {
  db: CompanionDb;
  area: Replica;
  /** This computer's clock minus real time. */
  skew: number;
}

async function browsers(n: number, skews: number[] = []) {
  const cloud = new SyncCloud();
  const list: Browser[] = [];
  for (let i = 0; i < n; i++) {
    const db = freshDb();
    await updateSettings(db, { syncEnabled: true, syncConsentAt: 1 }, 1);
    list.push({ db, area: new Replica(cloud), skew: skews[i] ?? 0 });
  }
  return list as [Browser, Browser, ...Browser[]];
}

const KEYS = ['dsa', 'numpy', 'ml', 'khan-sql', 'python-level-1', 'statistics-book#step-1'];
const T0 = Date.UTC(2026, 10, 1, 12);

describe('a reset stays reset through a browser that was offline (issue 29)', () => {
  it('the erased tick and video do not come back', async () => {
    const [laptop, desktop] = await browsers(2);
    await watchWhole(desktop.db, PY, 1, T0);
    await setCheck(desktop.db, 'dsa', true, T0);
    for (const b of [desktop, laptop, desktop] as const) await syncOnce(b.db, b.area, T0 + 10);
    desktop.area.goOffline();
    // Offline, the desktop writes its items again (a tick of its own before the reset).
    await setCheck(desktop.db, 'numpy', true, T0 + 20);
    await syncOnce(desktop.db, desktop.area, T0 + 30);
    await resetProgress(laptop.db, T0 + 100);
    await syncOnce(laptop.db, laptop.area, T0 + 110);
    desktop.area.goOnline();
    for (let round = 0; round < 3; round++)
      for (const b of [desktop, laptop]) await syncOnce(b.db, b.area, T0 + 200 + round);
    for (const b of [laptop, desktop]) {
      const snap = await readSnapshot(b.db);
      expect(snap.checks.get('dsa')).toBeUndefined();
      expect(snap.checks.get('numpy')).toBeUndefined();
      expect(snap.watchedVideos.has(vid(PY, 1))).toBe(false);
    }
  });

  it('for many generated histories, any order of rounds: nothing from before the reset survives; everything after it reaches every browser', async () => {
    let seed = 2901;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    for (let run = 0; run < 25; run++) {
      const all = await browsers(3);
      let now = T0;
      let resetAt: number | null = null;
      // What each key should be after everything: the last tick made after the reset.
      const after = new Map<string, boolean>();
      const before = new Set<string>();
      const watchedAfter = new Set<string>();
      const watchedBefore = new Set<string>();
      for (let step = 0; step < 30; step++) {
        now += 1000;
        const b = pick(all);
        const r = rand();
        if (r < 0.35) {
          const key = pick(KEYS);
          const done = rand() < 0.7;
          await setCheck(b.db, key, done, now);
          if (resetAt === null) before.add(key);
          else after.set(key, done);
        } else if (r < 0.45) {
          const n = 1 + Math.floor(rand() * 8);
          // A real watch ends somewhere new each time (a re-watch is a change, recorded).
          await recordPlay(
            b.db,
            {
              videoId: vid(PY, n),
              playlistId: PY,
              position: n,
              duration: 60,
              intervals: [[0, 60]],
              playedMs: 60_000,
              currentTime: 1 + (step % 59),
            },
            { now, day: '2026-11-01', threshold: 0.9 },
          );
          (resetAt === null ? watchedBefore : watchedAfter).add(vid(PY, n));
        } else if (r < 0.55) {
          if (b.area.online) b.area.goOffline();
          else b.area.goOnline();
        } else if (r < 0.6 && resetAt === null && step > 5) {
          await resetProgress(b.db, now);
          resetAt = now;
        } else {
          await syncOnce(b.db, b.area, now);
        }
      }
      for (const b of all) if (!b.area.online) b.area.goOnline();
      for (let round = 0; round < 4; round++)
        for (const b of all) await syncOnce(b.db, b.area, (now += 1000));
      if (resetAt === null) continue;
      for (const b of all) {
        const snap = await readSnapshot(b.db);
        for (const key of before)
          if (!after.has(key)) expect(snap.checks.get(key), `run ${run}: ${key}`).toBeUndefined();
        for (const [key, done] of after)
          expect(snap.checks.get(key), `run ${run}: ${key}`).toBe(done);
        for (const id of watchedBefore)
          if (!watchedAfter.has(id)) expect(snap.watchedVideos.has(id), `run ${run}`).toBe(false);
        for (const id of watchedAfter)
          expect(snap.watchedVideos.has(id), `run ${run}: ${id}`).toBe(true);
      }
      const summaries = await Promise.all(all.map((b) => collectSummary(b.db)));
      for (const s of summaries.slice(1)) expect(s).toEqual(summaries[0]);
    }
  });
});

describe('a clock that runs ahead does not win (issue 29)', () => {
  const HOUR = 3_600_000;
  for (const skew of [5.5 * HOUR, -5.5 * HOUR]) {
    it(`a change made after seeing another browser's, with one clock ${skew > 0 ? 'fast' : 'slow'} by 5.5 h, wins`, async () => {
      const [skewed, right] = await browsers(2, [skew, 0]);
      const at = (b: Browser, real: number) => real + b.skew;
      // The skewed computer sets a goal and ticks; the other sees it, then changes both.
      await updateSettings(skewed.db, { dailyGoalMinutes: 45 }, at(skewed, T0));
      await setCheck(skewed.db, 'dsa', true, at(skewed, T0));
      await syncOnce(skewed.db, skewed.area, at(skewed, T0 + 1000));
      await syncOnce(right.db, right.area, at(right, T0 + 2000));
      await updateSettings(right.db, { dailyGoalMinutes: 20 }, at(right, T0 + HOUR));
      await setCheck(right.db, 'dsa', false, at(right, T0 + HOUR));
      for (let round = 0; round < 3; round++)
        for (const b of [right, skewed]) await syncOnce(b.db, b.area, at(b, T0 + 2 * HOUR + round));
      for (const b of [right, skewed]) {
        expect((await getSettings(b.db)).dailyGoalMinutes).toBe(20);
        expect((await readSnapshot(b.db)).checks.get('dsa')).toBe(false);
      }
      // And back the other way: the skewed computer, having seen that, changes it again.
      await updateSettings(skewed.db, { dailyGoalMinutes: 90 }, at(skewed, T0 + 3 * HOUR));
      for (let round = 0; round < 2; round++)
        for (const b of [skewed, right]) await syncOnce(b.db, b.area, at(b, T0 + 4 * HOUR + round));
      for (const b of [right, skewed]) expect((await getSettings(b.db)).dailyGoalMinutes).toBe(90);
    });
  }
});
