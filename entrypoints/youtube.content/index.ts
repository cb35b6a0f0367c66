import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { WatchTracker } from '../../lib/youtube/watch-tracker';
import { CompanionPanel } from '../../lib/youtube/companion-panel';
import type { MessageType, ProtocolMap, Reply } from '../../lib/protocol/messages';

export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  // Early enough to see the first client-side navigation; the tracker reads the URL at start too.
  runAt: 'document_end',
  main(ctx) {
    const tracker = new WatchTracker({
      window,
      document,
      panel: new CompanionPanel(document, (url) => window.location.assign(url)),
      now: () => Date.now(),
      async send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) {
        if (ctx.isInvalid) return undefined;
        try {
          return (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
        } catch {
          // Worker restarting or extension reloaded: the tracker resends cumulative state.
          return undefined;
        }
      },
    });
    tracker.start();
    ctx.onInvalidated(() => tracker.dispose());
  },
});
