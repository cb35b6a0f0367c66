import { StudyLedger } from '../../lib/tracking/study-time';
import { ROADMAP } from '../../data/roadmap';
import { updateSettings } from '../../lib/db/settings-repo';
import { handleMessage, type HandlerDeps } from '../../lib/service/message-handler';
import { parseMessage, parseTick } from '../../lib/protocol/schema';
import { classifyVideo } from '../../lib/tracking/classify';
import { PlaybackFollow } from '../../lib/tracking/playback-follow';
import { dump, freshDb } from './db-helpers';
import { PY, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const tab = { id: 3, url: `https://www.youtube.com/watch?v=${vid(PY, 1)}&list=${PY}` };
const sender = { id: EXT, url: tab.url, tab };

function deps(): HandlerDeps {
  return {
    db: freshDb(),
    roadmap: ROADMAP,
    extensionId: EXT,
    ledger: new StudyLedger(),
    now: () => new Date(2026, 10, 24, 20, 0),
  };
}

/** The playlist panel as the page reads it: positions 1–14 of the Python playlist. */
const panel = {
  type: 'yt:playlist',
  payload: {
    playlistId: PY,
    items: Array.from({ length: 14 }, (_, i) => ({ videoId: vid(PY, i + 1), position: i + 1 })),
  },
};

const progress = (over: Record<string, unknown> = {}) => ({
  type: 'yt:progress',
  payload: {
    videoId: vid(PY, 1),
    playlistId: PY,
    position: 1,
    duration: 60,
    intervals: [[0, 58]],
    currentTime: 58,
    ...over,
  },
});

describe('classifying a video', () => {
  it.each([
    // A link's `index=` places nothing: only the playlist as read from the page does.
    [{ videoId: vid(PY, 1), playlistId: PY, index: 5 }, [], { tracked: true, playlistId: PY }],
    [
      { videoId: vid(PY, 1), playlistId: PY, index: 3 },
      [{ playlistId: PY, position: 7 }],
      { tracked: true, playlistId: PY, position: 7 },
    ],
    [
      { videoId: vid(PY, 1), playlistId: PY },
      [{ playlistId: PY, position: 7 }],
      { tracked: true, playlistId: PY, position: 7 },
    ],
    [
      { videoId: vid(PY, 1) },
      [{ playlistId: PY, position: 7 }],
      { tracked: true, playlistId: PY, position: 7 },
    ],
    [
      { videoId: vid(PY, 1), playlistId: 'PLunrelated000' },
      [{ playlistId: PY, position: 2 }],
      { tracked: true, playlistId: PY, position: 2 },
    ],
    [{ videoId: 'yZFrSDjRvjk' }, [], { tracked: true }],
    [{ videoId: 'abcdefghijk', playlistId: 'PLunrelated000' }, [], { tracked: false }],
    [
      { videoId: 'abcdefghijk' },
      [{ playlistId: 'PLunrelated000', position: 1 }],
      { tracked: false },
    ],
  ])('%o with placements %o', (request, placements, expected) => {
    expect(classifyVideo(ROADMAP, request, placements)).toEqual(expected);
  });
});

describe('the message schema', () => {
  it('accepts well-formed messages', () => {
    expect(parseMessage(progress()).ok).toBe(true);
    expect(parseMessage({ type: 'yt:classify', payload: { videoId: 'abcdefghijk' } }).ok).toBe(
      true,
    );
    expect(
      parseMessage({
        type: 'yt:playlist',
        payload: {
          playlistId: PY,
          total: 3,
          items: [{ videoId: 'abcdefghijk', position: 1, title: 'x' }],
        },
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['unknown type', { type: 'yt:nope', payload: {} }],
    ['no payload', { type: 'yt:progress' }],
    ['NaN duration', progress({ duration: NaN })],
    ['Infinity duration', progress({ duration: Infinity })],
    ['negative duration', progress({ duration: -4 })],
    ['absurd duration', progress({ duration: 1e9 })],
    ['interval past the end', progress({ intervals: [[0, 90]] })],
    ['reversed interval', progress({ intervals: [[30, 10]] })],
    ['negative start', progress({ intervals: [[-3, 10]] })],
    ['bad video id', progress({ videoId: '<script>' })],
    ['extra field', progress({ admin: true })],
    ['a playback rate past 16×', progress({ playbackRate: 100 })],
    ['a playback rate of zero', progress({ playbackRate: 0 })],
    ['playing time counted by the page', progress({ playedMs: 4000 })],
    ['string numbers', progress({ duration: '60' })],
    [
      'too many intervals',
      progress({ intervals: Array.from({ length: 2000 }, (_, i) => [i * 0.01, i * 0.01 + 0.005]) }),
    ],
    [
      'a huge title',
      {
        type: 'yt:playlist',
        payload: {
          playlistId: PY,
          items: [{ videoId: 'abcdefghijk', position: 1, title: 'x'.repeat(10_000_000) }],
        },
      },
    ],
    ['null', null],
    ['a string', 'yt:progress'],
  ])('refuses %s', (_, raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('survives a hostile object', () => {
    const hostile = {
      get type() {
        throw new Error('boom');
      },
    };
    expect(parseMessage(hostile).ok).toBe(false);
  });
});

describe('the background message handler', () => {
  it('stores a roadmap video’s progress', async () => {
    const d = deps();
    await handleMessage(d, panel, sender);
    expect(await handleMessage(d, progress(), sender)).toEqual({
      stored: true,
      companion: {
        itemTitle: 'Python tutorials 1–14 (level 1)',
        weeks: 'Weeks 1–4',
        unit: 1,
        unitTotal: 14,
        coverage: 58 / 60,
        watched: true,
        progress: 'Video 1 of 14 · this video watched ✓',
        focus: false,
        words: expect.objectContaining({ note: 'Add a note', focus: 'Focus mode' }),
        next: {
          // The panel told which video comes next: Next opens it, not the playlist.
          url: `https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2`,
          label: expect.any(String),
        },
      },
    });
    expect(await d.db.videos.get(vid(PY, 1))).toMatchObject({ coveredSeconds: 58 });
  });

  it('credits study time only for what the next report confirms, and stores only what `played` said', async () => {
    let clock = new Date(2026, 10, 24, 20, 0).getTime();
    const d = { ...deps(), now: () => new Date(clock) };
    const playback = new PlaybackFollow();
    const playing = progress({ intervals: [[0, 10]], currentTime: 10, playbackRate: 2 });
    await handleMessage(d, playing, sender, playback);
    expect(playback.following).toBe(true);
    expect(await d.db.daily.count()).toBe(0);
    clock += 4000;
    // The page says the playhead reached 18: 4 s of wall time at 2×, and `played` is the truth
    // (a new source emptied it: nothing is added to the 10 s it said before).
    await handleMessage(d, progress({ intervals: [], currentTime: 18 }), sender, playback);
    expect(playback.following).toBe(false);
    expect(await d.db.videos.get(vid(PY, 1))).toMatchObject({ coveredSeconds: 10 });
    expect(await d.db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 4000 });
    // A refused playlist snapshot leaves the following alone…
    await handleMessage(d, playing, sender, playback);
    await handleMessage(
      d,
      { type: 'yt:playlist', payload: { playlistId: PY, items: 'not a list' } },
      sender,
      playback,
    );
    expect(playback.following).toBe(true);
    // …a refused report ends it: what came after it is not confirmed.
    await handleMessage(d, progress({ duration: NaN }), sender, playback);
    expect(playback.following).toBe(false);
    clock += 1000;
    await handleMessage(d, progress({ intervals: [[10, 12]], currentTime: 12 }), sender, playback);
    expect(await d.db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 4000 });
    // A report about a video outside the roadmap ends it too, and credits nothing.
    await handleMessage(d, playing, sender, playback);
    clock += 1000;
    const other = progress({ videoId: 'abcdefghijk', playlistId: undefined, position: undefined });
    expect(await handleMessage(d, other, sender, playback)).toEqual({ stored: false });
    expect(playback.following).toBe(false);
    expect(await d.db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 4000 });
    expect(await d.db.videos.get(vid(PY, 1))).toMatchObject({
      coveredSeconds: 12,
      currentTime: 10,
    });
  });

  it('answers a classification with the companion panel, unless it is turned off', async () => {
    const d = deps();
    await handleMessage(d, panel, sender);
    const ask = { type: 'yt:classify', payload: { videoId: vid(PY, 3), playlistId: PY, index: 3 } };
    expect(await handleMessage(d, ask, sender)).toMatchObject({
      tracked: true,
      position: 3,
      companion: { unit: 3, unitTotal: 14, coverage: 0, watched: false },
    });
    // The percentage comes from the parts played before.
    const played = progress({
      videoId: vid(PY, 3),
      position: 3,
      intervals: [
        [0, 10],
        [20, 30],
      ],
    });
    await handleMessage(d, played, sender);
    expect(await handleMessage(d, ask, sender)).toMatchObject({ companion: { coverage: 20 / 60 } });
    await updateSettings(d.db, { companionPanel: false }, 1);
    expect(await handleMessage(d, ask, sender)).toEqual({
      tracked: true,
      playlistId: PY,
      position: 3,
    });
  });

  it('marks the video on screen by hand from the panel, as the dashboard does, and undoes it', async () => {
    const d = deps();
    await handleMessage(d, panel, sender);
    const mark = (watched: boolean) => ({
      type: 'yt:mark',
      payload: { videoId: vid(PY, 3), watched },
    });
    expect(await handleMessage(d, mark(true), sender)).toMatchObject({
      stored: true,
      companion: { watched: true, progress: 'Video 3 of 14 · this video watched ✓ (set by hand)' },
    });
    expect(await d.db.videos.get(vid(PY, 3))).toMatchObject({ manual: true });
    // Marking it back clears the override: nothing was played, so nothing is left by hand.
    expect(await handleMessage(d, mark(false), sender)).toMatchObject({
      stored: true,
      companion: { watched: false, progress: 'Video 3 of 14 · 0% of this video watched' },
    });
    expect((await d.db.videos.get(vid(PY, 3)))?.manual).toBeUndefined();
    // Never for a video outside the roadmap, never a malformed mark.
    const before = await dump(d.db);
    expect(
      await handleMessage(
        d,
        { type: 'yt:mark', payload: { videoId: 'abcdefghijk', watched: true } },
        sender,
      ),
    ).toEqual({ stored: false });
    expect(
      await handleMessage(
        d,
        { type: 'yt:mark', payload: { videoId: vid(PY, 3), watched: 'yes' } },
        sender,
      ),
    ).toBeUndefined();
    expect(await dump(d.db)).toEqual(before);
  });

  it('answers a roadmap playlist’s rows with their marks, from what is stored', async () => {
    const d = deps();
    await updateSettings(d.db, { startDate: '2026-11-23' }, 1);
    await handleMessage(d, panel, sender);
    await handleMessage(d, progress(), sender);
    const reply = await handleMessage(d, panel, sender);
    // Video 1 watched; this week (week 1) asks videos 1–4.
    expect(reply).toMatchObject({
      stored: true,
      marks: {
        rows: {
          [vid(PY, 1)]: 'w t',
          [vid(PY, 2)]: 't',
          [vid(PY, 4)]: 't',
        },
        words: { watched: 'watched', week: 'this week' },
      },
    });
    expect(
      (reply as { marks: { rows: Record<string, string> } }).marks.rows[vid(PY, 5)],
    ).toBeUndefined();
  });

  it('stores nothing for a video outside the roadmap', async () => {
    const d = deps();
    const before = await dump(d.db);
    expect(
      await handleMessage(
        d,
        progress({ videoId: 'abcdefghijk', playlistId: 'PLunrelated000' }),
        sender,
      ),
    ).toEqual({ stored: false });
    expect(
      await handleMessage(
        d,
        {
          type: 'yt:playlist',
          payload: {
            playlistId: 'PLunrelated000',
            items: [{ videoId: 'abcdefghijk', position: 1 }],
          },
        },
        sender,
      ),
    ).toEqual({ stored: false });
    expect(await dump(d.db)).toEqual(before);
  });

  it.each([
    ['another extension', { ...sender, id: 'someoneelse' }],
    ['an extension page', { id: EXT, url: `chrome-extension://${EXT}/popup.html` }],
    [
      'a page on another site',
      { id: EXT, url: 'https://evil.example/', tab: { id: 1, url: 'https://evil.example/' } },
    ],
  ])('refuses messages from %s', async (_, from) => {
    const d = deps();
    expect(await handleMessage(d, progress(), from)).toBeUndefined();
    expect(await d.db.videos.count()).toBe(0);
  });

  it('survives thousands of random and malformed messages without a write', async () => {
    const d = deps();
    await handleMessage(d, progress(), sender);
    const before = await dump(d.db);
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = [
      null,
      undefined,
      NaN,
      Infinity,
      -1,
      0,
      1e308,
      '',
      'x'.repeat(1000),
      [],
      {},
      [[1, 0]],
      true,
      PY,
      vid(PY, 1),
      -0.5,
      [[0, 1e9]],
    ];
    const pick = () => values[Math.floor(rand() * values.length)];
    const keys = [
      'videoId',
      'playlistId',
      'position',
      'duration',
      'intervals',
      'playbackRate',
      'currentTime',
      'items',
      'total',
      'index',
    ];
    for (let i = 0; i < 3000; i++) {
      const payload: Record<string, unknown> = {};
      for (const key of keys) if (rand() < 0.7) payload[key] = pick();
      const type = ['yt:progress', 'yt:playlist', 'yt:classify', 'bogus', undefined][
        Math.floor(rand() * 5)
      ];
      const message = rand() < 0.1 ? pick() : { type, payload };
      // Only messages that are invalid: a valid one may legitimately write.
      if (parseMessage(message).ok) continue;
      await expect(handleMessage(d, message, sender)).resolves.toBeUndefined();
    }
    expect(await dump(d.db)).toEqual(before);
  });
});

describe('a popup’s tick for the background', () => {
  it('is read only when it is exactly a tick of an item or a step', () => {
    expect(parseTick({ type: 'ui:tick', key: 'dsa', done: true })).toEqual({
      type: 'ui:tick',
      key: 'dsa',
      done: true,
    });
    expect(
      parseTick({ type: 'ui:tick', key: 'statistics-book#step-2', done: false }),
    ).not.toBeNull();
    for (const bad of [
      null,
      'ui:tick',
      { type: 'ui:tick', key: 'dsa' },
      { type: 'ui:tick', key: 'DSA', done: true },
      { type: 'ui:tick', key: 'x'.repeat(201), done: true },
      { type: 'ui:tick', key: 'dsa', done: 'yes' },
      { type: 'ui:tick', key: 'dsa', done: true, extra: 1 },
      { type: 'yt:note', key: 'dsa', done: true },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('hostile');
          },
        },
      ),
    ])
      expect(parseTick(bad)).toBeNull();
  });
});

describe('a hint out of range (issue 29)', () => {
  it('drops an `index=` past any playlist, never the message', async () => {
    for (const index of [10_001, 0, -3, 2.5, 'x']) {
      const parsed = parseMessage({
        type: 'yt:classify',
        payload: { videoId: vid(PY, 1), playlistId: PY, index },
      });
      expect(parsed).toEqual({
        ok: true,
        message: { type: 'yt:classify', payload: { videoId: vid(PY, 1), playlistId: PY } },
      });
    }
    const d = deps();
    expect(
      await handleMessage(
        d,
        { type: 'yt:classify', payload: { videoId: vid(PY, 1), playlistId: PY, index: 12_000 } },
        sender,
      ),
    ).toMatchObject({ tracked: true, playlistId: PY });
  });
});
