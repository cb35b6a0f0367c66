import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { ActiveClock } from '../../lib/tracking/active-time';
import type { PageRequest } from '../../lib/protocol/messages';

/** How often the time spent reviewing is handed over while the learner works. */
const REPORT_MS = 30_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll'];

/**
 * Time on the page while it is visible and in use counts as study time: reported to the
 * background, whose one ledger counts each moment once (a video playing beside it, another
 * study page). Nothing is counted where the background cannot be reached.
 */
export function useStudyTime(): void {
  useEffect(() => {
    const clock = new ActiveClock(Date.now(), document.visibilityState === 'visible');
    const report = () => {
      const activeMs = clock.take(Date.now());
      if (activeMs < 1000) return;
      const request: PageRequest = { type: 'ui:study', activeMs };
      void browser.runtime.sendMessage(request).catch(() => undefined);
    };
    const onInput = () => clock.activity(Date.now());
    const onVisibility = () => {
      clock.setVisible(document.visibilityState === 'visible', Date.now());
      if (document.hidden) report();
    };
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', report);
    const timer = setInterval(report, REPORT_MS);
    return () => {
      report();
      clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', report);
    };
  }, []);
}
