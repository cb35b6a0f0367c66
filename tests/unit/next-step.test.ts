import { ROADMAP } from '../../data/roadmap';
import { carriedOver, weekChecklist } from '../../lib/plan/checklist';
import { nextStep } from '../../lib/plan/next-step';
import { itemsLeft, paceOf } from '../../lib/plan/pace';
import { planFor } from '../../lib/plan/plan-for';
import { emptySnapshot, type ProgressSnapshot } from '../../lib/progress/snapshot';
import { sameResource, openOrFocus, type TabsApi } from '../../lib/service/open-resource';
import { PY, snapshotWith, vid } from './helpers';

/** Week 1's other required items done, so Continue lands on the Python playlist. */
const DONE_WEEK_1 = [
  ['tip-effective-learning', true],
  ['khan-cs-principles', true],
  ['python-exercises', true],
  ['dsa', true],
] as [string, boolean][];

function snap(
  parts: Parameters<typeof snapshotWith>[0] = {},
  extra: Partial<ProgressSnapshot> = {},
) {
  return { ...snapshotWith({ checks: DONE_WEEK_1, ...parts }), ...extra };
}

describe('the next resource', () => {
  it('starts with the first unfinished item of the week in roadmap order', () => {
    const step = nextStep(ROADMAP, 1, emptySnapshot());
    expect(step).toMatchObject({
      reason: 'this-week',
      url: 'https://www.youtube.com/watch?v=yZFrSDjRvjk',
    });
  });

  it('goes to the first unwatched video of the range, as an exact link', () => {
    const step = nextStep(ROADMAP, 1, snap({ watched: [1] }))!;
    expect(step.url).toBe(`https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2`);
    expect(step.label).toMatch(/video 2 of 14/);
  });

  it('fills a gap in the middle first', () => {
    const step = nextStep(ROADMAP, 1, snap({ watched: [1, 2, 4] }))!;
    expect(step).toMatchObject({ position: 3, videoId: vid(PY, 3) });
  });

  it('resumes a partly watched video where the learner left it', () => {
    const step = nextStep(
      ROADMAP,
      1,
      snap({ watched: [1] }, { resumeAt: new Map([[vid(PY, 2), 95]]) }),
    )!;
    expect(step.url).toBe(`https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2&t=95s`);
    expect(step.label).toContain('from 1:35');
  });

  it('falls back to the playlist page while its videos are not known', () => {
    const step = nextStep(ROADMAP, 1, snap({ known: 0 }))!;
    expect(step.url).toBe(`https://www.youtube.com/playlist?list=${PY}`);
  });

  it('moves on to the next week once this week’s shares are done', () => {
    // Week 1 of Python is videos 1–4: with them watched, the week is done.
    const step = nextStep(ROADMAP, 1, snap({ watched: [1, 2, 3, 4] }))!;
    expect(step.reason).toBe('next-week');
    expect(step.week).toBe(2);
  });

  it('offers the oldest unfinished item of past weeks first', () => {
    // Week 5 (SQL): the Python videos 1–14 of weeks 1–4 are not finished.
    const step = nextStep(ROADMAP, 5, snap({ watched: [1, 2] }))!;
    expect(step).toMatchObject({ reason: 'carried-over', position: 3 });
  });

  it('says nothing is left when the whole plan is done', () => {
    const everything = ROADMAP.phases.flatMap((p) =>
      p.resources.map((r) => [r.id, true] as [string, boolean]),
    );
    expect(nextStep(ROADMAP, 24, snapshotWith({ checks: everything }))).toBeNull();
  });
});

describe('finishing a half-watched video first', () => {
  it('offers the half-watched roadmap video before the latest activity, with the minutes left', () => {
    // Week 9's learner: video 3 of Python left at 2:00 with 4 min to go, then a Khan page opened.
    const snapshot = snap(
      { watched: [1, 2] },
      {
        resumeAt: new Map([[vid(PY, 3), 120]]),
        resumeLeft: new Map([[vid(PY, 3), 241]]),
        recent: { resourceId: 'khan-cs-principles' },
      },
    );
    const step = nextStep(ROADMAP, 1, snapshot)!;
    expect(step).toMatchObject({ reason: 'finish', videoId: vid(PY, 3), position: 3 });
    expect(step.url).toBe(
      `https://www.youtube.com/watch?v=${vid(PY, 3)}&list=${PY}&index=3&t=120s`,
    );
    expect(step.label).toBe('Video 3, 4 min left');
  });

  it('finishes the half-watched video even when an earlier one is unwatched', () => {
    const snapshot = snap({ watched: [1] }, { resumeAt: new Map([[vid(PY, 4), 60]]) });
    expect(nextStep(ROADMAP, 1, snapshot)).toMatchObject({ reason: 'finish', position: 4 });
  });

  it('prefers the one played last, and ignores items with nothing due', () => {
    const two = snap(
      {},
      {
        resumeAt: new Map([
          [vid(PY, 2), 30],
          [vid(PY, 3), 40],
        ]),
        recent: { videoId: vid(PY, 3) },
      },
    );
    expect(nextStep(ROADMAP, 1, two)).toMatchObject({ reason: 'finish', position: 3 });
    // Without a latest video: the earliest in the plan's order.
    expect(nextStep(ROADMAP, 1, { ...two, recent: { resourceId: 'dsa' } })).toMatchObject({
      position: 2,
    });
    // Week 1's share (videos 1–4) done: a half-watched video 6 waits for its week.
    const ahead = snap({ watched: [1, 2, 3, 4] }, { resumeAt: new Map([[vid(PY, 6), 30]]) });
    expect(nextStep(ROADMAP, 1, ahead)?.reason).toBe('next-week');
  });
});

describe('carry-over and the badge', () => {
  it('keeps unfinished past items on the list, marked', () => {
    const carried = carriedOver(ROADMAP, 5, snap({ watched: [1, 2] }));
    expect(carried.map((e) => e.resource.id)).toEqual(['python-level-1']);
    expect(carried[0]).toMatchObject({
      carriedOverFrom: 4,
      target: 'Carried over from week 4: 12 videos left',
    });
  });

  it('counts the items left this week', () => {
    const entries = weekChecklist(ROADMAP, 1, snap({ watched: [1, 2] }));
    expect(itemsLeft(entries)).toBe(1);
    expect(itemsLeft(weekChecklist(ROADMAP, 1, snap({ watched: [1, 2, 3, 4] })))).toBe(0);
    // The exercises (one task over four weeks) are due from week 2.
    expect(itemsLeft(weekChecklist(ROADMAP, 1, emptySnapshot()))).toBe(4);
    expect(itemsLeft(weekChecklist(ROADMAP, 2, emptySnapshot()))).toBe(4);
  });
});

describe('resuming what the learner was doing', () => {
  it('goes on with the item of the latest activity before the week’s first item', () => {
    // Week 1, nothing ticked: video 1 of the Python playlist was just watched.
    const watchedOne = { ...snapshotWith({ watched: [1] }), recent: { videoId: vid(PY, 1) } };
    expect(nextStep(ROADMAP, 1, watchedOne)).toMatchObject({
      reason: 'resume',
      position: 2,
      videoId: vid(PY, 2),
    });
    // Without that activity: the week's first unfinished item, in roadmap order.
    expect(nextStep(ROADMAP, 1, snapshotWith({ watched: [1] }))).toMatchObject({
      reason: 'this-week',
      url: 'https://www.youtube.com/watch?v=yZFrSDjRvjk',
    });
  });

  it('resumes a study-site item, and not an item whose due work is done', () => {
    const khan = { ...snapshotWith({}), recent: { resourceId: 'khan-cs-principles' } };
    expect(nextStep(ROADMAP, 1, khan)).toMatchObject({
      reason: 'resume',
      resource: { id: 'khan-cs-principles' },
    });
    // Week 1's share of the Python playlist (4 videos) is done: nothing of it is due now.
    const ahead = { ...snapshotWith({ watched: [1, 2, 3, 4] }), recent: { videoId: vid(PY, 4) } };
    expect(nextStep(ROADMAP, 1, ahead)?.reason).toBe('this-week');
  });
});

describe('pacing', () => {
  const checks: [string, boolean][] = [['khan-cs-principles#digital-information', true]];
  const week2 = (watched: number[], more: [string, boolean][] = []) =>
    weekChecklist(ROADMAP, 2, snapshotWith({ watched, checks: [...checks, ...more] }));

  // Week 2's share: Python videos 5–7 (4 were due by the end of week 1) and Khan's section 2.
  it('says what is left of this week’s share, never "behind" while the week runs', () => {
    expect(paceOf(week2([1, 2, 3, 4]))).toMatchObject({
      state: 'to-do',
      text: '1 more section and 3 more videos to stay on plan this week',
      farBehind: false,
    });
    expect(paceOf(week2([1, 2, 3, 4])).backlogText).toBeUndefined();
  });

  it('says apart what earlier weeks left undone', () => {
    expect(paceOf(week2([1]))).toMatchObject({
      state: 'to-do',
      text: '1 more section and 3 more videos to stay on plan this week',
      backlogText: 'Also from earlier weeks: 3 videos',
      farBehind: false,
    });
  });

  it('says when the week’s plan is done, and how far ahead', () => {
    const internet: [string, boolean][] = [['khan-cs-principles#the-internet', true]];
    expect(paceOf(week2([1, 2, 3, 4, 5, 6, 7], internet))).toMatchObject({
      state: 'done',
      text: 'This week’s plan is done',
    });
    expect(paceOf(week2([1, 2, 3, 4, 5, 6, 7, 8, 9], internet))).toMatchObject({
      state: 'ahead',
      text: 'This week’s plan is done, and 2 videos ahead',
    });
  });

  it('offers a new plan when more than a week’s work is behind', () => {
    // Week 10 with nothing done: every earlier item is carried over.
    const pace = paceOf(
      planFor(ROADMAP, '2026-09-01', new Date(2026, 10, 5), emptySnapshot()).entries,
    );
    expect(pace.farBehind).toBe(true);
    expect(pace.backlogText).toMatch(/^Also from earlier weeks: /);
  });
});

describe('opening or focusing a tab', () => {
  function fakeTabs(urls: string[]) {
    const calls: string[] = [];
    const api: TabsApi = {
      query: async () => urls.map((url, id) => ({ id, url, windowId: 9 })),
      update: async (id) => calls.push(`focus ${id}`),
      create: async ({ url }) => calls.push(`open ${url}`),
      focusWindow: async (id) => calls.push(`window ${id}`),
    };
    return { api, calls };
  }

  it('focuses a tab already showing the video', async () => {
    const { api, calls } = fakeTabs([
      'https://example.com/',
      `https://www.youtube.com/watch?v=${vid(PY, 2)}&t=20s`,
    ]);
    expect(
      await openOrFocus(api, `https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2`),
    ).toBe('focused');
    expect(calls).toEqual(['focus 1', 'window 9']);
  });

  it('opens a new tab otherwise', async () => {
    const { api, calls } = fakeTabs([`https://www.youtube.com/watch?v=${vid(PY, 1)}`]);
    expect(await openOrFocus(api, `https://www.youtube.com/watch?v=${vid(PY, 2)}`)).toBe('opened');
    expect(calls).toEqual([`open https://www.youtube.com/watch?v=${vid(PY, 2)}`]);
  });

  it('compares pages without their trailing index or slash', () => {
    expect(
      sameResource(
        'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
        'https://mlflow.org/docs/latest/ml/tutorials-and-examples/index.html',
      ),
    ).toBe(true);
    expect(
      sameResource(
        `https://www.youtube.com/playlist?list=${PY}`,
        `https://www.youtube.com/playlist?list=${PY}`,
      ),
    ).toBe(true);
    expect(
      sameResource(
        `https://www.youtube.com/playlist?list=${PY}`,
        'https://www.youtube.com/playlist?list=PLother',
      ),
    ).toBe(false);
  });
});
