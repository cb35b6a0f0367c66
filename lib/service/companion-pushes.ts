import { panelKey, type CompanionInfo, type CompanionPush } from '../protocol/messages';

/**
 * For one page's port: which companion panel content the page was last given for each video,
 * so that a report the page posted without a reply (a confirmation the background asked for)
 * leads to a push only when the panel must change (a video just counted as watched, a new
 * Next, the panel turned off). The percentage is left out: it follows with the reply to the
 * page's next event report (pause, seek, end); a push per confirmation would wake the page
 * twice each time.
 */
export function companionPushes() {
  const shown = new Map<string, string>();
  return {
    /**
     * Call after each handled message with what it answered; `answered` when the reply goes
     * back to the page (it then shows it). Returns the push to post, if any.
     */
    after(message: unknown, reply: unknown, answered: boolean): CompanionPush | null {
      const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
      if (!['yt:classify', 'yt:progress', 'yt:focus', 'yt:mark'].includes(type as string))
        return null;
      const videoId = (payload as { videoId?: unknown } | null)?.videoId;
      if (typeof videoId !== 'string') return null;
      const info = (reply as { companion?: CompanionInfo } | null)?.companion;
      const key = panelKey(info);
      if (shown.get(videoId) === key) return null;
      shown.set(videoId, key);
      return answered ? null : { videoId, companion: info ?? null };
    },
  };
}
