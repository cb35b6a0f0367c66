import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { parseMessage } from '../protocol/schema';
import type { ClassifyResponse, CompanionInfo, Message } from '../protocol/messages';
import { readSnapshot } from '../db/snapshot-repo';
import { companionFor } from './companion';
import { classifyVideo } from '../tracking/classify';
import { learnPlaylist, positionsOfVideo } from '../db/playlist-repo';
import { recordWatch } from '../db/watch-repo';
import { getSettings } from '../db/settings-repo';
import { toIsoDay } from '../plan/calendar';
import { playlistUses } from '../plan/roadmap-index';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Sites whose pages run our content scripts: nothing else may write. */
const CONTENT_HOSTS = /^https:\/\/(www\.|m\.)youtube\.com\//;

export interface HandlerDeps {
  db: CompanionDb;
  roadmap: Roadmap;
  extensionId: string;
  now: () => Date;
  log?: (message: string) => void;
}

export function isTrustedSender(sender: SenderInfo, extensionId: string): boolean {
  const url = sender.url ?? sender.tab?.url ?? '';
  return sender.id === extensionId && sender.tab !== undefined && CONTENT_HOSTS.test(url);
}

async function classify(
  deps: HandlerDeps,
  payload: Message<'yt:classify'>['payload'],
): Promise<ClassifyResponse> {
  const placements = await positionsOfVideo(deps.db, payload.videoId);
  return classifyVideo(deps.roadmap, payload, placements);
}

/** The companion panel's content for a tracked video, unless the learner turned it off. */
async function companion(
  deps: HandlerDeps,
  verdict: ClassifyResponse,
  videoId: string,
): Promise<CompanionInfo | undefined> {
  const settings = await getSettings(deps.db);
  if (!verdict.tracked || !settings.companionPanel) return undefined;
  const [snapshot, video] = await Promise.all([readSnapshot(deps.db), deps.db.videos.get(videoId)]);
  const info = companionFor(deps.roadmap, snapshot, {
    videoId,
    ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
    ...(verdict.position ? { position: verdict.position } : {}),
    coverage: video ? video.coveredSeconds / video.duration : 0,
    watched: snapshot.watchedVideos.has(videoId),
  });
  return info ?? undefined;
}

async function dispatch(deps: HandlerDeps, message: Message): Promise<unknown> {
  switch (message.type) {
    case 'yt:classify': {
      const verdict = await classify(deps, message.payload);
      const info = await companion(deps, verdict, message.payload.videoId);
      return info ? { ...verdict, companion: info } : verdict;
    }
    case 'yt:progress': {
      const p = message.payload;
      // The content script's word is not enough: the video must belong to the roadmap.
      const verdict = await classify(deps, {
        videoId: p.videoId,
        ...(p.playlistId ? { playlistId: p.playlistId } : {}),
        ...(p.position ? { index: p.position } : {}),
      });
      if (!verdict.tracked) return { stored: false };
      const now = deps.now();
      const { watchedThreshold } = await getSettings(deps.db);
      await recordWatch(
        deps.db,
        {
          videoId: p.videoId,
          ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
          ...(verdict.position ? { position: verdict.position } : {}),
          duration: p.duration,
          intervals: p.intervals,
          playedMs: p.playedMs,
          currentTime: p.currentTime,
        },
        { now: now.getTime(), day: toIsoDay(now), threshold: watchedThreshold },
      );
      const info = await companion(deps, verdict, p.videoId);
      return info ? { stored: true, companion: info } : { stored: true };
    }
    case 'yt:playlist': {
      if (!playlistUses(deps.roadmap).has(message.payload.playlistId)) return { stored: false };
      await learnPlaylist(deps.db, message.payload, deps.now().getTime());
      return { stored: true };
    }
  }
}

/**
 * Everything that arrives from content scripts goes through here: the sender is checked,
 * the message validated, and only then is anything written. Never throws; a refused
 * message gets `undefined` (no reply) and changes nothing.
 */
export async function handleMessage(
  deps: HandlerDeps,
  raw: unknown,
  sender: SenderInfo,
): Promise<unknown> {
  if (!isTrustedSender(sender, deps.extensionId)) {
    deps.log?.('refused a message from an untrusted sender');
    return undefined;
  }
  const parsed = parseMessage(raw);
  if (!parsed.ok) {
    deps.log?.(`dropped an invalid message: ${parsed.error}`);
    return undefined;
  }
  try {
    return await dispatch(deps, parsed.message);
  } catch (error) {
    deps.log?.(`could not store a message: ${String(error)}`);
    return undefined;
  }
}
