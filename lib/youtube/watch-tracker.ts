/**
 * Follows what the learner watches on YouTube and reports the parts actually played.
 *
 * No per-tick work: `video.played` already holds the played parts in media time (a seek adds
 * nothing, 2× counts what played), so it is read at a slow flush and on rare events (pause,
 * end, seek, navigation, page hide, an ad starting). Played parts are reported cumulatively,
 * so a lost report loses none of them; the time spent playing is resent when a report is known
 * not to have arrived.
 */
import type {
  CompanionInfo,
  CompanionPush,
  PlaylistSnapshot,
  Post,
  Send,
  WatchProgress,
} from '../protocol/messages';
import { addPlayed, type Interval } from '../tracking/intervals';
import { parseYouTubeUrl } from '../tracking/youtube-url';
import {
  domVideoId,
  findMainVideo,
  findPlayer,
  isAdShowing,
  readPanel,
  readPlaylistPage,
  selectedPanelPosition,
} from './page-dom';

export interface TrackerHost {
  window: Window;
  document: Document;
  send: Send;
  post: Post;
  now(): number;
  /** The companion panel beside a tracked video (optional: tests may leave it out). */
  panel?: { show(info: CompanionInfo): void; hide(): void };
}

/** Flush period while playing: bounds what a crash or a source change can lose. */
export const FLUSH_MS = 10_000;
/** Retries for a player or playlist panel that renders after the URL changed. */
const LATE_DOM_DELAYS = [300, 1000, 2500, 5000, 10000];

interface Session {
  videoId: string;
  playlistId?: string;
  position?: number;
  /** Played parts captured so far (they survive the element loading another source). */
  intervals: Interval[];
  /** Until the element loads this video, its `played` still describes the previous one. */
  awaitingSource: boolean;
  staleSrc: string;
  src: string;
  /** The duration of `src`, once read (0 before). */
  duration: number;
  playingSince: number | null;
  unsentPlayedMs: number;
  lastSent: string;
  sentPanel: string;
  /** The URL at which `src` was last found to be this video's: checks repeat on a change only. */
  checkedHref: string;
}

const VIDEO_EVENTS = ['playing', 'pause', 'ended', 'seeking', 'loadstart', 'emptied'] as const;

export class WatchTracker {
  #href = '';
  #session: Session | null = null;
  #video: HTMLVideoElement | null = null;
  #player: Element | null = null;
  #adObserver: MutationObserver | null = null;
  #listObserver: MutationObserver | null = null;
  #flushTimer: ReturnType<typeof setInterval> | undefined;
  #lateTimers: ReturnType<typeof setTimeout>[] = [];
  #srcAtNavigation = '';
  #adShowing = false;
  #navigation = 0;
  #cleanups: (() => void)[] = [];

  readonly #host: TrackerHost;

  constructor(host: TrackerHost) {
    this.#host = host;
  }

  start(): void {
    const { window: win, document: doc } = this.#host;
    this.#listen(doc, 'yt-navigate-start', () => this.flush());
    for (const type of ['yt-navigate-finish', 'yt-page-data-updated'])
      this.#listen(doc, type, () => this.checkUrl());
    for (const type of ['yt-page-data-updated', 'state-navigateend', 'popstate'])
      this.#listen(win, type, () => this.checkUrl());
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    if (nav) this.#listen(nav, 'currententrychange', () => this.checkUrl());
    this.#listen(win, 'pagehide', () => this.flush());
    this.#listen(doc, 'visibilitychange', () => doc.hidden && this.flush());
    this.checkUrl();
  }

  dispose(): void {
    this.#endSession(false);
    this.#cleanups.splice(0).forEach((fn) => fn());
    this.#listObserver?.disconnect();
    this.#clearLateTimers();
  }

  #listen(target: EventTarget, type: string, fn: (event: Event) => void): () => void {
    const handler = (event: Event) => {
      try {
        fn(event);
      } catch {
        // A page whose markup changed must never see our errors.
      }
    };
    target.addEventListener(type, handler);
    const remove = () => target.removeEventListener(type, handler);
    this.#cleanups.push(remove);
    return remove;
  }

  #clearLateTimers(): void {
    this.#lateTimers.splice(0).forEach((t) => clearTimeout(t));
  }

  #later(fn: () => void): void {
    for (const delay of LATE_DOM_DELAYS) {
      this.#lateTimers.push(
        setTimeout(() => {
          try {
            fn();
          } catch {
            /* see listen() */
          }
        }, delay),
      );
    }
  }

  /** Called on every navigation signal; only a changed URL does anything. */
  checkUrl(): void {
    const href = this.#host.window.location.href;
    if (href === this.#href) return;
    this.#href = href;
    const parsed = parseYouTubeUrl(href);
    const videoId = parsed?.page === 'watch' ? parsed.videoId : undefined;
    if (this.#session && this.#session.videoId === videoId) {
      // Same video, other URL (a `t=` or `index=` change): keep tracking.
      if (parsed?.index) this.#session.position = parsed.index;
      return;
    }
    this.#srcAtNavigation = this.#video?.currentSrc ?? '';
    this.#endSession(true);
    this.#listObserver?.disconnect();
    this.#listObserver = null;
    this.#clearLateTimers();
    const navigation = ++this.#navigation;
    if (parsed?.page === 'watch' && videoId)
      void this.#beginWatch(navigation, videoId, parsed.playlistId, parsed.index);
    else if (parsed?.page === 'playlist' && parsed.playlistId)
      this.#watchPlaylistPage(navigation, parsed.playlistId);
    this.#bindVideo(findMainVideo(this.#host.document));
  }

  async #beginWatch(
    navigation: number,
    videoId: string,
    listId?: string,
    index?: number,
  ): Promise<void> {
    const doc = this.#host.document;
    const position = index ?? (listId ? selectedPanelPosition(doc, listId, videoId) : undefined);
    const verdict = await this.#host.send('yt:classify', {
      videoId,
      ...(listId ? { playlistId: listId } : {}),
      ...(position ? { index: position } : {}),
    });
    if (navigation !== this.#navigation || !verdict?.tracked) return;
    if (verdict.companion) this.#host.panel?.show(verdict.companion);
    const video = this.#video ?? findMainVideo(doc);
    const awaitingSource = !!this.#srcAtNavigation && video?.currentSrc === this.#srcAtNavigation;
    this.#session = {
      videoId,
      ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
      ...(verdict.position ? { position: verdict.position } : {}),
      intervals: [],
      awaitingSource,
      staleSrc: this.#srcAtNavigation,
      // The source that holds this video: `played` belongs to us only while it is loaded.
      src: awaitingSource || !video || isAdShowing(findPlayer(doc, video)) ? '' : video.currentSrc,
      duration: 0,
      playingSince: null,
      unsentPlayedMs: 0,
      lastSent: '',
      sentPanel: '',
      checkedHref: '',
    };
    this.#bindVideo(video);
    if (this.#video && !this.#video.paused && !this.#session.awaitingSource)
      this.#session.playingSince = this.#host.now();
    this.#learnPanel();
    this.#later(() => {
      if (navigation !== this.#navigation) return;
      if (!this.#video || !this.#video.isConnected) this.#bindVideo(findMainVideo(doc));
      // The panel renders late: read it until it has been read once for this video.
      if (!this.#session?.sentPanel) this.#learnPanel();
    });
  }

  #watchPlaylistPage(navigation: number, listId: string): void {
    let sent = '';
    const read = async () => {
      if (navigation !== this.#navigation) return;
      const snapshot = readPlaylistPage(this.#host.document, listId);
      const key = snapshot ? JSON.stringify(snapshot) : '';
      if (!snapshot || key === sent) return;
      sent = key;
      const reply = await this.#host.send('yt:playlist', snapshot);
      // Not a roadmap playlist: stop looking at this page.
      if (reply && !reply.stored) this.#listObserver?.disconnect();
    };
    this.#later(() => void read());
    // More items load as the learner scrolls: re-read after each batch settles.
    let pending: ReturnType<typeof setTimeout> | undefined;
    this.#listObserver = new MutationObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(() => void read().catch(() => undefined), 1000);
    });
    this.#listObserver.observe(this.#host.document.body ?? this.#host.document.documentElement, {
      childList: true,
      subtree: true,
    });
    this.#cleanups.push(() => clearTimeout(pending));
  }

  #learnPanel(): void {
    const session = this.#session;
    if (!session?.playlistId) return;
    const snapshot: PlaylistSnapshot | null = readPanel(this.#host.document, session.playlistId);
    if (!snapshot) return;
    if (!session.position) {
      const position = selectedPanelPosition(
        this.#host.document,
        session.playlistId,
        session.videoId,
      );
      if (position) session.position = position;
    }
    const key = JSON.stringify(snapshot);
    if (key === session.sentPanel) return;
    session.sentPanel = key;
    void this.#host.send('yt:playlist', snapshot);
  }

  #videoCleanups: (() => void)[] = [];

  #bindVideo(video: HTMLVideoElement | null): void {
    if (video === this.#video && (!video || video.isConnected)) {
      this.#bindPlayer();
      return;
    }
    this.#videoCleanups.splice(0).forEach((fn) => fn());
    this.#video = video;
    if (video) {
      for (const type of VIDEO_EVENTS) {
        const remove = this.#listen(video, type, (event) => this.#onVideoEvent(event.type));
        this.#videoCleanups.push(remove);
      }
    }
    this.#bindPlayer();
  }

  #bindPlayer(): void {
    const player = this.#session ? findPlayer(this.#host.document, this.#video) : null;
    if (player === this.#player) return;
    this.#adObserver?.disconnect();
    this.#adObserver = null;
    this.#player = player;
    this.#adShowing = isAdShowing(player);
    if (!player) return;
    // The class attribute changes rarely; this is how an ad's start and end are seen.
    this.#adObserver = new MutationObserver(() => this.#onAdState());
    this.#adObserver.observe(player, { attributes: true, attributeFilter: ['class'] });
  }

  #onAdState(): void {
    const showing = isAdShowing(this.#player);
    if (showing === this.#adShowing) return;
    const session = this.#session;
    if (showing) {
      // Before the ad's source replaces the video's, keep what was played; stop the clock.
      this.flush();
      this.#adShowing = true;
      if (session) session.playingSince = null;
    } else {
      this.#adShowing = false;
      if (session && this.#video && !this.#video.paused) session.playingSince = this.#host.now();
    }
  }

  #onVideoEvent(type: string): void {
    // A navigation the page did not announce shows up as a new source.
    if (type === 'loadstart') this.checkUrl();
    const session = this.#session;
    if (!session) return;
    if (type === 'loadstart' || type === 'emptied') {
      const ours = parseYouTubeUrl(this.#host.window.location.href)?.videoId === session.videoId;
      if (type === 'loadstart' && ours && !this.#adShowing && !isAdShowing(this.#player)) {
        session.awaitingSource = false;
        session.src = this.#video?.currentSrc ?? '';
      }
      return;
    }
    if (type === 'playing') {
      if (!this.#adShowing && !session.awaitingSource) session.playingSince ??= this.#host.now();
      this.#startFlushTimer();
      return;
    }
    this.flush();
    if (type === 'pause' || type === 'ended') this.#stopFlushTimer();
  }

  #startFlushTimer(): void {
    if (this.#flushTimer === undefined)
      this.#flushTimer = setInterval(() => this.flush(true), FLUSH_MS);
  }

  #stopFlushTimer(): void {
    clearInterval(this.#flushTimer);
    this.#flushTimer = undefined;
  }

  /** Takes what `played` holds, if it belongs to the session's video. */
  #capture(session: Session, video: HTMLVideoElement): void {
    if (this.#adShowing || isAdShowing(this.#player)) return;
    const src = video.currentSrc;
    if (session.awaitingSource) {
      if (src === session.staleSrc) return;
      session.awaitingSource = false;
    }
    const href = this.#host.window.location.href;
    if (src !== session.src || href !== session.checkedHref) {
      const urlId = parseYouTubeUrl(href)?.videoId;
      if (urlId !== session.videoId) {
        // The page moved on; `played` is still ours only while our source is loaded.
        if (!session.src || src !== session.src) return;
      } else {
        const domId = domVideoId(this.#host.document);
        if (domId && domId !== session.videoId) return;
        session.checkedHref = href;
      }
    }
    const duration = video.duration;
    if (!Number.isFinite(duration) || duration <= 0) return;
    session.src = src;
    session.duration = duration;
    session.intervals = addPlayed(session.intervals, video.played, duration);
  }

  /** Sends what is new. Safe to call at any time, any number of times. */
  flush(periodic = false): void {
    const session = this.#session;
    const video = this.#video;
    if (!session || !video) return;
    // Steady playback between two periodic reports (no ad, the source checked before still
    // loaded): `played` is ours without the careful checks, and the video still plays (a pause
    // or an end stops the timer). This runs cold every period for hours, and cold, each DOM or
    // extension call costs about ten times its warm price.
    const steady =
      periodic &&
      !this.#adShowing &&
      !session.awaitingSource &&
      session.duration > 0 &&
      video.currentSrc === session.src;
    if (steady) session.intervals = addPlayed(session.intervals, video.played, session.duration);
    else this.#capture(session, video);
    const now = this.#host.now();
    if (session.playingSince !== null) {
      session.unsentPlayedMs += Math.max(0, now - session.playingSince);
      const stopped = !steady && (video.paused || video.ended || this.#adShowing);
      session.playingSince = stopped ? null : now;
    }
    if (!session.position && session.playlistId) this.#learnPanel();
    const duration = session.duration;
    if (session.intervals.length === 0 || !(duration > 0)) return;
    const currentTime = Math.min(video.currentTime, duration);
    // Built without spreads or copies: this runs cold every flush (see addPlayed).
    const payload: WatchProgress = {
      videoId: session.videoId,
      duration,
      intervals: session.intervals,
      playedMs: Math.min(session.unsentPlayedMs, 600_000),
      currentTime: Number.isFinite(currentTime) ? currentTime : 0,
    };
    if (session.playlistId) payload.playlistId = session.playlistId;
    if (session.position) payload.position = session.position;
    const playedMs = payload.playedMs;
    if (steady && playedMs > 0) {
      // Time played since the last report makes this one new: no need to compare.
      session.lastSent = '';
    } else {
      const key = JSON.stringify([
        payload.intervals,
        payload.position,
        Math.round(payload.currentTime),
      ]);
      if (key === session.lastSent && playedMs === 0) return;
      session.lastSent = key;
    }
    session.unsentPlayedMs -= playedMs;
    if (periodic) {
      // Posted without a reply: one wakeup per period while playing, not two. The panel's
      // percentage follows at the next event (pause, seek, end) and the background pushes
      // what cannot wait (the video now counts as watched). What the port loses in a worker's
      // crash is this one period, as a browser crash would.
      if (!this.#host.post('yt:progress', payload)) this.#resendLater(session, playedMs);
      return;
    }
    // The next periodic flush comes a full period after this one: at most one write per
    // period while playing, whatever events came in between.
    if (this.#flushTimer !== undefined) {
      this.#stopFlushTimer();
      this.#startFlushTimer();
    }
    void this.#host.send('yt:progress', payload).then((reply) => {
      if (reply && this.#session === session) {
        if (reply.companion) this.#host.panel?.show(reply.companion);
        else this.#host.panel?.hide();
      }
      // Not delivered (worker restarting, extension reloaded): send it all again next time.
      if (reply === undefined) this.#resendLater(session, playedMs);
    });
  }

  /** A report did not arrive: the next flush sends it all again, with its playing time. */
  #resendLater(session: Session, playedMs: number): void {
    session.unsentPlayedMs += playedMs;
    session.lastSent = '';
  }

  /** A panel change the background pushed: shown if it is still about this page's video. */
  push({ videoId, companion }: CompanionPush): void {
    if (this.#session?.videoId !== videoId) return;
    if (companion) this.#host.panel?.show(companion);
    else this.#host.panel?.hide();
  }

  #endSession(flush: boolean): void {
    if (flush) this.flush();
    this.#host.panel?.hide();
    this.#stopFlushTimer();
    this.#session = null;
    this.#adObserver?.disconnect();
    this.#adObserver = null;
    this.#player = null;
  }
}
