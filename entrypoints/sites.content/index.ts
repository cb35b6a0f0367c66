import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageTracker } from '../../lib/sites/page-tracker';
import type { MessageType, ProtocolMap, Reply } from '../../lib/protocol/messages';

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
      async send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) {
        if (ctx.isInvalid) return undefined;
        try {
          return (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
        } catch {
          return undefined;
        }
      },
    });
    tracker.start();
    ctx.onInvalidated(() => tracker.dispose());
  },
});
