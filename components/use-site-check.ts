import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSiteCheck, SITE_CHECK_KEY } from '../lib/browser/site-check-store';
import type { Reader, SiteCheck } from '../lib/sites/site-check';
import type { MessageKey } from '../lib/i18n/i18n';

/** The site check as stored, kept current; read after the page's first paint. */
export function useSiteCheck(): SiteCheck {
  const [state, setState] = useState<SiteCheck>({});
  useEffect(() => {
    const read = () => void loadSiteCheck().then(setState, () => undefined);
    read();
    const changed = (changes: Record<string, unknown>) => {
      if (SITE_CHECK_KEY in changes) read();
    };
    browser.storage.local.onChanged.addListener(changed);
    return () => browser.storage.local.onChanged.removeListener(changed);
  }, []);
  return state;
}

/** Each reader's words: its name in the settings, and what the popup says when it fails. */
export const READER_WORDS: Record<Reader, { name: MessageKey; broken: MessageKey }> = {
  'youtube-video': { name: 'siteReaderYoutubeVideo', broken: 'siteBrokenYoutubeVideo' },
  'youtube-panel': { name: 'siteReaderYoutubePanel', broken: 'siteBrokenYoutubePanel' },
  'youtube-playlist': { name: 'siteReaderYoutubePlaylist', broken: 'siteBrokenYoutubePlaylist' },
  'khan-unit': { name: 'siteReaderKhanUnit', broken: 'siteBrokenKhanUnit' },
  mlflow: { name: 'siteReaderMlflow', broken: 'siteBrokenMlflow' },
  kaggle: { name: 'siteReaderKaggle', broken: 'siteBrokenKaggle' },
};
