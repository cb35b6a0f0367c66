// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { WatchTracker } from '../../lib/youtube/watch-tracker';
import type { MessageType, ProtocolMap } from '../../lib/protocol/messages';

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

type Sent = { type: MessageType; payload: unknown };

function makeTracker(tracked: (videoId: string) => boolean) {
  const sent: Sent[] = [];
  let now = 0;
  const tracker = new WatchTracker({
    window: window as unknown as Window,
    document,
    now: () => now,
    async send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) {
      sent.push({ type, payload });
      if (type === 'yt:classify') {
        const id = (payload as ProtocolMap['yt:classify']['request']).videoId;
        return (
          tracked(id) ? { tracked: true, playlistId: LIST, position: 1 } : { tracked: false }
        ) as never;
      }
      return { stored: true } as never;
    },
  });
  return { tracker, sent, advance: (ms: number) => (now += ms) };
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
    const media: FakeMedia = {
      played: [],
      duration: 100,
      src: 'blob:a',
      paused: true,
      currentTime: 0,
    };
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
    const media: FakeMedia = {
      played: [],
      duration: 100,
      src: 'blob:a',
      paused: true,
      currentTime: 0,
    };
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
