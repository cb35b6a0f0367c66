import { ROADMAP } from '../../data/roadmap';
import type { NoteRecord, ReviewRecord } from '../../lib/db/database';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { setCheck } from '../../lib/db/checks-repo';
import { markVideo } from '../../lib/db/watch-repo';
import {
  addItemNote,
  addNote,
  deleteNote,
  editNote,
  notesOfItem,
} from '../../lib/notes/notes-repo';
import { ownLink } from '../../lib/notes/own-link';
import { gradeNote, reviewQueue } from '../../lib/notes/review-repo';
import {
  afterGrade,
  firstDueDay,
  LEARNED_STEP,
  mergeReview,
  reviewPlan,
  reviewsBetween,
} from '../../lib/notes/spaced-review';
import { handlePageRequest } from '../../lib/service/page-requests';
import { parsePageRequest } from '../../lib/protocol/schema';
import { StudyLedger } from '../../lib/tracking/study-time';
import { freshDb, watchWhole } from './db-helpers';
import { inTimeZone, PY, seededRandom, vid } from './helpers';

inTimeZone('Asia/Kolkata');

/** Noon in Kolkata on a day of November 2026 (06:30 UTC). */
const day = (d: number, hour = 12) => Date.UTC(2026, 10, d, hour - 6, 30);
let ids = 0;
const made = (now: number) => ({ now, id: `n-${++ids}` });

function note(parts: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: `n-${++ids}`,
    itemId: 'khan-sql',
    week: 3,
    text: 'JOIN keeps the rows that match',
    createdAt: day(2),
    updatedAt: day(2),
    ...parts,
  };
}

describe('the review schedule', () => {
  it('brings a note back a day, a week and three weeks on while it is remembered, then never', () => {
    expect(firstDueDay(day(10, 23), day(2))).toBe('2026-11-11');
    let review = afterGrade(undefined, 'a', 'remembered', day(11));
    expect(review).toMatchObject({ step: 1, dueDay: '2026-11-18' });
    review = afterGrade(review, 'a', 'remembered', day(18, 8));
    expect(review).toMatchObject({ step: 2, dueDay: '2026-12-09' });
    review = afterGrade(review, 'a', 'remembered', day(30));
    expect(review.step).toBe(LEARNED_STEP);
    expect(review.dueDay).toBeUndefined();
    expect(review.log).toEqual([day(11), day(18, 8), day(30)]);
  });

  it('asks again sooner after Fuzzy and starts over after Forgot', () => {
    const atWeek = afterGrade(undefined, 'a', 'remembered', day(11));
    expect(afterGrade(atWeek, 'a', 'fuzzy', day(18))).toMatchObject({
      step: 1,
      dueDay: '2026-11-22',
    });
    expect(afterGrade(atWeek, 'a', 'forgot', day(18))).toMatchObject({
      step: 0,
      dueDay: '2026-11-19',
    });
    expect(afterGrade(undefined, 'a', 'fuzzy', day(11))).toMatchObject({
      step: 0,
      dueDay: '2026-11-12',
    });
  });

  it('counts days on the learner’s calendar: due all of its day, whatever the hour', () => {
    // Graded at 23:50 on the 11th: due the 12th, from its first minute.
    const review = afterGrade(undefined, 'a', 'forgot', day(11, 23) + 20 * 60_000);
    const n = note({ id: 'a' });
    const plan = (at: number) =>
      reviewPlan([n], new Map([['a', review]]), () => 0, new Date(at).toLocaleDateString('sv'));
    expect(plan(day(12, 0) + 60_000).due).toHaveLength(1);
    expect(plan(day(11, 23) + 55 * 60_000).due).toHaveLength(0);
    expect(plan(day(11, 23) + 55 * 60_000).next).toBe('2026-11-12');
  });

  it('waits for the note’s video or item, never brings back a link, and lists the longest waiting first', () => {
    const waiting = note({ id: 'waiting' });
    const older = note({ id: 'older', week: 5 });
    const newer = note({ id: 'newer', week: 2, createdAt: day(8) });
    const link = note({ id: 'link', url: 'https://sqlbolt.com/', text: 'SQLBolt' });
    const done = new Map<string, number | null>([
      ['waiting', null],
      ['older', day(3)],
      ['newer', day(3)],
      ['link', day(3)],
    ]);
    const plan = reviewPlan(
      [waiting, older, newer, link],
      new Map(),
      (n) => done.get(n.id) ?? null,
      '2026-11-20',
    );
    expect(plan.due.map((d) => [d.note.id, d.dueDay])).toEqual([
      ['older', '2026-11-04'],
      ['newer', '2026-11-09'],
    ]);
    expect(plan.next).toBeNull();
  });

  it('merges two copies of a review the same in either order, keeping every review made', () => {
    const random = seededRandom(36);
    const grades = ['remembered', 'fuzzy', 'forgot'] as const;
    const someReview = (): ReviewRecord => {
      let review: ReviewRecord | undefined;
      const count = 1 + Math.floor(random() * 5);
      let at = day(1) + Math.floor(random() * 10) * 86_400_000;
      for (let i = 0; i < count; i++) {
        review = afterGrade(review, 'x', grades[Math.floor(random() * 3)]!, at);
        at += Math.floor(random() * 5) * 86_400_000;
      }
      return review!;
    };
    for (let i = 0; i < 300; i++) {
      const a = someReview();
      const b = random() < 0.2 ? { ...a } : someReview();
      const ab = mergeReview(a, b);
      expect(ab).toEqual(mergeReview(b, a));
      expect(mergeReview(ab, ab)).toEqual(ab);
      expect(mergeReview(ab, a)).toEqual(ab);
      expect(ab.at).toBe(Math.max(a.at, b.at));
      const latest = [...new Set([...a.log, ...b.log])].sort((x, y) => x - y).slice(-8);
      expect(ab.log).toEqual(latest);
    }
  });

  it('counts the reviews made in a span (what the weekly review says)', () => {
    const a = afterGrade(afterGrade(undefined, 'a', 'fuzzy', day(3)), 'a', 'forgot', day(9));
    const b = afterGrade(undefined, 'b', 'remembered', day(10));
    expect(reviewsBetween([a, b], day(2, 0), day(9, 0))).toBe(1);
    expect(reviewsBetween([a, b], day(2, 0), day(11, 0))).toBe(3);
  });
});

async function withPlan() {
  const db = freshDb();
  await updateSettings(db, { startDate: '2026-11-02' }, day(1));
  await learnPlaylist(
    db,
    {
      playlistId: PY,
      items: Array.from({ length: 12 }, (_, i) => ({ videoId: vid(PY, i + 1), position: i + 1 })),
    },
    day(1),
  );
  return db;
}

describe('notes on any item', () => {
  it('are filed under the item and this plan week, links checked, nothing kept when refused', async () => {
    const db = await withPlan();
    const added = await addItemNote(
      db,
      ROADMAP,
      { itemId: 'khan-sql', text: '  GROUP BY before HAVING ' },
      made(day(20)),
    );
    expect(added).toMatchObject({
      ok: true,
      note: { itemId: 'khan-sql', week: 3, text: 'GROUP BY before HAVING' },
    });
    expect(added.ok && 'videoId' in added.note).toBe(false);
    const link = await addItemNote(
      db,
      ROADMAP,
      { itemId: 'khan-sql', text: 'SQLBolt', url: 'sqlbolt.com/lesson/select_queries' },
      made(day(20)),
    );
    expect(link).toMatchObject({
      ok: true,
      note: { url: 'https://sqlbolt.com/lesson/select_queries', text: 'SQLBolt' },
    });
    for (const bad of [
      { itemId: 'not-an-item', text: 'x' },
      { itemId: 'khan-sql', text: '   ' },
      { itemId: 'khan-sql', text: 'evil', url: 'javascript:alert(1)' },
      { itemId: 'khan-sql', text: 'data', url: 'data:text/html,<b>x</b>' },
      { itemId: 'khan-sql', text: '', url: 'https://sqlbolt.com/' },
    ])
      expect(await addItemNote(db, ROADMAP, bad, made(day(20)))).toMatchObject({ ok: false });
    expect((await notesOfItem(db, 'khan-sql')).map((n) => n.text)).toEqual([
      'GROUP BY before HAVING',
      'SQLBolt',
    ]);
  });

  it('keep their link when edited only if it is still a web address', async () => {
    const db = await withPlan();
    const link = await addItemNote(
      db,
      ROADMAP,
      { itemId: 'kaggle-eda', text: 'My EDA notebook', url: 'https://www.kaggle.com/code/me/eda' },
      made(day(20)),
    );
    const id = link.ok ? link.note.id : '';
    expect(await editNote(db, id, 'Mine', day(21), 'javascript:void(0)')).toBe(false);
    expect(await editNote(db, id, 'Mine', day(21), 'https://example.org/eda')).toBe(true);
    expect(await db.notes.get(id)).toMatchObject({ text: 'Mine', url: 'https://example.org/eda' });
  });

  it('read links the way a learner types them', () => {
    expect(ownLink('example.org')).toBe('https://example.org/');
    expect(ownLink('http://example.org/a b')).toBe('http://example.org/a%20b');
    expect(ownLink('example.org:8080/x')).toBe('https://example.org:8080/x');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'notaurl', '', 'ftp://x.org/'])
      expect(ownLink(bad), bad).toBeNull();
  });
});

describe('review against the database (a fake clock)', () => {
  it('brings a video’s note back the day after the video is watched, and on its schedule after', async () => {
    const db = await withPlan();
    const added = await addNote(
      db,
      ROADMAP,
      { videoId: vid(PY, 2), playlistId: PY, seconds: 30, text: 'f-strings' },
      made(day(9)),
    );
    expect(added.ok).toBe(true);
    expect((await reviewQueue(db, ROADMAP, new Date(day(15)))).due).toEqual([]);
    await watchWhole(db, PY, 2, day(10));
    expect((await reviewQueue(db, ROADMAP, new Date(day(10, 20)))).due).toEqual([]);
    const due = await reviewQueue(db, ROADMAP, new Date(day(11, 7)));
    expect(due.due.map((d) => d.note.text)).toEqual(['f-strings']);
    const id = due.due[0]!.note.id;
    expect(await gradeNote(db, id, 'remembered', day(11, 8))).toMatchObject({ step: 1 });
    expect((await reviewQueue(db, ROADMAP, new Date(day(17)))).due).toEqual([]);
    expect((await reviewQueue(db, ROADMAP, new Date(day(17)))).next).toBe('2026-11-18');
    expect((await reviewQueue(db, ROADMAP, new Date(day(18)))).due).toHaveLength(1);
    // Turned off in the settings: nothing comes back, and nothing is forgotten.
    await updateSettings(db, { reviewEnabled: false }, day(18));
    expect((await reviewQueue(db, ROADMAP, new Date(day(18)))).due).toEqual([]);
    await updateSettings(db, { reviewEnabled: true }, day(18));
    expect((await reviewQueue(db, ROADMAP, new Date(day(18)))).due).toHaveLength(1);
    // A deleted note takes its review with it.
    await deleteNote(db, id);
    expect(await db.reviews.count()).toBe(0);
  });

  it('brings an item’s note back the day after the item is ticked done, a video’s too', async () => {
    const db = await withPlan();
    const itemNote = await addItemNote(
      db,
      ROADMAP,
      { itemId: 'khan-sql', text: 'joins' },
      made(day(4)),
    );
    expect(itemNote.ok).toBe(true);
    const videoNote = await addNote(
      db,
      ROADMAP,
      { videoId: vid(PY, 5), playlistId: PY, seconds: 3, text: 'ranges' },
      made(day(4)),
    );
    expect((await reviewQueue(db, ROADMAP, new Date(day(25)))).due).toEqual([]);
    await setCheck(db, 'khan-sql', true, day(12));
    await markVideo(db, vid(PY, 5), true, day(14));
    const plan = await reviewQueue(db, ROADMAP, new Date(day(25)));
    expect(plan.due.map((d) => [d.note.text, d.dueDay])).toEqual([
      ['joins', '2026-11-13'],
      ['ranges', '2026-11-15'],
    ]);
    expect(videoNote.ok).toBe(true);
  });

  it('grades through the background’s request, and counts review time once through the ledger', async () => {
    const db = await withPlan();
    const added = await addItemNote(db, ROADMAP, { itemId: 'khan-sql', text: 'x' }, made(day(4)));
    const id = added.ok ? added.note.id : '';
    const grade = parsePageRequest({ type: 'ui:grade', noteId: id, grade: 'forgot' });
    expect(grade).not.toBeNull();
    expect(await handlePageRequest(db, grade!, day(20))).toBe(true);
    expect(await db.reviews.get(id)).toMatchObject({ step: 0, dueDay: '2026-11-21' });
    // Unknown notes and malformed grades change nothing.
    expect(
      await handlePageRequest(
        db,
        { type: 'ui:grade', noteId: 'gone', grade: 'remembered' },
        day(20),
      ),
    ).toBe(false);
    expect(parsePageRequest({ type: 'ui:grade', noteId: id, grade: 'easy' })).toBeNull();
    expect(parsePageRequest({ type: 'ui:study', activeMs: -5 })).toBeNull();
    expect(parsePageRequest({ type: 'ui:study', activeMs: 3_600_000 })).toBeNull();

    const ledger = new StudyLedger();
    const study = { type: 'ui:study', activeMs: 60_000 } as const;
    expect(await handlePageRequest(db, study, day(20), ledger)).toBe(true);
    // The same minute reported again (another page, a retry) is not counted twice.
    expect(await handlePageRequest(db, study, day(20), ledger)).toBe(false);
    expect(await handlePageRequest(db, study, day(20) + 60_000, ledger)).toBe(true);
    expect(await db.daily.get('2026-11-20')).toEqual({ day: '2026-11-20', studyMs: 120_000 });
    // Without the ledger (no background) nothing is counted at all.
    expect(await handlePageRequest(db, study, day(21))).toBe(false);
    expect(await db.daily.get('2026-11-21')).toBeUndefined();
  });
});
