/**
 * Follows the learner on Khan Academy, Kaggle, MLflow's docs and the exercises repository:
 * each page opened (these sites navigate client-side) and the time actively spent on it.
 */
import type { Send } from '../protocol/messages';
import { ActiveClock } from '../tracking/active-time';
import { listedLessons, mayBeStudyPage } from './site-paths';

export interface PageHost {
  window: Window;
  document: Document;
  send: Send;
  now(): number;
}

/** How often active time is reported while the learner works on a page. */
export const REPORT_MS = 30_000;
const URL_POLL_MS = 1_000;
const LIST_DELAYS = [1500, 5000];
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'];

export class PageTracker {
  private href = '';
  private clock: ActiveClock;
  private listedSent = 0;
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly host: PageHost) {
    this.clock = new ActiveClock(host.now(), host.document.visibilityState === 'visible');
  }

  start(): void {
    const { window: win, document: doc } = this.host;
    const check = () => this.checkUrl();
    this.listen(win, 'popstate', check);
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    if (nav) this.listen(nav, 'currententrychange', check);
    for (const type of INPUT_EVENTS) {
      this.listen(win, type, () => this.clock.activity(this.host.now()), {
        passive: true,
        capture: true,
      });
    }
    this.listen(doc, 'visibilitychange', () => {
      this.clock.setVisible(doc.visibilityState === 'visible', this.host.now());
      if (doc.hidden) this.report();
    });
    this.listen(win, 'pagehide', () => this.report());
    // Pushed URLs without the Navigation API (older Firefox) show up on this slow poll,
    // which does nothing while the tab is hidden.
    const poll = setInterval(() => !doc.hidden && check(), URL_POLL_MS);
    const report = setInterval(() => this.report(), REPORT_MS);
    this.cleanups.push(
      () => clearInterval(poll),
      () => clearInterval(report),
    );
    check();
  }

  dispose(): void {
    this.cleanups.splice(0).forEach((fn) => fn());
    this.timers.splice(0).forEach((t) => clearTimeout(t));
  }

  private listen(
    target: EventTarget,
    type: string,
    fn: () => void,
    options?: AddEventListenerOptions,
  ): void {
    const handler = () => {
      try {
        fn();
      } catch {
        // Never let our errors reach the page.
      }
    };
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  checkUrl(): void {
    const href = this.host.window.location.href.split('#')[0]!;
    if (href === this.href) return;
    this.report();
    this.href = href;
    this.listedSent = 0;
    this.timers.splice(0).forEach((t) => clearTimeout(t));
    if (!mayBeStudyPage(href)) return;
    this.clock.activity(this.host.now());
    this.visit(href);
    LIST_DELAYS.forEach((delay, i) =>
      this.timers.push(
        setTimeout(() => this.visit(href, true, i === LIST_DELAYS.length - 1), delay),
      ),
    );
  }

  /**
   * Reports the page, and (on Khan) the lessons it lists once the page has rendered them.
   * `settled`: the page had its time to render; on Khan what it lists then is said even if
   * nothing (the site check learns from it whether a unit page still lists its lessons).
   */
  private visit(href: string, onlyIfMoreListed = false, settled = false): void {
    if (href !== this.href) return;
    const listed = listedLessons(this.host.document);
    const khan = /(^|\.)khanacademy\.org$/.test(new URL(href).hostname);
    if (onlyIfMoreListed && listed.length <= this.listedSent && !(settled && khan)) return;
    this.listedSent = listed.length;
    void this.host.send('page:visit', {
      url: href,
      ...(listed.length ? { listed } : {}),
      ...(settled && khan ? { settled: true } : {}),
    });
  }

  /** Sends the active time of the current page, if any. */
  report(): void {
    const activeMs = Math.round(this.clock.take(this.host.now()));
    if (!this.href || !mayBeStudyPage(this.href) || activeMs <= 0) return;
    void this.host.send('page:time', { url: this.href, activeMs: Math.min(activeMs, 600_000) });
  }
}
