/**
 * Focus mode: which YouTube tabs hide the distractions. The page's stylesheet (injected by the
 * manifest) does the hiding under one class on <html>; the background sets or clears that
 * class, so the content script spends nothing on it: no timer, no observer, no bytes.
 */
import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb, FocusMode } from '../db/database';
import { getSettings } from '../db/settings-repo';
import { classifyStored } from './classify-stored';
import { parseYouTubeUrl } from '../tracking/youtube-url';
import { toIsoDay } from '../plan/calendar';

/** The class on <html> under which entrypoints/youtube.content/style.css hides things. */
export const FOCUS_CLASS = 'ml-roadmap-focus';

export function focusWanted(mode: FocusMode, onRoadmapVideo: boolean, goalMet: boolean): boolean {
  return mode !== 'off' && (onRoadmapVideo || (mode === 'all' && !goalMet));
}

/** Whether today's study time reached the learner's daily goal (minutes). */
export async function goalMetToday(
  db: CompanionDb,
  now: Date,
  goalMinutes: number,
): Promise<boolean> {
  const day = await db.daily.get(toIsoDay(now));
  return (day?.studyMs ?? 0) >= goalMinutes * 60_000;
}

/** Whether a URL is the watch page of one of the roadmap's videos. */
export async function isRoadmapVideoUrl(
  db: CompanionDb,
  roadmap: Roadmap,
  url: string,
): Promise<boolean> {
  const parsed = parseYouTubeUrl(url);
  if (parsed?.page !== 'watch' || !parsed.videoId) return false;
  const request = {
    videoId: parsed.videoId,
    ...(parsed.playlistId ? { playlistId: parsed.playlistId } : {}),
  };
  return (await classifyStored(db, roadmap, request)).tracked;
}

export interface FocusDeps {
  db: CompanionDb;
  roadmap: Roadmap;
  now(): Date;
  /** Sets or clears the class in a tab (a tab that is gone or not ours is ignored). */
  setClass(tabId: number, on: boolean): Promise<void>;
  /** The open YouTube tabs. */
  youtubeTabs(): Promise<{ id?: number; url?: string }[]>;
}

export function focusTabs(deps: FocusDeps) {
  /** The setting and whether today's goal is met, read once per decision. */
  const state = async () => {
    const { focusMode, dailyGoalMinutes } = await getSettings(deps.db);
    // Focus is off: no tab has the class (turning it off cleared them all), nothing to ask.
    const goalMet =
      focusMode === 'all' && (await goalMetToday(deps.db, deps.now(), dailyGoalMinutes));
    return { focusMode, goalMet };
  };
  return {
    /** A page asked whether its video is the roadmap's: the answer decides. */
    async classified(tabId: number, tracked: boolean): Promise<void> {
      const { focusMode, goalMet } = await state();
      if (focusMode === 'off') return;
      await deps.setClass(tabId, focusWanted(focusMode, tracked, goalMet));
    },
    /**
     * A YouTube tab moved to another address. A watch page waits for its classification (the
     * page asks at once); any other page is decided now.
     */
    async navigated(tabId: number, url: string): Promise<void> {
      const parsed = parseYouTubeUrl(url);
      if (!parsed || parsed.page === 'watch') return;
      const { focusMode, goalMet } = await state();
      if (focusMode === 'off') return;
      await deps.setClass(tabId, focusWanted(focusMode, false, goalMet));
    },
    /** The setting or the day's goal changed: every YouTube tab again. */
    async refreshAll(): Promise<void> {
      const { focusMode, goalMet } = await state();
      for (const tab of await deps.youtubeTabs()) {
        if (tab.id === undefined || !tab.url) continue;
        const onRoadmap = await isRoadmapVideoUrl(deps.db, deps.roadmap, tab.url);
        await deps.setClass(tab.id, focusWanted(focusMode, onRoadmap, goalMet));
      }
    },
  };
}
