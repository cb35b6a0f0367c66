import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageTracker } from '../../lib/sites/page-tracker';
import { contentSender } from '../../lib/browser/content-sender';

export default defineContentScript({
  matches: [
    '*://*.khanacademy.org/*',
    '*://www.kaggle.com/*',
    '*://mlflow.org/*',
    '*://www.mlflow.org/*',
    '*://github.com/codebasics/*',
  ],
  runAt: 'document_end',
  main(ctx) {
    const tracker = new PageTracker({
      window,
      document,
      now: () => Date.now(),
      send: contentSender(ctx),
    });
    tracker.start();
    ctx.onInvalidated(() => tracker.dispose());
  },
});
