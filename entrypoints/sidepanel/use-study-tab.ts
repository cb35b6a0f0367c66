import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface StudyTab {
  id: number;
  url: string;
}

const YOUTUBE = ['*://www.youtube.com/*', '*://m.youtube.com/*'];

/**
 * The YouTube tab the notes are about: the active tab when it is YouTube's, else the YouTube
 * tab of this window used last (the panel opened as a tab of its own still has one).
 */
async function studyTab(): Promise<StudyTab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const youtube = await browser.tabs.query({ url: YOUTUBE, currentWindow: true });
  const pick =
    youtube.find((t) => t.id === active?.id) ??
    youtube.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return pick?.id !== undefined && pick.url ? { id: pick.id, url: pick.url } : null;
}

/** The study tab, followed as the learner switches tabs and YouTube changes videos. */
export function useStudyTab(): StudyTab | null | undefined {
  const [tab, setTab] = useState<StudyTab | null | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void studyTab().then(setTab, () => setTab(null));
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') refresh();
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(refresh);
    };
  }, []);
  return tab;
}
