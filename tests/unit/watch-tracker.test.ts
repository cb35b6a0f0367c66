// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { FLUSH_MS, WatchTracker } from '../../lib/youtube/watch-tracker';
import type { CompanionInfo, MessageType, ProtocolMap } from '../../lib/protocol/messages';

const LIST = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
const A = 'aaaaaaaaaaa';
const B = 'bbbbbbbbbbb';

interface FakeMedia {
  played: [number, number][];
  duration: number;
  src: string;
  paused: boolean;
  currentTime: number;
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
    ended: { get: () => false },
    currentTime: { get: () => media.currentTime },
  });
  return video;
}

type Sent = { type: MessageType; payload: unknown; posted?: boolean };

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
  { classified = {}, panel }: { classified?: object; panel?: FakePanel } = {},
) {
  const sent: Sent[] = [];
  let now = 0;
  const posting = { ok: true };
  const tracker = new WatchTracker({
    window: window as unknown as Window,
    document,
    ...(panel ? { panel } : {}),
    now: () => now,
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
      return { stored: true } as never;
    },
    post(type, payload) {
      if (posting.ok) sent.push({ type, payload, posted: true });
      return posting.ok;
    },
  });
  return { tracker, sent, posting, advance: (ms: number) => (now += ms) };
}

/**
 * A roadmap video's page, its tracker started and classified, with fake timers (the caller
 * turns them on); `period()` lets one flush period pass on both clocks.
 */
async function startedOnA(options: Parameters<typeof makeTracker>[1] = {}) {
  setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=1`);
  const media = pausedAtStart();
  const video = mountPlayer(media);
  const made = makeTracker(() => true, options);
  dispose = () => made.tracker.dispose();
  made.tracker.start();
  await vi.advanceTimersByTimeAsync(0);
  const period = async () => {
    made.advance(FLUSH_MS);
    await vi.advanceTimersByTimeAsync(FLUSH_MS);
  };
  return { ...made, media, video, period };
}

const progress = (sent: Sent[]) =>
  sent
    .filter((m) => m.type === 'yt:progress')
    .map((m) => m.payload as ProtocolMap['yt:progress']['request']);
const settle = () => new Promise((r) => setTimeout(r, 0));

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('the watch tracker', () => {
  it('sends the played parts of a roadmap video on pause, with the time spent playing', async () => {
    setUrl(`https://www.youtube.com/watch?v=${A}&list=${LIST}&index=1`);
    const media = pausedAtStart();
    const video = mountPlayer(media);
    const { tracker, sent, advance } = makeTracker(() => true);
    dispose = () => tracker.dispose();
    tracker.start();
    await settle();
    media.paused = false;
    video.dispatchEvent(new Event('playing'));
    advance(5000);
    media.played = [[0, 40]];
    media.currentTime = 40;
    media.paused = true;
    video.dispatchEvent(new Event('pause'));
    await settle();
    expect(progress(sent)).toEqual([
      {
        videoId: A,
        playlistId: LIST,
        position: 1,
        duration: 100,
        intervals: [[0, 40]],
        playedMs: 5000,
        currentTime: 40,
      },
    ]);
    // Nothing new: a second pause sends nothing.
    video.dispatchEvent(new Event('pause'));
    expect(progress(sent)).toHaveLength(1);
  });

  it('reports each period without asking a reply and leaves the panel alone until an event or a push', async () => {
    vi.useFakeTimers();
    try {
      const panel = fakePanel();
      const info: CompanionInfo = {
        itemTitle: 'Python',
        weeks: 'Weeks 1–4',
        coverage: 0.2,
        watched: false,
      };
      const { tracker, sent, posting, media, video, period } = await startedOnA({
        classified: { companion: info },
        panel,
      });
      expect(panel.shown).toEqual([info]);

      media.paused = false;
      video.dispatchEvent(new Event('playing'));
      media.played = [[0, 20]];
      media.currentTime = 20;
      await period();
      expect(sent.filter((m) => m.type === 'yt:progress')).toEqual([
        {
          type: 'yt:progress',
          payload: expect.objectContaining({ intervals: [[0, 20]], playedMs: FLUSH_MS }),
          posted: true,
        },
      ]);

      // A post that could not go out: its time goes with the next one.
      posting.ok = false;
      media.played = [[0, 30]];
      await period();
      posting.ok = true;
      media.played = [[0, 40]];
      await period();
      expect(progress(sent).map((p) => p.playedMs)).toEqual([FLUSH_MS, 2 * FLUSH_MS]);
      // Periodic reports touch nothing on the page.
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

      // A pause asks for a reply (it tells whether the report arrived).
      media.paused = true;
      media.played = [[0, 45]];
      video.dispatchEvent(new Event('pause'));
      expect(sent.at(-1)).toMatchObject({ type: 'yt:progress' });
      expect(sent.at(-1)).not.toHaveProperty('posted');
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks a source that changed without an event before it takes a periodic report from it', async () => {
    vi.useFakeTimers();
    try {
      const { sent, media, video, period } = await startedOnA();
      media.paused = false;
      video.dispatchEvent(new Event('playing'));
      media.played = [[0, 20]];
      await period();
      // The page moved on to B unannounced, and the element now plays B's source.
      setUrl(`https://www.youtube.com/watch?v=${B}&list=${LIST}&index=2`);
      media.src = 'blob:b';
      media.played = [[50, 57]];
      await period();
      expect(progress(sent).map((p) => [p.videoId, p.intervals])).toEqual([
        [A, [[0, 20]]],
        [A, [[0, 20]]],
      ]);
    } finally {
      vi.useRealTimers();
    }
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
    expect(progress(sent).map((p) => [p.videoId, p.intervals])).toEqual([[A, [[0, 30]]]]);
    video.dispatchEvent(new Event('seeking'));
    expect(progress(sent)).toHaveLength(1);
    // B's source loads: from now on `played` is B's.
    media.src = 'blob:b';
    media.played = [[0, 12]];
    video.dispatchEvent(new Event('loadstart'));
    video.dispatchEvent(new Event('pause'));
    expect(progress(sent).map((p) => [p.videoId, p.intervals])).toEqual([
      [A, [[0, 30]]],
      [B, [[0, 12]]],
    ]);
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
