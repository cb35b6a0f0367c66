/**
 * Focus mode: which YouTube tabs hide the distractions. The page's stylesheet (injected by the
 * manifest) does the hiding under one class on <html>; the background sets or clears that
 * class, so the content script spends nothing on it: no timer, no observer, no bytes.
 */
import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb, FocusMode } from '../db/database';
import { getSettings } from '../db/settings-repo';
import { positionsOfVideo } from '../db/playlist-repo';
import { classifyVideo } from '../tracking/classify';
import { parseYouTubeUrl } from '../tracking/youtube-url';
import { toIsoDay } from '../plan/calendar';

/** The class on <html> under which entrypoints/youtube.content/style.css hides things. */
export const FOCUS_CLASS = 'ml-roadmap-focus';

export function focusWanted(mode: FocusMode, onRoadmapVideo: boolean, goalMet: boolean): boolean {
  return mode !== 'off' && (onRoadmapVideo || (mode === 'all' && !goalMet));
}

/** Whether today's study time reached the learner's daily goal. */
export async function goalMetToday(db: CompanionDb, now: Date): Promise<boolean> {
  const [{ dailyGoalMinutes }, day] = await Promise.all([
    getSettings(db),
    db.daily.get(toIsoDay(now)),
  ]);
  return (day?.studyMs ?? 0) >= dailyGoalMinutes * 60_000;
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
  return classifyVideo(roadmap, request, await positionsOfVideo(db, parsed.videoId)).tracked;
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
  const wanted = async (onRoadmapVideo: boolean) =>
    focusWanted(
      (await getSettings(deps.db)).focusMode,
      onRoadmapVideo,
      await goalMetToday(deps.db, deps.now()),
    );
  /** Focus is off: no tab has the class (turning it off cleared them all), nothing to do. */
  const off = async () => (await getSettings(deps.db)).focusMode === 'off';
  return {
    /** A page asked whether its video is the roadmap's: the answer decides. */
    async classified(tabId: number, tracked: boolean): Promise<void> {
      if (await off()) return;
      await deps.setClass(tabId, await wanted(tracked));
    },
    /**
     * A YouTube tab moved to another address. A watch page waits for its classification (the
     * page asks at once); any other page is decided now.
     */
    async navigated(tabId: number, url: string): Promise<void> {
      const parsed = parseYouTubeUrl(url);
      if (!parsed || parsed.page === 'watch' || (await off())) return;
      await deps.setClass(tabId, await wanted(false));
    },
    /** The setting or the day's goal changed: every YouTube tab again. */
    async refreshAll(): Promise<void> {
      for (const tab of await deps.youtubeTabs()) {
        if (tab.id === undefined || !tab.url) continue;
        const onRoadmap = await isRoadmapVideoUrl(deps.db, deps.roadmap, tab.url);
        await deps.setClass(tab.id, await wanted(onRoadmap));
      }
    },
  };
}
