import { ROADMAP } from '../../data/roadmap';
import { weekChecklist } from '../../lib/plan/checklist';
import { isStudyDays, studyDaysLeft, todayPlan, videoTimeText } from '../../lib/plan/today';
import { PY, snapshotWith, vid } from './helpers';

// Week 2 of a plan started on Monday 23 November 2026: its share of the Python playlist is
// videos 5–7 (4 were due by the end of week 1), of Khan's course section 2.
const checks: [string, boolean][] = [['khan-cs-principles#digital-information', true]];
const week2 = (watched: number[]) => {
  const snapshot = snapshotWith({ watched, checks });
  return { snapshot, entries: weekChecklist(ROADMAP, 2, snapshot) };
};
const MONDAY = new Date(2026, 10, 30, 9);
const FRIDAY = new Date(2026, 11, 4, 9);

describe('today’s slice of the week', () => {
  it('spreads what is left of the week over the study days left, today included', () => {
    const { snapshot, entries } = week2([1, 2, 3, 4]);
    // Monday, every day a study day: 3 videos over 7 days, 1 section over 7 days.
    const plan = todayPlan(entries, snapshot, 1, MONDAY, '1234567');
    expect(plan.restDay).toBe(false);
    expect(plan.parts.map((p) => [p.resource.id, p.count, p.what])).toEqual([
      ['khan-cs-principles', 1, '1 section'],
      ['python-level-1', 1, 'video 5'],
    ]);
    expect(plan.parts[1]!.videos).toEqual([{ videoId: vid(PY, 5), number: 5 }]);
    // Each row opens that exact video in its playlist, or the item's page.
    expect(plan.parts[1]!.url).toBe(
      `https://www.youtube.com/watch?v=${vid(PY, 5)}&list=${PY}&index=5`,
    );
    expect(plan.parts[0]!.url).toMatch(/^https:\/\/www\.khanacademy\.org\//);
    // Friday, studying on weekdays only: Friday is the last day, everything left is today's.
    const friday = todayPlan(entries, snapshot, 5, FRIDAY, '12345');
    expect(friday.parts.find((p) => p.resource.id === 'python-level-1')).toMatchObject({
      count: 3,
      what: 'videos 5–7',
    });
  });

  it('asks nothing on a rest day, and nothing of a share already done', () => {
    const { snapshot, entries } = week2([1, 2, 3, 4, 5, 6, 7]);
    expect(todayPlan(entries, snapshot, 6, new Date(2026, 11, 5, 9), '12345')).toEqual({
      restDay: true,
      parts: [],
    });
    const plan = todayPlan(entries, snapshot, 1, MONDAY, '1234567');
    expect(plan.parts.map((p) => p.resource.id)).toEqual(['khan-cs-principles']);
  });

  it('skips the videos already watched out of order', () => {
    const { snapshot, entries } = week2([1, 2, 3, 4, 5]);
    const plan = todayPlan(entries, snapshot, 6, new Date(2026, 11, 5, 9), '1234567');
    // Saturday and Sunday left: videos 6 and 7, one a day.
    expect(plan.parts.find((p) => p.resource.id === 'python-level-1')?.what).toBe('video 6');
  });

  it('knows the study days', () => {
    expect(isStudyDays('1234567')).toBe(true);
    expect(isStudyDays('135')).toBe(true);
    for (const bad of ['', '8', '11', '21', 'mon', '1234567 '])
      expect(isStudyDays(bad)).toBe(false);
    expect(studyDaysLeft(MONDAY, 1, '1234567')).toBe(7);
    expect(studyDaysLeft(MONDAY, 1, '67')).toBe(2);
    expect(studyDaysLeft(FRIDAY, 5, '12345')).toBe(1);
  });
});

describe('what today’s videos take', () => {
  it('counts the known durations at the learner’s usual speed, and says the unknown apart', () => {
    expect(videoTimeText(1500, 0, null)).toBe('Today’s videos take about 25 min at normal speed.');
    expect(videoTimeText(1500, 0, 1.02)).toBe('Today’s videos take about 25 min at normal speed.');
    expect(videoTimeText(1500, 1, 1.5)).toBe(
      'Today’s videos take about 17 min at your usual 1.5× (and 1 not opened yet).',
    );
    expect(videoTimeText(20, 0, 2)).toBe('Today’s videos take about 1 min at your usual 2×.');
    // Nothing known yet: nothing made up.
    expect(videoTimeText(0, 2, 1.5)).toBe('');
  });
});

describe('today when behind (issue 31)', () => {
  it('asks for the earliest unwatched videos, earlier weeks’ work first, at most three items', async () => {
    const { carriedOver } = await import('../../lib/plan/checklist');
    const { TODAY_MAX_ITEMS } = await import('../../lib/plan/today');
    // Week 6, nothing done: everything of weeks 1–5 is carried over.
    const snapshot = snapshotWith({});
    const entries = [...carriedOver(ROADMAP, 6, snapshot), ...weekChecklist(ROADMAP, 6, snapshot)];
    const plan = todayPlan(entries, snapshot, 1, MONDAY, '1234567');
    expect(plan.parts.length).toBeLessThanOrEqual(TODAY_MAX_ITEMS);
    // Earliest first: what earlier weeks left comes before this week's items.
    const isCarried = plan.parts.map(
      (part) =>
        entries.find((e) => e.resource.id === part.resource.id)?.carriedOverFrom !== undefined,
    );
    expect(isCarried[0]).toBe(true);
    expect(isCarried).toEqual([...isCarried].sort((a, b) => Number(b) - Number(a)));
    // A playlist asks for its first unwatched videos, never a later one first.
    const python = plan.parts.find((p) => p.resource.id === 'python-level-1');
    if (python) expect(python.videos[0]?.number).toBe(1);
  });

  it('in week 2 with week 1’s videos unwatched, asks for video 1, not video 5', () => {
    const { snapshot, entries } = week2([]);
    const plan = todayPlan(entries, snapshot, 1, MONDAY, '1234567');
    expect(plan.parts.find((p) => p.resource.id === 'python-level-1')?.what).toBe('video 1');
  });
});

describe('today’s rows and their tick boxes', () => {
  it('gives each video and section asked today a row that opens it and says what its box marks', () => {
    const { snapshot, entries } = week2([1, 2, 3, 4]);
    const plan = todayPlan(entries, snapshot, 5, FRIDAY, '12345');
    const python = plan.parts.find((p) => p.resource.id === 'python-level-1')!;
    expect(python.rows.map((r) => r.mark)).toEqual([
      { videoId: vid(PY, 5) },
      { videoId: vid(PY, 6) },
      { videoId: vid(PY, 7) },
    ]);
    expect(python.rows[1]!.url).toBe(
      `https://www.youtube.com/watch?v=${vid(PY, 6)}&list=${PY}&index=6`,
    );
    const khan = plan.parts.find((p) => p.resource.id === 'khan-cs-principles')!;
    expect(khan.rows).toHaveLength(1);
    expect(khan.rows[0]!.mark).toEqual({ check: 'khan-cs-principles#the-internet' });
    expect(khan.rows[0]!.url).toMatch(
      /^https:\/\/www\.khanacademy\.org\/computing\/ap-computer-science-principles\//,
    );
  });

  it('opens a playlist whose videos are not known yet, with no box that would settle it whole', async () => {
    const { rowDone } = await import('../../lib/plan/today');
    const snapshot = snapshotWith({ known: 0, checks });
    const entries = weekChecklist(ROADMAP, 2, snapshot);
    const plan = todayPlan(entries, snapshot, 1, MONDAY, '1234567');
    const python = plan.parts.find((p) => p.resource.id === 'python-level-1')!;
    expect(python.rows).toEqual([
      { label: 'Python tutorials 1–14 (level 1)', url: python.url, mark: null },
    ]);
    expect(rowDone(python.rows[0]!, undefined, snapshot)).toBe(false);
  });

  it('shows a row done from the live progress: a video watched, a section ticked', async () => {
    const { rowDone } = await import('../../lib/plan/today');
    const { snapshot, entries } = week2([1, 2, 3, 4]);
    const plan = todayPlan(entries, snapshot, 5, FRIDAY, '12345');
    const [khan, python] = [plan.parts[0]!, plan.parts[1]!];
    const later = snapshotWith({
      watched: [1, 2, 3, 4, 6],
      checks: [...checks, ['khan-cs-principles#the-internet', true]],
    });
    const progress = (id: string) =>
      weekChecklist(ROADMAP, 2, later).find((e) => e.resource.id === id)?.progress;
    expect(python.rows.map((r) => rowDone(r, progress(python.resource.id), later))).toEqual([
      false,
      true,
      false,
    ]);
    expect(rowDone(khan.rows[0]!, progress(khan.resource.id), later)).toBe(true);
    const before = entries.find((e) => e.resource.id === khan.resource.id)!.progress;
    expect(rowDone(khan.rows[0]!, before, snapshot)).toBe(false);
  });

  it('goes on past the plan’s last week while work is left, and not otherwise', async () => {
    const { todayDayOfWeek } = await import('../../lib/plan/today');
    expect(todayDayOfWeek({ state: 'active', week: 3, dayOfWeek: 4 }, true)).toBe(4);
    // The first day after week 24 is day 1 of the week after; day 9 after it is day 2.
    expect(todayDayOfWeek({ state: 'finished', daysSinceEnd: 1 }, true)).toBe(1);
    expect(todayDayOfWeek({ state: 'finished', daysSinceEnd: 9 }, true)).toBe(2);
    expect(todayDayOfWeek({ state: 'finished', daysSinceEnd: 9 }, false)).toBeNull();
    expect(todayDayOfWeek({ state: 'not-started', daysUntilStart: 2 }, true)).toBeNull();
  });

  it('keeps today’s list while the learner ticks it, and makes it anew for a new plan', async () => {
    const { KeptOnce } = await import('../../lib/plan/kept-once');
    const kept = new KeptOnce<number[]>();
    let made = 0;
    const make = () => [++made];
    expect(kept.get('2026-11-23', make)).toEqual([1]);
    expect(kept.get('2026-11-23', make)).toEqual([1]);
    expect(kept.get('2026-11-30', make)).toEqual([2]);
  });
});
