import { defineContentScript } from 'wxt/utils/define-content-script';
import { WatchTracker } from '../../lib/youtube/watch-tracker';
import { CompanionPanel } from '../../lib/youtube/companion-panel';
import { contentChannel } from '../../lib/browser/content-channel';
import type { ContentContext } from '../../lib/browser/content-context';
import './style.css';

export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  // Early enough to see the first client-side navigation; the tracker reads the URL at start too.
  runAt: 'document_end',
  // Typed with the lean context the build puts in place of WXT's (see wxt.config.ts).
  main(ctx: ContentContext) {
    const channel = contentChannel(ctx);
    const panel = new CompanionPanel(document, {
      open: (url) => window.location.assign(url),
      moment: () => tracker.moment(),
      note: async (note) => (await channel.send('yt:note', note))?.stored,
      // The background pushes the panel's new state.
      focus: (on) => channel.post('yt:focus', { on, videoId: tracker.moment()?.videoId }),
      // The panel and the playlist's rows follow at once.
      mark: async (watched) => {
        const videoId = tracker.moment()?.videoId;
        const reply = videoId && (await channel.send('yt:mark', { videoId, watched }));
        if (reply && reply.companion) panel.show(reply.companion);
        tracker.refreshMarks();
      },
    });
    const tracker = new WatchTracker({
      window,
      document,
      panel,
      send: channel.send,
      post: channel.post,
    });
    channel.onPush((push) => tracker.push(push));
    channel.onConfirm(() => tracker.confirm());
    channel.onDisconnect(() => tracker.resync());
    tracker.start();
    ctx.onInvalidated(() => tracker.dispose());
  },
});
