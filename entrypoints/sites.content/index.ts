import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageTracker } from '../../lib/sites/page-tracker';
import { contentChannel } from '../../lib/browser/content-channel';
import { REPOSITORY_MATCH } from '../../lib/service/in-site-arrivals';
import type { ContentContext } from '../../lib/browser/content-context';
import { browser } from 'wxt/browser';
import { PAGE_WHERE } from '../../lib/protocol/messages';

export default defineContentScript({
  matches: [
    '*://*.khanacademy.org/*',
    '*://www.kaggle.com/*',
    '*://mlflow.org/*',
    '*://www.mlflow.org/*',
    REPOSITORY_MATCH,
  ],
  runAt: 'document_end',
  // Typed with the lean context the build puts in place of WXT's (see wxt.config.ts).
  main(ctx: ContentContext) {
    const tracker = new PageTracker({
      window,
      document,
      now: () => Date.now(),
      send: contentChannel(ctx).send,
    });
    tracker.start();
    // The side panel asks which page this is, to show that item's notes: only the extension.
    const where = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => {
      if (sender.id === browser.runtime.id && (message as { type?: unknown })?.type === PAGE_WHERE)
        reply({ url: location.href });
    };
    browser.runtime.onMessage.addListener(where);
    ctx.onInvalidated(() => {
      tracker.dispose();
      browser.runtime.onMessage.removeListener(where);
    });
  },
});
