import { StudyLedger } from '../../lib/tracking/study-time';
import { ROADMAP } from '../../data/roadmap';
import { ActiveClock } from '../../lib/tracking/active-time';
import { mayBeStudyPage } from '../../lib/sites/site-paths';
import { matchUrl } from '../../lib/tracking/url-match';
import { handleMessage, type HandlerDeps } from '../../lib/service/message-handler';
import { updateSettings } from '../../lib/db/settings-repo';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { itemProgress } from '../../lib/progress/item-progress';
import { findItem } from '../../lib/plan/roadmap-index';
import { dump, freshDb } from './db-helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const KHAN = 'https://www.khanacademy.org/computing/ap-computer-science-principles';
const lesson = (unit: string, l: string, kind: string, slug: string) =>
  `${KHAN}/${unit}/${l}/${kind}/${slug}`;
const from = (url: string) => ({ id: EXT, url, tab: { id: 1, url } });

describe('active time', () => {
  it('counts visible time up to a minute after the last input', () => {
    const clock = new ActiveClock(0, true);
    expect(clock.take(30_000)).toBe(30_000);
    clock.activity(50_000);
    // Idle from 110 s on: a tab left open overnight adds nothing more.
    expect(clock.take(8 * 3600_000)).toBe(80_000);
    expect(clock.take(9 * 3600_000)).toBe(0);
  });

  it('counts nothing while hidden, and restarts when shown again', () => {
    const clock = new ActiveClock(0, true);
    clock.setVisible(false, 10_000);
    expect(clock.take(40_000)).toBe(10_000);
    clock.setVisible(true, 100_000);
    expect(clock.take(120_000)).toBe(20_000);
    expect(clock.isActive(130_000)).toBe(true);
    expect(clock.isActive(200_000)).toBe(false);
  });

  it('starts hidden when the page opens in the background', () => {
    const clock = new ActiveClock(0, false);
    clock.activity(5_000);
    expect(clock.take(60_000)).toBe(0);
  });
});

describe('the content script’s first look at study-site URLs', () => {
  const urls = [
    lesson('computers-101', 'digital-data-representation', 'a', 'bits-and-binary'),
    `${KHAN}/x2d2f703b37b450a3:the-internet/x2d2f703b37b450a3:routing/v/the-internet-packet-routing`,
    'https://es.khanacademy.org/computing/computer-programming/sql/sql-basics/pt/welcome-to-sql',
    'https://www.kaggle.com/code/someone/eda-of-titanic',
    'https://www.kaggle.com/datasets/someone/house-prices',
    'https://mlflow.org/docs/latest/ml/getting-started/logging-first-model/step1-tracking-server/',
    'https://mlflow.org/docs/3.1.0/ml/traditional-ml/tutorials/hyperparameter-tuning/',
    'https://www.mlflow.org/docs/2.9.2/tutorials-and-examples/tutorial.html',
    'https://github.com/codebasics/py/tree/master/Basics/Exercise/1_print',
  ];
  it.each(urls)('lets %s through, and the background matches it', (url) => {
    expect(mayBeStudyPage(url)).toBe(true);
    expect(matchUrl(url, ROADMAP)).not.toBeNull();
  });

  it.each([
    'https://www.khanacademy.org/math/algebra',
    'https://www.kaggle.com/competitions/titanic',
    'https://github.com/someone/else',
    // The hub of links and a section's overview are not tutorials.
    'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
    'https://mlflow.org/docs/latest/ml/getting-started/',
    'nonsense',
  ])('stays quiet on %s', (url) => expect(mayBeStudyPage(url)).toBe(false));
});

describe('storing study-site pages', () => {
  function deps(now = new Date(2026, 10, 24, 20)): HandlerDeps {
    return {
      db: freshDb(),
      roadmap: ROADMAP,
      extensionId: EXT,
      ledger: new StudyLedger(),
      now: () => now,
    };
  }
  const visit = (url: string, listed?: string[]) => ({
    type: 'page:visit',
    payload: { url, ...(listed ? { listed } : {}) },
  });

  it('records Khan lessons by unit: visited out of seen', async () => {
    const d = deps();
    const a = lesson('computers-101', 'bits', 'a', 'bits-and-binary');
    const b = lesson('computers-101', 'bits', 'v', 'binary-numbers');
    const c = lesson('the-internet', 'routing', 'v', 'packets');
    expect(await handleMessage(d, visit(a, [a, b]), from(a))).toEqual({ stored: true });
    expect(await handleMessage(d, visit(c), from(c))).toEqual({ stored: true });
    let khan = itemProgress(
      findItem(ROADMAP, 'khan-cs-principles')!.resource,
      await readSnapshot(d.db),
    );
    expect(khan.steps.slice(0, 2).map((s) => [s.done, s.detail])).toEqual([
      [false, '1 of 2 lessons opened'],
      [true, '1 of 1 lesson opened'],
    ]);
    expect(await handleMessage(d, visit(b), from(b))).toEqual({ stored: true });
    khan = itemProgress(
      findItem(ROADMAP, 'khan-cs-principles')!.resource,
      await readSnapshot(d.db),
    );
    expect(khan).toMatchObject({ done: 2, total: 4 });
  });

  it('counts a unit’s quiz and unit test towards it, as its sidebar lists them', async () => {
    const d = deps();
    const unit = `${KHAN}/x2d2f703b37b450a3:digital-information`;
    const video = `${unit}/x2d2f703b37b450a3:binary-numbers/v/bits-and-bytes`;
    const quiz = `${unit}/quiz/x2d2f703b37b450a3:digital-information-quiz-1`;
    const test = `${unit}/test/x2d2f703b37b450a3:digital-information-unit-test`;
    await handleMessage(d, visit(video, [video, quiz, test]), from(video));
    await handleMessage(d, visit(quiz), from(quiz));
    const step = async () =>
      itemProgress(findItem(ROADMAP, 'khan-cs-principles')!.resource, await readSnapshot(d.db))
        .steps[0]!;
    expect(await step()).toMatchObject({ done: false, detail: '2 of 3 lessons opened' });
    await handleMessage(d, visit(test), from(test));
    expect(await step()).toMatchObject({ done: true, detail: '3 of 3 lessons opened' });
  });

  it('records the visit even when a listed link has a malformed escape', async () => {
    const d = deps();
    const a = lesson('computers-101', 'bits', 'a', 'bits-and-binary');
    const broken = lesson('computers-101', 'bits', 'v', 'bad%E0%A4%');
    expect(await handleMessage(d, visit(a, [a, broken]), from(a))).toEqual({ stored: true });
    expect((await d.db.pages.toArray()).some((p) => p.visited)).toBe(true);
  });

  it('adds active time to the page and to the day', async () => {
    const d = deps();
    const a = lesson('computers-101', 'bits', 'a', 'bits-and-binary');
    await handleMessage(d, visit(a), from(a));
    expect(
      await handleMessage(d, { type: 'page:time', payload: { url: a, activeMs: 30_000 } }, from(a)),
    ).toEqual({ stored: true });
    expect((await d.db.pages.toArray())[0]).toMatchObject({ activeMs: 30_000, visited: true });
    expect(await d.db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 30_000 });
  });

  it('counts a minute of a lesson beside a playing video once, and no day past 24 hours (issue 29)', async () => {
    let now = new Date(2026, 10, 24, 20).getTime();
    const d = { ...deps(), now: () => new Date(now) };
    const a = lesson('computers-101', 'bits', 'a', 'bits-and-binary');
    await handleMessage(d, visit(a), from(a));
    // A video played the minute before now (confirmed by the video's reports)…
    d.ledger.claim({ from: now - 60_000, to: now });
    // …and the lesson beside it was active that same minute: the page keeps its time, the
    // day gets nothing more.
    expect(
      await handleMessage(d, { type: 'page:time', payload: { url: a, activeMs: 60_000 } }, from(a)),
    ).toEqual({ stored: true });
    expect((await d.db.pages.toArray())[0]).toMatchObject({ activeMs: 60_000 });
    expect(await d.db.daily.get('2026-11-24')).toBeUndefined();
    // Two tabs reporting the same ten minutes count them once.
    now += 10 * 60_000;
    const b = lesson('computers-101', 'bits', 'a', 'other');
    await handleMessage(d, visit(b), from(b));
    for (const url of [a, b])
      await handleMessage(d, { type: 'page:time', payload: { url, activeMs: 600_000 } }, from(url));
    expect((await d.db.daily.get('2026-11-24'))?.studyMs).toBe(600_000);
    // A day never holds more than the day, however many reports.
    for (let i = 0; i < 200; i++) {
      now += 600_000;
      await handleMessage(
        d,
        { type: 'page:time', payload: { url: a, activeMs: 600_000 } },
        from(a),
      );
    }
    for (const row of await d.db.daily.toArray())
      expect(row.studyMs).toBeLessThanOrEqual(24 * 3600_000);
  });

  it('counts Kaggle only in the weeks of the EDA item, each notebook once', async () => {
    const d = deps(new Date(2026, 10, 24, 20));
    const nb = 'https://www.kaggle.com/code/someone/eda-of-titanic';
    await updateSettings(d.db, { startDate: '2026-11-24' }, 1);
    expect(await handleMessage(d, visit(nb), from(nb))).toEqual({ stored: false });
    // Nine weeks earlier start: week 10, inside weeks 9–12.
    await updateSettings(d.db, { startDate: '2026-09-22' }, 2);
    expect(await handleMessage(d, visit(nb), from(nb))).toEqual({ stored: true });
    expect(await handleMessage(d, visit(`${nb}/notebook`), from(nb))).toEqual({ stored: true });
    const ds = 'https://www.kaggle.com/datasets/someone/house-prices';
    await handleMessage(d, visit(ds), from(ds));
    const kaggle = itemProgress(
      findItem(ROADMAP, 'kaggle-eda')!.resource,
      await readSnapshot(d.db),
    );
    expect(kaggle).toMatchObject({ done: 2, total: 8 });
  });

  it('records MLflow tutorial pages and exercises', async () => {
    const d = deps();
    const ml = 'https://mlflow.org/docs/latest/ml/tracking/tutorials/remote-server/';
    const gh = 'https://github.com/codebasics/py/tree/master/Basics/Exercise/1_print';
    await handleMessage(d, visit(ml), from(ml));
    await handleMessage(d, visit(gh), from(gh));
    expect((await d.db.pages.toArray()).map((p) => [p.resourceId, p.category])).toEqual([
      ['mlflow-tutorials', 'page'],
      ['python-exercises', 'exercise'],
    ]);
  });

  it('stores nothing for pages outside the roadmap or claims about another site', async () => {
    const d = deps();
    const before = await dump(d.db);
    const math = 'https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:functions/a/x';
    expect(await handleMessage(d, visit(math), from(math))).toEqual({ stored: false });
    const ml = 'https://mlflow.org/docs/latest/ml/tracking/tutorials/remote-server/';
    expect(
      await handleMessage(d, visit(ml), from('https://www.kaggle.com/code/a/b')),
    ).toBeUndefined();
    expect(
      await handleMessage(d, visit(ml), from('https://www.youtube.com/watch?v=abcdefghijk')),
    ).toBeUndefined();
    expect(await handleMessage(d, { type: 'yt:progress', payload: {} }, from(ml))).toBeUndefined();
    expect(
      await handleMessage(d, { type: 'page:time', payload: { url: ml, activeMs: 5000 } }, from(ml)),
    ).toEqual({ stored: false });
    expect(await dump(d.db)).toEqual(before);
  });
});
