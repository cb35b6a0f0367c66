// @vitest-environment happy-dom
import { panelWords } from '../../lib/service/companion';
import { afterEach } from 'vitest';
import { WatchTracker } from '../../lib/youtube/watch-tracker';
import { normalizeIntervals } from '../../lib/tracking/intervals';
import {
  LIMITS,
  type CompanionInfo,
  type MessageType,
  type ProtocolMap,
} from '../../lib/protocol/messages';

const LIST = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
const A = 'aaaaaaaaaaa';
const B = 'bbbbbbbbbbb';

interface FakeMedia {
  played: [number, number][];
  duration: number;
  src: string;
  paused: boolean;
  currentTime: number;
  /** Optional, as on a page that changed: ended false, not seeking, data ready, rate 1. */
  ended?: boolean;
  seeking?: boolean;
  readyState?: number;
  playbackRate?: number;
  error?: { code: number } | null;
}

/** A 100 s video, paused at its start, nothing played yet. */
function pausedAtStart(): FakeMedia {
  return { played: [], duration: 100, src: 'blob:a', paused: true, currentTime: 0 };
}

function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

function mountPlayer(media: FakeMedia): HTMLVideoElement {
  document.body.innerHTML = `<ytd-watch-flexy video-id="${A}"></ytd-watch-flexy>
    <div id="movie_player" class="html5-video-player"><div class="html5-video-container"><video class="html5-main-video"></video></div></div>`;
  const video = document.querySelector('video')!;
  Object.defineProperties(video, {
    played: {
      get: () => ({
        length: media.played.length,
        start: (i: number) => media.played[i]![0],
        end: (i: number) => media.played[i]![1],
      }),
    },
    duration: { get: () => media.duration },
    currentSrc: { get: () => media.src },
    paused: { get: () => media.paused },
    ended: { get: () => media.ended ?? false },
    seeking: { get: () => media.seeking ?? false },
    readyState: { get: () => media.readyState ?? 4 },
    playbackRate: { get: () => media.playbackRate ?? 1 },
    error: { get: () => media.error ?? null },
    currentTime: { get: () => media.currentTime },
  });
  return video;
}

type Sent = { type: MessageType; payload: unknown };

interface FakePanel {
  shown: CompanionInfo[];
  hidden: number;
  show(info: CompanionInfo): void;
  hide(): void;
}

function fakePanel(): FakePanel {
  const panel: FakePanel = {
    shown: [],
    hidden: 0,
    show: (info) => void panel.shown.push(info),
    hide: () => void panel.hidden++,
  };
  return panel;
}

function makeTracker(
  tracked: (videoId: string) => boolean,
  {
    classified = {},
    panel,
    post = false,
  }: { classified?: object; panel?: FakePanel; post?: boolean } = {},
) {
  const sent: Sent[] = [];
  const posted: ProtocolMap['yt:progress']['request'][] = [];
  /** Set false to have reports not delivered (the worker restarting). */
  const delivery = { ok: true };
  const tracker = new WatchTracker({
    window: window as unknown as Window,
    document,
    ...(panel ? { panel } : {}),
    ...(post
      ? {
          post: <K extends MessageType>(_type: K, payload: ProtocolMap[K]['request']) =>
            posted.push(payload as ProtocolMap['yt:progress']['request']) > 0,
        }
      : {}),
    async send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) {
      sent.push({ type, payload });
      if (type === 'yt:classify') {
        const id = (payload as ProtocolMap['yt:classify']['request']).videoId;
        return (
          tracked(id)
            ? { tracked: true, playlistId: LIST, position: 1, ...classified }
            : { tracked: false }
        ) as never;
      }
      return (delivery.ok ? { stored: true } : undefined) as never;
    },
  });
  return { tracker, sent, posted, delivery };
}

/** A roadmap video's page, paused at its start, its tracker started and classified. */
async function startedOnA(options: Parameters<typeof makeTracker>[1] = {}) {
  setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=1`);
  const media = pausedAtStart();
  const video = mountPlayer(media);
  const made = makeTracker(() => true, options);
  dispose = () => made.tracker.dispose();
  made.tracker.start();
  await vi.advanceTimersByTimeAsync(0);
  /** Changes the element, then fires its event, as the browser does. */
  const fire = async (type: string, change: Partial<FakeMedia> = {}) => {
    Object.assign(media, change);
    video.dispatchEvent(new Event(type));
    await vi.advanceTimersByTimeAsync(0);
  };
  return { ...made, media, video, fire };
}

const progress = (sent: Sent[]) =>
  sent
    .filter((m) => m.type === 'yt:progress')
    .map((m) => m.payload as ProtocolMap['yt:progress']['request']);
const settle = () => vi.advanceTimersByTimeAsync(0);
/** Every part the reports of one video delivered, as the background unites them. */
const delivered = (sent: Sent[], videoId = A) =>
  normalizeIntervals(
    progress(sent)
      .filter((p) => p.videoId === videoId)
      .flatMap((p) => p.intervals),
  );

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('the watch tracker', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reports where the playhead starts advancing, and the played parts when it stops', async () => {
    const { sent, fire } = await startedOnA();
    await fire('playing', { paused: false, playbackRate: 2 });
    await fire('pause', { played: [[0, 40]], currentTime: 40, paused: true });
    expect(progress(sent)).toEqual([
      {
        videoId: A,
        playlistId: LIST,
        position: 1,
        duration: 100,
        intervals: [],
        currentTime: 0,
        playbackRate: 2,
      },
      {
        videoId: A,
        playlistId: LIST,
        position: 1,
        duration: 100,
        intervals: [[0, 40]],
        currentTime: 40,
      },
    ]);
    // Nothing new: a second pause sends nothing.
    await fire('pause');
    expect(progress(sent)).toHaveLength(2);
  });

  it('reports every change of pace and none on a timer while the video plays', async () => {
    const { sent, fire } = await startedOnA();
    await fire('playing', { paused: false });
    // An hour of steady playing: not one report (the background follows the playhead).
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(progress(sent)).toHaveLength(1);
    const rates = () => progress(sent).map((p) => p.playbackRate);
    await fire('ratechange', { played: [[0, 30]], currentTime: 30, playbackRate: 1.5 });
    await fire('waiting', { played: [[0, 40]], currentTime: 40, readyState: 2 });
    await fire('playing', { readyState: 4 });
    await fire('seeking', { played: [[0, 50]], currentTime: 80, seeking: true });
    await fire('seeked', { seeking: false });
    await fire('ended', {
      played: [
        [0, 50],
        [80, 100],
      ],
      currentTime: 100,
      ended: true,
    });
    expect(rates()).toEqual([1, 1.5, undefined, 1.5, undefined, 1.5, undefined]);
    expect(delivered(sent)).toEqual([
      [0, 50],
      [80, 100],
    ]);
    // Each report carries only what the background had not stored yet.
    expect(progress(sent).at(-1)!.intervals).toEqual([[80, 100]]);
  });

  it('keeps what played when an ad starts, reports nothing of the ad, and follows again after it', async () => {
    const { sent, media, fire } = await startedOnA();
    await fire('playing', { paused: false });
    // The class comes first; the element still holds our source and its `played`.
    Object.assign(media, { played: [[0, 12]], currentTime: 12 });
    document.getElementById('movie_player')!.classList.add('ad-showing');
    await vi.advanceTimersByTimeAsync(0);
    // The ad plays in the same element: its events, parts and playhead say nothing about our
    // video, nor does the end of the ad while the ad's source is still loaded.
    await fire('loadstart', { src: 'blob:ad', played: [], currentTime: 0, readyState: 0 });
    await fire('playing', { played: [[0, 5]], currentTime: 5, duration: 15, readyState: 4 });
    document.getElementById('movie_player')!.classList.remove('ad-showing');
    await vi.advanceTimersByTimeAsync(0);
    await fire('loadstart', { src: 'blob:a', played: [], currentTime: 12, duration: 100 });
    await fire('playing', { readyState: 4 });
    expect(progress(sent).map((p) => [p.intervals, p.playbackRate, p.currentTime])).toEqual([
      [[], 1, 0],
      [[[0, 12]], undefined, 12],
      // Already stored: the report after the ad only says where the video plays again.
      [[], 1, 12],
    ]);
  });

  it('never counts what a stitched ad played in the video’s own stream, nor takes its duration', async () => {
    const { sent, media, fire } = await startedOnA();
    const player = document.getElementById('movie_player')!;
    await fire('playing', { paused: false });
    await fire('ratechange', { played: [[0, 40]], currentTime: 40 });
    // The ad is stitched into the same source: no new source, the class comes, the stream
    // plays on (its `played` grows by the ad's part) and reads 30 s longer meanwhile.
    Object.assign(media, { played: [[0, 41]], currentTime: 41, duration: 130 });
    player.classList.add('ad-showing');
    await settle();
    Object.assign(media, { played: [[0, 71]], currentTime: 71 });
    await fire('timeupdate');
    await fire('ratechange');
    // The ad ends: same source, its duration back to the video's.
    media.duration = 100;
    player.classList.remove('ad-showing');
    await settle();
    await fire('pause', { played: [[0, 90]], currentTime: 90, paused: true });
    // What the ad played (40 to 71 of the stream) never counts: only what came before and
    // after it. The longer duration was never reported.
    expect(delivered(sent)).toEqual([
      [0, 40],
      [71, 90],
    ]);
    expect(progress(sent).every((p) => p.duration === 100)).toBe(true);
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
  });

  it('takes nothing from a stream whose duration stayed longer after a stitched ad', async () => {
    const { sent, media, fire } = await startedOnA();
    const player = document.getElementById('movie_player')!;
    await fire('playing', { paused: false });
    await fire('ratechange', { played: [[0, 40]], currentTime: 40 });
    player.classList.add('ad-showing');
    await settle();
    Object.assign(media, { played: [[0, 70]], currentTime: 70, duration: 130 });
    player.classList.remove('ad-showing');
    await settle();
    await fire('playing');
    await fire('pause', { played: [[0, 100]], currentTime: 100, paused: true });
    // The stream is not the video's any more: not tracked, rather than a wrong number.
    expect(delivered(sent)).toEqual([[0, 40]]);
    expect(progress(sent).every((p) => p.duration === 100)).toBe(true);
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
    // A new source (the next load of the video) is the video's again.
    await fire('loadstart', { src: 'blob:a2', played: [], duration: 100, currentTime: 100 });
    await fire('pause', { played: [[95, 100]] });
    expect(delivered(sent)).toEqual([
      [0, 40],
      [95, 100],
    ]);
  });

  it('keeps counting the same video in the miniplayer, and stops when another one starts there', async () => {
    const panel = fakePanel();
    const info: CompanionInfo = {
      itemTitle: 'Python',
      weeks: 'Weeks 1–4',
      coverage: 0,
      watched: false,
      progress: '0% watched',
      words: panelWords(),
    };
    const { sent, fire } = await startedOnA({ panel, classified: { companion: info } });
    await fire('playing', { paused: false });
    const reports = progress(sent).length;
    // To the home page: the video plays on in the miniplayer, the URL no longer says which.
    setUrl('https://www.youtube.com/');
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    // Still followed: no report said it stopped, and the panel left with the watch page.
    expect(progress(sent)).toHaveLength(reports);
    expect(panel.hidden).toBeGreaterThan(0);
    const shown = panel.shown.length;
    await fire('pause', { played: [[0, 50]], currentTime: 50, paused: true });
    expect(progress(sent).at(-1)).toMatchObject({ videoId: A, intervals: [[0, 50]] });
    // A reply while away does not bring the panel back onto another page.
    expect(panel.shown).toHaveLength(shown);
    await fire('playing', { paused: false });
    expect(progress(sent).at(-1)).toMatchObject({ videoId: A, playbackRate: 1 });
    // Expanded again: the watch page of the same video.
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=1`);
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    await fire('ratechange', { played: [[0, 60]], currentTime: 60 });
    setUrl('https://www.youtube.com/results?search_query=numpy');
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    // Another video starts in the miniplayer: A is no longer followed, and nothing of the
    // new source is reported for it.
    await fire('loadstart', { src: 'blob:other', played: [], currentTime: 0 });
    expect(progress(sent).at(-1)).toMatchObject({ videoId: A });
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
    const count = progress(sent).length;
    await fire('pause', { played: [[0, 30]], currentTime: 30, paused: true });
    expect(progress(sent)).toHaveLength(count);
    expect(delivered(sent)).toEqual([[0, 60]]);
  });

  it('ends the video when the page leaves it paused (no miniplayer plays it)', async () => {
    const { sent, fire } = await startedOnA();
    await fire('playing', { paused: false });
    await fire('pause', { played: [[0, 20]], currentTime: 20, paused: true });
    setUrl('https://www.youtube.com/');
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    const count = progress(sent).length;
    await fire('playing', { paused: false, played: [[0, 25]] });
    expect(progress(sent)).toHaveLength(count);
  });

  it.each(['error', 'abort', 'emptied', 'stalled'])(
    'reports what played when playback stops with `%s` and no pause after it',
    async (type) => {
      const { sent, fire } = await startedOnA();
      await fire('playing', { paused: false });
      const change: Partial<FakeMedia> = { played: [[0, 20]], currentTime: 20 };
      if (type === 'error') change.error = { code: 2 };
      if (type === 'stalled' || type === 'abort') change.readyState = 2;
      // The load algorithm pauses the element and forgets its data before `emptied`.
      if (type === 'emptied') Object.assign(change, { readyState: 0, paused: true });
      await fire(type, change);
      expect(progress(sent).at(-1)).toMatchObject({ intervals: [[0, 20]] });
      expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
    },
  );

  it('never sends more parts than a report may carry: a long skim goes over several reports', async () => {
    const { sent, fire } = await startedOnA();
    const skim = Array.from({ length: 2500 }, (_, i) => [i * 0.1, i * 0.1 + 0.02]) as [
      number,
      number,
    ][];
    await fire('pause', { played: skim, currentTime: 99, duration: 300 });
    await settle();
    const reports = progress(sent);
    expect(reports.length).toBe(3);
    expect(reports.every((r) => r.intervals.length <= LIMITS.maxIntervals)).toBe(true);
    expect(delivered(sent)).toEqual(normalizeIntervals(skim));
  });

  it('reports when the background asks, even with nothing new, so a silent page is not credited', async () => {
    const { tracker, sent, fire } = await startedOnA();
    await fire('playing', { paused: false, played: [[0, 5]], currentTime: 5 });
    const before = progress(sent).length;
    tracker.confirm();
    await settle();
    expect(progress(sent)).toHaveLength(before + 1);
    expect(progress(sent).at(-1)).toMatchObject({ playbackRate: 1 });
    // A page that stopped without an event says so when asked.
    await fire('timeupdate', { paused: true, played: [[0, 9]], currentTime: 9 });
    tracker.confirm();
    await settle();
    expect(progress(sent).at(-1)).toMatchObject({ intervals: [[5, 9]] });
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
  });

  it('posts a confirmation without asking a reply: one wakeup, and its parts go again with the next report', async () => {
    const { sent, posted, fire, tracker } = await startedOnA({ post: true });
    await fire('playing', { paused: false, played: [[0, 5]], currentTime: 5 });
    const before = sent.length;
    await fire('timeupdate', { played: [[0, 30]], currentTime: 30 });
    tracker.confirm();
    await settle();
    expect(sent).toHaveLength(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ intervals: [[5, 30]], playbackRate: 1 });
    // Not acknowledged: the next report carries those parts again.
    await fire('pause', { paused: true, played: [[0, 31]], currentTime: 31 });
    expect(progress(sent).at(-1)).toMatchObject({ intervals: [[5, 31]] });
  });

  it('sends a report that was not delivered again a moment later, and once more after the worker restarted', async () => {
    const { tracker, sent, delivery, fire } = await startedOnA();
    delivery.ok = false;
    await fire('playing', { paused: false });
    expect(progress(sent)).toHaveLength(1);
    delivery.ok = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(progress(sent)).toHaveLength(2);
    expect(progress(sent)[1]).toEqual(progress(sent)[0]);
    // Delivered: no more resending.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(progress(sent)).toHaveLength(2);
    // The port closed (the worker stopped): a playing video is reported again.
    tracker.resync();
    await vi.advanceTimersByTimeAsync(0);
    expect(progress(sent)).toHaveLength(3);
    expect(progress(sent)[2]!.playbackRate).toBe(1);
    // A paused one is not: its parts were delivered, and nothing is followed.
    await fire('pause', { paused: true, played: [[0, 9]], currentTime: 9 });
    tracker.resync();
    await vi.advanceTimersByTimeAsync(0);
    expect(progress(sent)).toHaveLength(4);
  });

  it('says the playhead no longer advances when the page leaves the video or is frozen', async () => {
    const { sent, fire } = await startedOnA();
    await fire('playing', { paused: false });
    await fire('timeupdate', { played: [[0, 20]], currentTime: 20 });
    document.dispatchEvent(new Event('freeze'));
    await vi.advanceTimersByTimeAsync(0);
    expect(progress(sent).at(-1)).toMatchObject({ intervals: [[0, 20]] });
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
    // Back from the freeze, still playing: followed again.
    document.dispatchEvent(new Event('resume'));
    await vi.advanceTimersByTimeAsync(0);
    expect(progress(sent).at(-1)).toMatchObject({ intervals: [], playbackRate: 1 });
    await fire('timeupdate', { played: [[0, 25]], currentTime: 25 });
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(progress(sent).at(-1)).toMatchObject({ intervals: [[20, 25]] });
    expect(progress(sent).at(-1)).not.toHaveProperty('playbackRate');
    expect(delivered(sent)).toEqual([[0, 25]]);
  });

  it('shows the panel of each reply and of each push about its video', async () => {
    const panel = fakePanel();
    const info: CompanionInfo = {
      itemTitle: 'Python',
      weeks: 'Weeks 1–4',
      coverage: 0.2,
      watched: false,
      progress: '20% watched',
      words: panelWords(),
    };
    const { tracker, fire } = await startedOnA({ classified: { companion: info }, panel });
    expect(panel.shown).toEqual([info]);
    // Pushes: another video's is ignored; this one's is shown, or hides the panel.
    const hidden = panel.hidden;
    tracker.push({ videoId: B, companion: null });
    expect(panel.hidden).toBe(hidden);
    const watched = { ...info, coverage: 0.95, watched: true };
    tracker.push({ videoId: A, companion: watched });
    expect(panel.shown.at(-1)).toEqual(watched);
    tracker.push({ videoId: A, companion: null });
    expect(panel.hidden).toBe(hidden + 1);
    // A report's reply without a panel hides it too.
    await fire('playing', { paused: false });
    expect(panel.hidden).toBe(hidden + 2);
  });

  it('sends nothing at all for a video outside the roadmap', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}`);
    const media: FakeMedia = {
      played: [[0, 50]],
      duration: 100,
      src: 'blob:a',
      paused: true,
      currentTime: 50,
    };
    const video = mountPlayer(media);
    const { tracker, sent } = makeTracker(() => false);
    dispose = () => tracker.dispose();
    tracker.start();
    await settle();
    video.dispatchEvent(new Event('pause'));
    expect(progress(sent)).toEqual([]);
  });

  it('never takes a snapshot while the ad class is on the player', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}`);
    const media = pausedAtStart();
    const video = mountPlayer(media);
    const { tracker, sent } = makeTracker(() => true);
    dispose = () => tracker.dispose();
    tracker.start();
    await settle();
    document.getElementById('movie_player')!.classList.add('ad-showing');
    media.played = [[0, 15]];
    media.duration = 15;
    video.dispatchEvent(new Event('pause'));
    expect(progress(sent)).toEqual([]);
  });

  it('keeps the previous video’s parts away from the next one after a client-side navigation', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=1`);
    const media: FakeMedia = {
      played: [[0, 30]],
      duration: 100,
      src: 'blob:a',
      paused: false,
      currentTime: 30,
    };
    const video = mountPlayer(media);
    const { tracker, sent } = makeTracker(() => true);
    dispose = () => tracker.dispose();
    tracker.start();
    await settle();
    // The URL moves on first; the element still holds video A's source and `played`.
    setUrl(`https://www.youtube.com/watch?v=${B}&list=${LIST}&index=2`);
    document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', B);
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    const reports = () => progress(sent).map((p) => [p.videoId, p.intervals, p.playbackRate]);
    // A played already when the check came back; leaving it stops the following.
    expect(reports()).toEqual([
      [A, [[0, 30]], 1],
      [A, [], undefined],
    ]);
    video.dispatchEvent(new Event('seeking'));
    expect(progress(sent)).toHaveLength(2);
    // B's source loads: from now on `played` is B's.
    media.src = 'blob:b';
    media.played = [[0, 12]];
    video.dispatchEvent(new Event('loadstart'));
    media.paused = true;
    video.dispatchEvent(new Event('pause'));
    expect(reports().slice(2)).toEqual([
      [B, [[0, 12]], 1],
      [B, [[0, 12]], undefined],
    ]);
  });

  it('sends the playlist panel before asking where the video sits, and asks again when it renders late', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=3`);
    mountPlayer(pausedAtStart());
    const panelRow = (id: string, n: number) =>
      `<ytd-playlist-panel-video-renderer><a id="wc-endpoint" href="/watch?v=${id}&list=${LIST}&index=${n}">V${n}</a></ytd-playlist-panel-video-renderer>`;
    const { tracker, sent } = makeTracker(() => true, { classified: { position: undefined } });
    dispose = () => tracker.dispose();
    tracker.start();
    await settle();
    // No panel yet: classified from the link alone, which places nothing.
    expect(sent.map((m) => m.type)).toEqual(['yt:classify']);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ytd-playlist-panel-renderer><div id="items">${panelRow(B, 1)}${panelRow(A, 2)}</div></ytd-playlist-panel-renderer>`,
    );
    await vi.advanceTimersByTimeAsync(300);
    expect(sent.map((m) => m.type)).toEqual(['yt:classify', 'yt:playlist', 'yt:classify']);
    expect((sent[1]!.payload as ProtocolMap['yt:playlist']['request']).items).toEqual([
      { videoId: B, position: 1 },
      { videoId: A, position: 2 },
    ]);
    // The next page of the same playlist: its panel goes first.
    setUrl(`https://www.youtube.com/watch?v=${B}&list=${LIST}&index=1`);
    document.dispatchEvent(new Event('yt-navigate-finish'));
    await settle();
    expect(sent.slice(3).map((m) => m.type)).toEqual(['yt:playlist', 'yt:classify']);
  });

  it('stays idle without a player, a duration or the usual markup, and never throws', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}`);
    document.body.innerHTML = '<div>YouTube changed everything</div>';
    const { tracker, sent } = makeTracker(() => true);
    dispose = () => tracker.dispose();
    expect(() => tracker.start()).not.toThrow();
    await settle();
    expect(() => tracker.flush()).not.toThrow();
    const media: FakeMedia = {
      played: [[0, 10]],
      duration: NaN,
      src: 'blob:a',
      paused: true,
      currentTime: 10,
    };
    const video = mountPlayer(media);
    tracker.checkUrl();
    video.dispatchEvent(new Event('pause'));
    expect(progress(sent)).toEqual([]);
  });

  it('stops listening once disposed', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}`);
    const media: FakeMedia = {
      played: [[0, 10]],
      duration: 100,
      src: 'blob:a',
      paused: true,
      currentTime: 10,
    };
    const video = mountPlayer(media);
    const { tracker, sent } = makeTracker(() => true);
    tracker.start();
    await settle();
    tracker.dispose();
    const before = sent.length;
    media.played = [[0, 20]];
    video.dispatchEvent(new Event('pause'));
    document.dispatchEvent(new Event('yt-navigate-finish'));
    expect(sent.length).toBe(before);
  });
});
