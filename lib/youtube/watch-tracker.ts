/**
 * Follows what the learner watches on YouTube and reports the parts actually played.
 *
 * No per-tick work and no timer while a video plays: `video.played` already holds the played
 * parts in media time (a seek adds nothing, 2× counts what played), so it is read on rare
 * events only (play, pause, end, seek, stall, error, rate change, a new source, navigation,
 * page hide, an ad starting) and when the background asks for a confirmation (about once a
 * minute while playing, see lib/tracking/playback-follow.ts). A report made while the playhead
 * advances carries its rate. A report holds every played part the background has not yet
 * accepted, so a lost report loses none of them; one that could not be delivered is sent
 * again, and more parts than one report may carry go over several.
 */
import type {
  CompanionInfo,
  CompanionPush,
  PlaylistSnapshot,
  Post,
  RowMarks,
  Send,
  WatchProgress,
} from '../protocol/messages';
import { LIMITS } from '../protocol/messages';
import {
  addPlayed,
  normalizeIntervals,
  subtractIntervals,
  type Interval,
} from '../tracking/intervals';
import { parseYouTubeUrl } from '../tracking/youtube-url';
import {
  domVideoId,
  findMainVideo,
  findPlayer,
  isAdShowing,
  markPanel,
  markPlaylistPage,
  readPanel,
  readPlaylistPage,
  census,
} from './page-dom';

export interface TrackerHost {
  window: Window;
  document: Document;
  send: Send;
  /** Posts without a reply (the background's confirmations); absent: `send` is used. */
  post?: Post;
  /** The companion panel beside a tracked video (optional: tests may leave it out). */
  panel?: { show(info: CompanionInfo): void; hide(): void };
}

/** What the site check counts when a reader fails (`;`-separated selectors). */
const VIDEO_CENSUS = 'video;#movie_player;#player-container-id;ytd-player';
const PANEL_CENSUS =
  'ytd-playlist-panel-renderer;ytm-playlist-panel-renderer;ytd-playlist-panel-video-renderer;ytm-playlist-panel-video-renderer;#items>*;ytd-miniplayer';
const PLAYLIST_CENSUS =
  'ytd-browse[page-subtype=playlist];yt-lockup-view-model;ytd-playlist-video-renderer;ytm-playlist-video-renderer;a[href*="index="]';

/** Retries for a player or playlist panel that renders after the URL changed. */
const LATE_DOM_DELAYS = [300, 1000, 2500, 5000, 10000];
/** When a report could not be delivered (the worker was starting): tries again, so often. */
const RESEND_DELAYS = [1000, 3000, 10000];

interface Session {
  videoId: string;
  playlistId?: string;
  position?: number;
  /** Played parts captured so far (they survive the element loading another source). */
  intervals: Interval[];
  /** Of those, what the background said it stored: later reports leave it out. */
  accepted: Interval[];
  /** The previous video's source while the element still holds it (its `played` is not ours). */
  staleSrc: string;
  src: string;
  /** The duration of `src`, once read (0 before). */
  duration: number;
  /** The playhead, as last read from our source (an ad's playhead is not ours). */
  currentTime: number;
  lastSent: string;
  /** The last report said the playhead advances: the background follows it until told. */
  followed: boolean;
  /** Undelivered reports in a row: the next resend waits `RESEND_DELAYS[failures - 1]`. */
  failures: number;
  sentPanel: string;
  /** The URL at which `src` was last found to be this video's: checks repeat on a change only. */
  checkedHref: string;
  /** The source loaded when an ad ended, and what it had played then: the ad's, never ours. */
  adSrc?: string;
  adPlayed?: Interval[];
  /** The page left the watch page while the video kept playing (the miniplayer). */
  away?: boolean;
}

// Every change of whether and how fast the playhead advances: the background follows it.
// The HTML specification does not promise a `pause` after a media error or an abort, so those
// report too.
const VIDEO_EVENTS = [
  'playing',
  'pause',
  'ended',
  'seeking',
  'seeked',
  'waiting',
  'stalled',
  'ratechange',
  'loadstart',
  'emptied',
  'abort',
  'error',
] as const;

export class WatchTracker {
  #href = '';
  #session: Session | null = null;
  #video: HTMLVideoElement | null = null;
  #player: Element | null = null;
  #adObserver: MutationObserver | null = null;
  #listObserver: MutationObserver | null = null;
  #resendTimer: ReturnType<typeof setTimeout> | undefined;
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
    // A page going away, into the back/forward cache or frozen stops playing without a
    // `pause`: the background must stop following it, and take it up again if it comes back.
    this.#listen(win, 'pagehide', () => this.flush('leaving'));
    this.#listen(doc, 'freeze', () => this.flush('leaving'));
    this.#listen(win, 'pageshow', (e) => (e as PageTransitionEvent).persisted && this.resync());
    this.#listen(doc, 'resume', () => this.resync());
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
    const session = this.#session;
    if (session && session.videoId === videoId) {
      // Same video, other URL (a `t=` or `index=` change, or the miniplayer expanded again):
      // keep tracking, and show the panel again if it was put away.
      if (session.away) {
        session.away = false;
        this.resync();
      }
      return;
    }
    // Another page while the video plays on (the miniplayer): the same video continuing.
    const continuing = !videoId && !!session && this.#playsOurs(session);
    if (continuing) {
      session.away = true;
      this.#host.panel?.hide();
    } else {
      this.#srcAtNavigation = this.#video?.currentSrc ?? '';
      this.#endSession(true);
    }
    this.#listObserver?.disconnect();
    this.#listObserver = null;
    this.#clearLateTimers();
    const navigation = ++this.#navigation;
    if (parsed?.page === 'watch' && videoId)
      void this.#beginWatch(navigation, videoId, parsed.playlistId, parsed.index);
    else if (parsed?.page === 'playlist' && parsed.playlistId)
      this.#watchPlaylistPage(navigation, parsed.playlistId);
    if (!continuing) this.#bindVideo(findMainVideo(this.#host.document));
  }

  /** The bound element plays the session's own source right now. */
  #playsOurs(session: Session): boolean {
    const video = this.#video;
    return (
      !!video?.isConnected && !video.paused && !!session.src && video.currentSrc === session.src
    );
  }

  async #beginWatch(
    navigation: number,
    videoId: string,
    listId?: string,
    index?: number,
  ): Promise<void> {
    const doc = this.#host.document;
    // The playlist panel first: only it says which video sits at which position (a link's
    // `index=` may be crafted or stale), and the classification reads what it placed.
    const panelSent = listId ? this.#sendPanel(listId, '') : '';
    const verdict = await this.#host.send('yt:classify', {
      videoId,
      ...(listId ? { playlistId: listId } : {}),
      ...(index ? { index } : {}),
    });
    if (navigation !== this.#navigation || !verdict?.tracked) return;
    if (verdict.companion) this.#host.panel?.show(verdict.companion);
    const video = this.#video ?? findMainVideo(doc);
    const stale = video?.currentSrc === this.#srcAtNavigation ? this.#srcAtNavigation : '';
    this.#session = {
      videoId,
      ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
      ...(verdict.position ? { position: verdict.position } : {}),
      intervals: [],
      accepted: [],
      staleSrc: stale,
      // The source that holds this video: `played` belongs to us only while it is loaded.
      src: stale || !video || isAdShowing(findPlayer(doc, video)) ? '' : video.currentSrc,
      duration: 0,
      currentTime: 0,
      lastSent: '',
      followed: false,
      failures: 0,
      sentPanel: panelSent,
      checkedHref: '',
    };
    this.#bindVideo(video);
    this.#learnPanel();
    // Already playing (an autoplay that began before the check came back): say so now.
    if (this.#video && !this.#video.paused) this.flush();
    let tries = 0;
    this.#later(() => {
      if (navigation !== this.#navigation) return;
      if (!this.#video || !this.#video.isConnected) this.#bindVideo(findMainVideo(doc));
      // The panel renders late: read it until it has been read once for this video.
      if (!this.#session?.sentPanel) this.#learnPanel();
      // After the last try, the site check: did the readers find what a roadmap page has?
      if (++tries < LATE_DOM_DELAYS.length) return;
      this.#check('video', !!this.#video?.isConnected, VIDEO_CENSUS);
      const panel = this.#session?.sentPanel;
      if (listId && verdict.playlistId)
        this.#check('panel', !!panel?.includes(`"videoId":"${videoId}"`), PANEL_CENSUS);
    });
  }

  /** Tells the background a reader's outcome (what it found, when it failed). */
  #check(reader: 'video' | 'panel' | 'playlist', ok: boolean, list: string): void {
    const doc = this.#host.document;
    this.#host.post?.('yt:check', { reader, ok, ...(ok ? {} : { found: census(doc, list) }) });
  }

  #watchPlaylistPage(navigation: number, listId: string): void {
    let sent = '';
    const read = async () => {
      if (navigation !== this.#navigation) return;
      const doc = this.#host.document;
      const snapshot = readPlaylistPage(doc, listId);
      const key = snapshot ? JSON.stringify(snapshot) : '';
      // Rows YouTube rendered again lost their marks: put back those last given.
      if (this.#marks?.list === listId) markPlaylistPage(doc, listId, this.#marks.marks);
      if (!snapshot || key === sent) return;
      sent = key;
      const reply = await this.#host.send('yt:playlist', snapshot);
      if (navigation === this.#navigation) this.#takeMarks(listId, reply?.marks, markPlaylistPage);
      // Not a roadmap playlist: stop looking at this page.
      if (reply && !reply.stored) this.#listObserver?.disconnect();
    };
    let tries = 0;
    this.#later(() => {
      void read();
      if (++tries === LATE_DOM_DELAYS.length && navigation === this.#navigation)
        this.#check('playlist', sent !== '', PLAYLIST_CENSUS);
    });
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

  /** The marks the background last gave for a playlist's rows (see page-dom's markRows). */
  #marks: { list: string; marks: RowMarks } | null = null;

  #takeMarks(
    list: string,
    marks: RowMarks | undefined,
    put: (doc: Document, list: string, marks: RowMarks) => void,
  ): void {
    if (!marks) return;
    this.#marks = { list, marks };
    put(this.#host.document, list, marks);
  }

  /**
   * Sends the playlist panel's snapshot if it changed since `sent` (its reply marks the rows),
   * else puts the last marks back on rows YouTube rendered again; returns what was sent.
   */
  #sendPanel(listId: string, sent: string): string {
    const doc = this.#host.document;
    const snapshot: PlaylistSnapshot | null = readPanel(doc, listId);
    if (!snapshot) return sent;
    const key = JSON.stringify(snapshot);
    if (key !== sent)
      void this.#host
        .send('yt:playlist', snapshot)
        .then((reply) => this.#takeMarks(listId, reply?.marks, markPanel));
    else if (this.#marks?.list === listId) markPanel(doc, listId, this.#marks.marks);
    return key;
  }

  /** Asks for the rows' marks again (after a hand mark in the panel): one snapshot sent. */
  refreshMarks(): void {
    const session = this.#session;
    if (!session?.playlistId) return;
    session.sentPanel = '';
    this.#learnPanel();
  }

  #learnPanel(): void {
    const session = this.#session;
    if (!session?.playlistId) return;
    const sent = session.sentPanel;
    session.sentPanel = this.#sendPanel(session.playlistId, sent);
    // The panel rendered after the classification: ask again where the video sits.
    if (session.sentPanel !== sent && !session.position) void this.#reclassify(session);
  }

  async #reclassify(session: Session): Promise<void> {
    const verdict = await this.#host.send('yt:classify', {
      videoId: session.videoId,
      ...(session.playlistId ? { playlistId: session.playlistId } : {}),
    });
    if (this.#session !== session || !verdict?.tracked) return;
    if (verdict.position) session.position = verdict.position;
    if (verdict.companion) this.#host.panel?.show(verdict.companion);
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
    // Before the ad's source replaces the video's, keep what was played (the report also
    // stops the background's following); once it is gone, say where the video plays again.
    if (showing) this.flush('ad');
    this.#adShowing = showing;
    const session = this.#session;
    const video = this.#video;
    if (showing || !session || !video) return;
    // An ad stitched into the stream plays in the video's own source: what that source played
    // until now includes the ad, so none of it counts later (what came before was taken as
    // the ad began). A source loaded after the ad has an empty `played`: nothing is left out.
    session.adSrc = video.currentSrc;
    session.adPlayed = addPlayed([], video.played, Infinity);
    // The element may still hold the ad's source: then its `loadstart` and `playing` will tell.
    if (video.currentSrc === session.src) this.flush();
  }

  #onVideoEvent(type: string): void {
    // A navigation the page did not announce shows up as a new source.
    if (type === 'loadstart') this.checkUrl();
    const session = this.#session;
    if (!session) return;
    // Away from the watch page, another source is another video (the URL cannot say which).
    if (session.away && type === 'loadstart' && this.#video?.currentSrc !== session.src)
      return this.#endSession(true);
    if (type === 'loadstart') {
      const ours = parseYouTubeUrl(this.#host.window.location.href)?.videoId === session.videoId;
      if (ours && !this.#adShowing && !isAdShowing(this.#player)) {
        session.staleSrc = '';
        session.src = this.#video?.currentSrc ?? '';
      }
    }
    this.flush();
  }

  /**
   * Takes what `played` holds, if it belongs to the session's video; says whether it does.
   * `adStarting`: the ad class just appeared; `played` is still ours while our source is.
   */
  #capture(session: Session, video: HTMLVideoElement, adStarting = false): boolean {
    const src = video.currentSrc;
    if (adStarting ? !session.src || src !== session.src : this.#adShowing) return false;
    if (!adStarting && isAdShowing(this.#player)) return false;
    if (session.staleSrc) {
      if (src === session.staleSrc) return false;
      session.staleSrc = '';
    }
    const href = this.#host.window.location.href;
    if (src !== session.src || href !== session.checkedHref) {
      const urlId = parseYouTubeUrl(href)?.videoId;
      if (urlId !== session.videoId) {
        // The page moved on; `played` is still ours only while our source is loaded.
        if (!session.src || src !== session.src) return false;
      } else {
        const domId = domVideoId(this.#host.document);
        if (domId && domId !== session.videoId) return false;
        session.checkedHref = href;
      }
    }
    const duration = video.duration;
    if (!Number.isFinite(duration) || duration <= 0) return false;
    let played = addPlayed([], video.played, duration);
    if (adStarting || src === session.adSrc) {
      // A stitched ad lengthens the stream it plays in: a duration that changed around an ad
      // is not the video's, and nothing is taken under it. An ad's own source adds nothing.
      if (src === session.adSrc) played = subtractIntervals(played, session.adPlayed ?? []);
      if (session.duration > 0 ? Math.abs(duration - session.duration) > 1 : !played.length)
        return false;
    }
    session.src = src;
    session.duration = duration;
    session.intervals = normalizeIntervals([...session.intervals, ...played], duration);
    return true;
  }

  /**
   * Sends what is new. Safe to call at any time, any number of times. `stopping`: the page or
   * the session ends here, or an ad starts, so whatever still plays is no longer followed.
   */
  flush(stopping?: 'leaving' | 'ad', confirming = false): void {
    const session = this.#session;
    const video = this.#video;
    if (!session || !video) return;
    const ours = this.#capture(session, video, stopping === 'ad');
    if (!session.position && session.playlistId) this.#learnPanel();
    const duration = session.duration;
    // `readyState` below HAVE_FUTURE_DATA: stalled (`waiting` said so; `playing` follows).
    const advancing =
      ours &&
      !stopping &&
      !video.paused &&
      !video.ended &&
      !video.seeking &&
      !video.error &&
      !(video.readyState < 3) &&
      video.playbackRate > 0;
    if (!(duration > 0)) return;
    if (session.intervals.length === 0 && !advancing && !session.followed) return;
    if (ours) {
      const currentTime = Math.min(video.currentTime, duration);
      if (Number.isFinite(currentTime)) session.currentTime = currentTime;
    }
    // Only what the background has not stored yet, and no more than a report may carry.
    const unsent = subtractIntervals(session.intervals, session.accepted);
    const intervals =
      unsent.length > LIMITS.maxIntervals ? unsent.slice(0, LIMITS.maxIntervals) : unsent;
    const payload: WatchProgress = {
      videoId: session.videoId,
      duration,
      intervals,
      currentTime: session.currentTime,
    };
    if (session.playlistId) payload.playlistId = session.playlistId;
    if (session.position) payload.position = session.position;
    if (advancing) payload.playbackRate = video.playbackRate;
    const key = JSON.stringify([
      session.intervals,
      payload.position,
      Math.round(payload.currentTime),
      payload.playbackRate,
    ]);
    if (key === session.lastSent) return;
    session.lastSent = key;
    session.followed = advancing;
    // A confirmation the background asked for: posted without a reply (one wakeup of this
    // tab, not two, and no panel redraw); what it carries is sent again with the next report.
    if (confirming && this.#host.post && intervals.length === unsent.length) {
      if (!this.#host.post('yt:progress', payload)) this.#resendLater(session);
      return;
    }
    void this.#host.send('yt:progress', payload).then((reply) => {
      if (reply === undefined) {
        // Not delivered (the worker was restarting): send it all again soon, in case no
        // event comes for a while.
        this.#resendLater(session);
        return;
      }
      session.failures = 0;
      if (reply.stored) session.accepted = normalizeIntervals([...session.accepted, ...intervals]);
      if (this.#session !== session) return;
      this.#showPanel(reply.companion);
      // The rest of a history too long for one report follows at once.
      if (reply.stored && intervals.length < unsent.length) {
        session.lastSent = '';
        this.flush();
      }
    });
  }

  #resendLater(session: Session): void {
    session.lastSent = '';
    const delay = RESEND_DELAYS[session.failures++];
    if (delay === undefined || this.#resendTimer !== undefined) return;
    this.#resendTimer = setTimeout(() => {
      this.#resendTimer = undefined;
      if (this.#session === session) this.flush();
    }, delay);
  }

  /**
   * The background lost what it followed for this page (its worker stopped, the page was
   * frozen): if the video plays, say so again, or nothing would be followed until the next
   * event.
   */
  resync(): void {
    const session = this.#session;
    if (!session || !this.#video || this.#video.paused) return;
    session.lastSent = '';
    this.flush();
  }

  /**
   * The background asks for a report (the playhead was not confirmed for a while): whatever
   * the video does, say it now, or the background stops counting it.
   */
  confirm(): void {
    const session = this.#session;
    if (!session) return;
    session.lastSent = '';
    this.flush(undefined, true);
  }

  /**
   * The tracked video on show and its playhead, what a note is attached to: the session's
   * video (checked against the page when it began), never an ad's or the previous video's.
   */
  moment(): { videoId: string; seconds: number; playlistId?: string | undefined } | null {
    const session = this.#session;
    const video = this.#video;
    if (!session || !video || session.away || this.#adShowing) return null;
    if (video.currentSrc === session.staleSrc) return null;
    return {
      videoId: session.videoId,
      seconds: Math.floor(video.currentTime),
      playlistId: session.playlistId,
    };
  }

  /** A panel change the background pushed: shown if it is still about this page's video. */
  push({ videoId, companion }: CompanionPush): void {
    if (this.#session?.videoId === videoId) this.#showPanel(companion);
  }

  /** The panel the background gave (a reply or a push); none hides it, and so does another page. */
  #showPanel(companion: CompanionInfo | null | undefined): void {
    if (companion && !this.#session?.away) this.#host.panel?.show(companion);
    else this.#host.panel?.hide();
    // The video now counts as watched (or no longer does): its row's ✓ follows, with one
    // snapshot sent on that rare change, never per report.
    const videoId = this.#session?.videoId;
    const marked = videoId && this.#marks?.marks.rows[videoId]?.includes('w');
    const asked = `${videoId} ${companion?.watched}`;
    if (companion && videoId && this.#marks && !!marked !== companion.watched) {
      // Once per video and state: a row outside the panel's window never gets its mark.
      if (this.#refreshedFor !== asked) this.refreshMarks();
      this.#refreshedFor = asked;
    }
  }

  #refreshedFor = '';

  #endSession(flush: boolean): void {
    if (flush) this.flush('leaving');
    this.#host.panel?.hide();
    clearTimeout(this.#resendTimer);
    this.#resendTimer = undefined;
    this.#session = null;
    this.#adObserver?.disconnect();
    this.#adObserver = null;
    this.#player = null;
  }
}
