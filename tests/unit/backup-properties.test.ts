/**
 * Properties of backups and sync over many generated states (seeded: the same on every run).
 * States are reached the way the product reaches them: through the background's message
 * handler (watching, playlists, study pages), ticks, skips and settings.
 */
import { ROADMAP } from '../../data/roadmap';
import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { parseBackup } from '../../lib/backup/backup-schema';
import { setStatus } from '../../lib/db/checks-repo';
import { addItemNote } from '../../lib/notes/notes-repo';
import { gradeNote } from '../../lib/notes/review-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { allVideos } from '../../lib/db/video-store';
import { handleMessage } from '../../lib/service/message-handler';
import { syncOnce, type SyncArea } from '../../lib/service/sync-service';
import { collectSummary } from '../../lib/sync/local-summary';
import { subtractIntervals } from '../../lib/tracking/intervals';
import { PlaybackFollow } from '../../lib/tracking/playback-follow';
import { StudyLedger } from '../../lib/tracking/study-time';
import type { CompanionDb } from '../../lib/db/database';
import { dump, freshDb } from './db-helpers';
import { PY, seededRandom as random, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const KHAN = 'https://www.khanacademy.org/computing/ap-computer-science-principles';
const yt = (url: string) => ({ id: EXT, url, tab: { id: 1, url } });

/** Drives one database through `steps` generated actions, from `start` (ms). */
async function reach(db: CompanionDb, seed: number, steps = 25, start = Date.UTC(2026, 10, 2)) {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  let now = start;
  const deps = {
    db,
    roadmap: ROADMAP,
    extensionId: EXT,
    ledger: new StudyLedger(),
    now: () => new Date(now),
    newId: () => `note-${seed}-${step}`,
  };
  let step = 0;
  const playback = new PlaybackFollow();
  await handleMessage(
    deps,
    {
      type: 'yt:playlist',
      payload: {
        playlistId: PY,
        items: Array.from({ length: 8 }, (_, i) => ({ videoId: vid(PY, i + 1), position: i + 1 })),
      },
    },
    yt(`https://www.youtube.com/playlist?list=${PY}`),
  );
  for (; step < steps; step++) {
    now += Math.floor(rand() * 3_600_000);
    const action = rand();
    if (action < 0.5) {
      const n = 1 + Math.floor(rand() * 8);
      const url = `https://www.youtube.com/watch?v=${vid(PY, n)}&list=${PY}`;
      const parts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
        const s = Math.floor(rand() * 50);
        return [s, s + 1 + Math.floor(rand() * 20)];
      });
      await handleMessage(
        deps,
        {
          type: 'yt:progress',
          payload: {
            videoId: vid(PY, n),
            playlistId: PY,
            duration: pick([60, 60, 75]),
            intervals: parts,
            currentTime: parts[0]![1],
            ...(rand() < 0.5 ? { playbackRate: pick([1, 2]) } : {}),
          },
        },
        yt(url),
        playback,
      );
    } else if (action < 0.7) {
      const url = `${KHAN}/computers-101/lesson-${Math.floor(rand() * 4)}/a/page-${Math.floor(rand() * 5)}`;
      await handleMessage(deps, { type: 'page:visit', payload: { url } }, yt(url));
    } else if (action < 0.73) {
      // A note about a whole item, or a link of the learner's own.
      const item = pick(['khan-sql', 'kaggle-eda', 'mlflow-tutorials', 'python-exercises']);
      await addItemNote(
        db,
        ROADMAP,
        rand() < 0.5
          ? { itemId: item, text: `item note ${step}` }
          : { itemId: item, text: `link ${step}`, url: `https://example.org/${seed}/${step}` },
        { now, id: `item-${seed}-${step}` },
      );
    } else if (action < 0.76) {
      // A review of one of the notes so far.
      const notes = await db.notes.toArray();
      if (notes.length > 0)
        await gradeNote(db, pick(notes).id, pick(['remembered', 'fuzzy', 'forgot'] as const), now);
    } else if (action < 0.8) {
      const n = 1 + Math.floor(rand() * 8);
      const url = `https://www.youtube.com/watch?v=${vid(PY, n)}&list=${PY}`;
      await handleMessage(
        deps,
        {
          type: 'yt:note',
          payload: {
            videoId: vid(PY, n),
            playlistId: PY,
            seconds: Math.floor(rand() * 60),
            text: `note ${step}`,
          },
        },
        yt(url),
      );
    } else if (action < 0.9) {
      await setStatus(
        db,
        pick(['dsa', 'numpy', 'tip-effective-learning', 'statistics-book#step-2']),
        pick(['done', 'skipped', 'open'] as const),
        now,
      );
    } else {
      await updateSettings(
        db,
        rand() < 0.5 ? { language: pick(['en', 'hi'] as const) } : { dailyGoalMinutes: 20 },
        now,
      );
    }
  }
  return now;
}

describe('backups, for many generated states', () => {
  it('export → import (replace) into an empty database gives the same rows, byte for byte', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const db = freshDb();
      await reach(db, seed);
      const parsed = parseBackup(JSON.stringify(await exportBackup(db, Date.UTC(2026, 11, 1))));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.skipped).toEqual([]);
      const fresh = freshDb();
      await importBackup(fresh, parsed.backup, 'replace');
      expect(await dump(fresh)).toEqual(await dump(db));
    }
  });

  it('a merge loses no played part, mark, status, note or review of either side, and a second one changes nothing', async () => {
    let notesSeen = 0;
    let reviewsSeen = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const [a, b] = [freshDb(), freshDb()];
      await reach(a, seed);
      await reach(b, seed + 100);
      const [videosA, videosB] = [await allVideos(a), await allVideos(b)];
      const [checksA, checksB] = [await a.checks.toArray(), await b.checks.toArray()];
      const [notesA, notesB] = [await a.notes.toArray(), await b.notes.toArray()];
      const [reviewsA, reviewsB] = [await a.reviews.toArray(), await b.reviews.toArray()];
      const file = await exportBackup(a, Date.UTC(2026, 11, 1));
      await importBackup(b, file, 'merge');
      const once = await dump(b);
      await importBackup(b, file, 'merge');
      expect(await dump(b)).toEqual(once);
      const merged = new Map((await allVideos(b)).map((v) => [v.videoId, v]));
      for (const v of [...videosA, ...videosB]) {
        const m = merged.get(v.videoId)!;
        expect(subtractIntervals(v.intervals, m.intervals)).toEqual([]);
        if (v.watchedAt !== null) expect(m.watchedAt).not.toBeNull();
      }
      for (const c of [...checksA, ...checksB]) {
        const m = (await b.checks.get(c.key))!;
        expect(m.at).toBeGreaterThanOrEqual(c.at);
      }
      // Every note of either side, word for word.
      expect(await b.notes.count()).toBe(notesA.length + notesB.length);
      for (const n of [...notesA, ...notesB]) expect(await b.notes.get(n.id)).toEqual(n);
      notesSeen += notesA.length;
      // Every review of either side: the later one's schedule, none of the reviews made lost.
      for (const r of [...reviewsA, ...reviewsB]) {
        const m = (await b.reviews.get(r.noteId))!;
        expect(m.at).toBeGreaterThanOrEqual(r.at);
        expect(m.log).toEqual(expect.arrayContaining(r.log.slice(-1)));
      }
      reviewsSeen += reviewsA.length;
    }
    expect(notesSeen).toBeGreaterThan(5);
    expect(reviewsSeen).toBeGreaterThan(0);
  });
});

describe('sync, for many generated histories', () => {
  function sharedArea(): SyncArea & { data: Record<string, string> } {
    const area = {
      data: {} as Record<string, string>,
      get: async () => ({ ...area.data }),
      set: async (items: Record<string, string>) => void Object.assign(area.data, items),
      remove: async (keys: string[]) => keys.forEach((k) => delete area.data[k]),
    };
    return area;
  }

  it('two browsers converge whatever the order of rounds, and then write nothing', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rand = random(seed * 7);
      const dbs = [freshDb(), freshDb()];
      for (const db of dbs) await updateSettings(db, { syncEnabled: true, syncConsentAt: 1 }, 1);
      await reach(dbs[0]!, seed, 15);
      await reach(dbs[1]!, seed + 50, 15);
      const area = sharedArea();
      let now = Date.UTC(2026, 11, 1);
      for (let round = 0; round < 6; round++)
        await syncOnce(dbs[Math.floor(rand() * 2)]!, area, (now += 1000));
      // Then each in turn until nothing changes.
      for (let round = 0; round < 3; round++)
        for (const db of dbs) await syncOnce(db, area, (now += 1000));
      for (const db of dbs)
        expect(await syncOnce(db, area, (now += 1000))).toMatchObject({ written: 0, removed: 0 });
      expect(await collectSummary(dbs[0]!)).toEqual(await collectSummary(dbs[1]!));
    }
  });
});
