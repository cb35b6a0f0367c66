import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageTracker } from '../../lib/sites/page-tracker';
import { contentChannel } from '../../lib/browser/content-channel';
import { REPOSITORY_MATCH } from '../../lib/service/in-site-arrivals';
import type { ContentContext } from '../../lib/browser/content-context';

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
    ctx.onInvalidated(() => tracker.dispose());
  },
});
