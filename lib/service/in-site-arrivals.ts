/**
 * GitHub navigates inside the site without loading pages (Turbo), so the study-sites script,
 * declared only for the roadmap's repository paths, is not injected when the learner reaches
 * them from elsewhere on GitHub. The background sees the tab's URL change (`tabs.onUpdated`
 * shows it for the hosts the extension may access) and injects the script then.
 */

/** The repository paths the study-sites script is declared for (content script `matches`). */
export const REPOSITORY_MATCH = '*://github.com/codebasics/*';

const REPOSITORY_URL = /^https?:\/\/github\.com\/codebasics\//;

export interface InSiteArrivals {
  /** A tab's URL changed: whether it just arrived on the repository from another page. */
  changed(tabId: number, url: string): boolean;
  closed(tabId: number): void;
}

export function inSiteArrivals(): InSiteArrivals {
  // Per tab, whether its last URL was the repository's; a worker that restarted knows
  // nothing, and injects once too often rather than never (a second copy of the script
  // takes over from the first).
  const onRepository = new Map<number, boolean>();
  return {
    changed(tabId, url) {
      const now = REPOSITORY_URL.test(url);
      const before = onRepository.get(tabId);
      onRepository.set(tabId, now);
      return now && before !== true;
    },
    closed(tabId) {
      onRepository.delete(tabId);
    },
  };
}
