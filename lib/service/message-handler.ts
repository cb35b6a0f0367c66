import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { parseMessage } from '../protocol/schema';
import type {
  ClassifyResponse,
  CompanionInfo,
  Message,
  PageVisit,
  RowMarks,
} from '../protocol/messages';
import { fitsPageLimits, type ReaderCheck } from '../protocol/messages';
import type { Reader } from '../sites/site-check';
import { parseYouTubeUrl } from '../tracking/youtube-url';
import { readSnapshot } from '../db/snapshot-repo';
import { addActiveTime, recordListed, recordVisit, type PageKey } from '../db/pages-repo';
import { matchUrl, type UrlMatch } from '../tracking/url-match';
import { findItem } from '../plan/roadmap-index';
import { weekStatus, weekToShow } from '../plan/calendar';
import { nextStep } from '../plan/next-step';
import { rowMarks } from './row-marks';
import { companionFor } from './companion';
import { learnPlaylist } from '../db/playlist-repo';
import { classifyStored } from './classify-stored';
import { markVideo, recordWatch, type WatchReport } from '../db/watch-repo';
import { shareByDay, type StudyLedger, type StudyShare } from '../tracking/study-time';
import type { PlaybackFollow } from '../tracking/playback-follow';
import { getSettings, updateSettings, type Settings } from '../db/settings-repo';
import { addNote } from '../notes/notes-repo';
import { playlistUses } from '../plan/roadmap-index';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Sites whose pages run our content scripts, per message family: nothing else may write. */
const YOUTUBE = /^https:\/\/(www\.|m\.)youtube\.com\//;
const STUDY_SITES =
  /^https:\/\/(([a-z-]+\.)?khanacademy\.org|(www\.)?kaggle\.com|(www\.)?mlflow\.org|github\.com)\//;

export interface HandlerDeps {
  db: CompanionDb;
  roadmap: Roadmap;
  extensionId: string;
  now: () => Date;
  log?: (message: string) => void;
  /** The wall time already credited as study time, shared by every page (one per worker). */
  ledger: StudyLedger;
  /** Watching a report confirmed: this long (ms), at this rate (the learner's usual speed). */
  onWatched?: (ms: number, rate: number) => void;
  /** A new note's id (random: the same note keeps it in every backup and browser). */
  newId?: () => string;
  /**
   * A page reader's outcome on a roadmap page (the site check, lib/sites/site-check.ts):
   * `page` is the roadmap video, playlist or unit it read, kept only to tell pages apart.
   */
  siteCheck?: (
    reader: Reader,
    ok: boolean,
    page: string,
    found?: Record<string, number>,
  ) => Promise<void>;
}

export function senderUrl(sender: SenderInfo): string {
  return sender.url ?? sender.tab?.url ?? '';
}

export function isTrustedSender(sender: SenderInfo, extensionId: string): boolean {
  const url = senderUrl(sender);
  return (
    sender.id === extensionId &&
    sender.tab !== undefined &&
    (YOUTUBE.test(url) || STUDY_SITES.test(url))
  );
}

/** YouTube messages only from YouTube pages; page messages only about the sender's own site. */
function fitsSender(message: Message, sender: SenderInfo): boolean {
  const from = senderUrl(sender);
  if (message.type.startsWith('yt:')) return YOUTUBE.test(from);
  const claimed = (message.payload as { url: string }).url;
  return STUDY_SITES.test(from) && new URL(claimed).host === new URL(from).host;
}

async function classify(
  deps: HandlerDeps,
  payload: Message<'yt:classify'>['payload'],
): Promise<ClassifyResponse> {
  return classifyStored(deps.db, deps.roadmap, payload);
}

/** The companion panel's content for a tracked video, unless the learner turned it off. */
async function companion(
  deps: HandlerDeps,
  verdict: ClassifyResponse,
  videoId: string,
  settings?: Settings,
): Promise<CompanionInfo | undefined> {
  settings ??= await getSettings(deps.db);
  if (!verdict.tracked || !settings.companionPanel) return undefined;
  const [snapshot, video] = await Promise.all([readSnapshot(deps.db), deps.db.videos.get(videoId)]);
  const status = settings.startDate
    ? weekStatus(settings.startDate, deps.now(), deps.roadmap.totalWeeks)
    : null;
  const info = companionFor(
    deps.roadmap,
    snapshot,
    {
      videoId,
      ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
      ...(verdict.position ? { position: verdict.position } : {}),
      coverage: video && video.duration > 0 ? video.coveredSeconds / video.duration : 0,
      watched: snapshot.watchedVideos.has(videoId),
      focus: settings.focusMode !== 'off',
      byHand: video?.manual !== undefined,
    },
    status?.state === 'active'
      ? status.week
      : status?.state === 'finished'
        ? deps.roadmap.totalWeeks + 1
        : undefined,
    // The plan's next step, handed over once this video's item is complete.
    () =>
      status ? nextStep(deps.roadmap, weekToShow(status, deps.roadmap.totalWeeks), snapshot) : null,
  );
  return info ?? undefined;
}

/** The marks on a roadmap playlist's rows, from what is stored now. */
async function marksFor(deps: HandlerDeps, playlistId: string): Promise<RowMarks> {
  const [snapshot, settings] = await Promise.all([readSnapshot(deps.db), getSettings(deps.db)]);
  const ids = [...(snapshot.playlistPositions.get(playlistId)?.values() ?? [])];
  const coverage = new Map<string, number>();
  for (const video of await deps.db.videos.bulkGet(ids))
    if (video && video.duration > 0)
      coverage.set(video.videoId, video.coveredSeconds / video.duration);
  const status = settings.startDate
    ? weekStatus(settings.startDate, deps.now(), deps.roadmap.totalWeeks)
    : null;
  const week = status?.state === 'active' ? status.week : null;
  return rowMarks(deps.roadmap, snapshot, playlistId, coverage, week);
}

/** What a study-site URL is for the roadmap, as stored: null for pages outside it. */
function pageKey(deps: HandlerDeps, url: string): PageKey | null {
  return pageKeyOf(matchUrl(url, deps.roadmap));
}

/** A study page's identity from its match; what cannot be restored is not stored. */
function pageKeyOf(m: UrlMatch | null): PageKey | null {
  const page = studyPage(m);
  // A 600-character path is no roadmap page.
  return page && fitsPageLimits(page) ? page : null;
}

function studyPage(m: UrlMatch | null): PageKey | null {
  if (!m || m.site === 'youtube') return null;
  if (m.site === 'khan') {
    return m.lesson
      ? { resourceId: m.resourceId, key: m.key, category: 'lesson', group: m.group }
      : null;
  }
  if (m.site === 'kaggle') return { resourceId: m.resourceId, key: m.key, category: m.category };
  return {
    resourceId: m.resourceId,
    key: m.key,
    category: m.site === 'mlflow' ? 'page' : 'exercise',
  };
}

/**
 * The study sites' part of the site check: a roadmap Khan unit page that had its time to
 * render lists its lessons; an MLflow or Kaggle address of the roadmap is read.
 */
async function checkStudyReader(
  deps: HandlerDeps,
  visit: PageVisit,
  m: UrlMatch | null,
  lessons: number,
) {
  if (!deps.siteCheck) return;
  if (m?.site === 'khan' && !m.lesson && visit.settled)
    await deps.siteCheck('khan-unit', lessons > 0, `${m.resourceId}/${m.key}`, {
      'lesson links': visit.listed?.length ?? 0,
      'roadmap lessons': lessons,
    });
  else if (m?.site === 'mlflow' || m?.site === 'kaggle')
    await deps.siteCheck(m.site, true, `${m.resourceId}/${m.key}`);
}

/** Kaggle pages count only while the learner is in the weeks of the EDA item. */
async function inItemWeeks(deps: HandlerDeps, resourceId: string): Promise<boolean> {
  const item = findItem(deps.roadmap, resourceId);
  if (item?.resource.completion.type !== 'kaggle') return true;
  const { startDate } = await getSettings(deps.db);
  if (!startDate) return false;
  const status = weekStatus(startDate, deps.now(), deps.roadmap.totalWeeks);
  return (
    status.state === 'active' && status.week >= item.weeks.from && status.week <= item.weeks.to
  );
}

async function recordPageVisit(deps: HandlerDeps, visit: PageVisit): Promise<{ stored: boolean }> {
  const listed = (visit.listed ?? [])
    .map((url) => pageKey(deps, url))
    .filter((p): p is PageKey => p !== null && p.category === 'lesson');
  if (listed.length > 0) await recordListed(deps.db, listed);
  const match = matchUrl(visit.url, deps.roadmap);
  await checkStudyReader(deps, visit, match, listed.length);
  const page = pageKeyOf(match);
  if (!page || !(await inItemWeeks(deps, page.resourceId))) return { stored: listed.length > 0 };
  await recordVisit(deps.db, page, deps.now().getTime());
  return { stored: true };
}

/**
 * Stores a page's report about a video already known to be the roadmap's, with the study time
 * it confirmed, and returns the reply: the companion panel's content with the new progress.
 */
async function storeWatch(
  deps: HandlerDeps,
  report: WatchReport,
  verdict: ClassifyResponse,
  now: Date,
  study: StudyShare[],
): Promise<{ stored: true; companion?: CompanionInfo }> {
  const settings = await getSettings(deps.db);
  await recordWatch(deps.db, report, {
    now: now.getTime(),
    threshold: settings.watchedThreshold,
    study,
  });
  const info = await companion(deps, verdict, report.videoId, settings);
  return info ? { stored: true, companion: info } : { stored: true };
}

async function dispatch(
  deps: HandlerDeps,
  message: Message,
  playback?: PlaybackFollow,
): Promise<unknown> {
  switch (message.type) {
    case 'yt:classify': {
      const verdict = await classify(deps, message.payload);
      const info = await companion(deps, verdict, message.payload.videoId);
      return info ? { ...verdict, companion: info } : verdict;
    }
    case 'yt:progress': {
      const p = message.payload;
      const now = deps.now();
      // The content script's word is not enough: the video must belong to the roadmap.
      const verdict = await classify(deps, {
        videoId: p.videoId,
        ...(p.playlistId ? { playlistId: p.playlistId } : {}),
      });
      if (!verdict.tracked) {
        playback?.stop();
        return { stored: false };
      }
      // Study time only for what this report confirms, and only once across pages.
      const span = playback?.confirm(p, now.getTime()) ?? null;
      const study = span ? shareByDay(deps.ledger.claim(span)) : [];
      if (span?.rate) deps.onWatched?.(span.to - span.from, span.rate);
      const report = {
        videoId: p.videoId,
        duration: p.duration,
        intervals: p.intervals,
        currentTime: p.currentTime,
      };
      return storeWatch(deps, report, verdict, now, study);
    }
    case 'page:visit':
      return recordPageVisit(deps, message.payload);
    case 'page:time': {
      const page = pageKey(deps, message.payload.url);
      if (!page) return { stored: false };
      // The active time just reported lay before now: through the one ledger, so a moment
      // already counted (a video playing beside the lesson, another lesson) counts once.
      const now = deps.now().getTime();
      const ms = message.payload.activeMs;
      const visited = await deps.db.pages.get([page.resourceId, page.key]);
      if (!visited?.visited) return { stored: false };
      const study = shareByDay(deps.ledger.claim({ from: now - ms, to: now }));
      return { stored: await addActiveTime(deps.db, page, ms, study) };
    }
    case 'yt:note': {
      const result = await addNote(deps.db, deps.roadmap, message.payload, {
        now: deps.now().getTime(),
        id: (deps.newId ?? (() => crypto.randomUUID()))(),
      });
      if (!result.ok) deps.log?.(`note not kept: ${result.error}`);
      return { stored: result.ok };
    }
    case 'yt:focus': {
      const { on, videoId } = message.payload;
      const { focusMode } = await getSettings(deps.db);
      // Off turns every kind off; on keeps "all of YouTube" if that was chosen.
      const mode = on ? (focusMode === 'off' ? 'roadmap' : focusMode) : 'off';
      const settings =
        mode === focusMode
          ? await getSettings(deps.db)
          : await updateSettings(deps.db, { focusMode: mode }, deps.now().getTime());
      if (!videoId) return { stored: true };
      const verdict = await classify(deps, { videoId });
      const info = await companion(deps, verdict, videoId, settings);
      return info ? { stored: true, companion: info } : { stored: true };
    }
    case 'yt:mark': {
      // A hand mark as the dashboard makes it, only for a video the roadmap tracks.
      const { videoId, watched } = message.payload;
      const verdict = await classify(deps, { videoId });
      if (!verdict.tracked) return { stored: false };
      await markVideo(deps.db, videoId, watched, deps.now().getTime());
      const info = await companion(deps, verdict, videoId);
      return info ? { stored: true, companion: info } : { stored: true };
    }
    case 'yt:playlist': {
      const { playlistId } = message.payload;
      if (!playlistUses(deps.roadmap).has(playlistId)) return { stored: false };
      await learnPlaylist(deps.db, message.payload, deps.now().getTime());
      return { stored: true, marks: await marksFor(deps, playlistId) };
    }
  }
}

/**
 * A YouTube reader's outcome, kept only for a roadmap page: a watch page of a roadmap video
 * (the video), of a roadmap playlist (the panel), the /playlist page of a roadmap playlist.
 */
async function checkYouTubeReader(
  deps: HandlerDeps,
  check: ReaderCheck,
  from: string,
): Promise<{ stored: boolean }> {
  const parsed = parseYouTubeUrl(from);
  if (!parsed || !deps.siteCheck) return { stored: false };
  const roadmapList = parsed.playlistId && playlistUses(deps.roadmap).has(parsed.playlistId);
  let page: string | undefined;
  if (check.reader === 'playlist' && parsed.page === 'playlist' && roadmapList)
    page = parsed.playlistId;
  else if (check.reader === 'panel' && parsed.page === 'watch' && roadmapList)
    page = `${parsed.playlistId}/${parsed.videoId}`;
  else if (check.reader === 'video' && parsed.page === 'watch' && parsed.videoId) {
    const verdict = await classify(deps, {
      videoId: parsed.videoId,
      ...(parsed.playlistId ? { playlistId: parsed.playlistId } : {}),
    });
    if (verdict.tracked) page = parsed.videoId;
  }
  if (!page) return { stored: false };
  await deps.siteCheck(`youtube-${check.reader}`, check.ok, page, check.found);
  return { stored: true };
}

/**
 * Everything that arrives from content scripts goes through here: the sender is checked,
 * the message validated, and only then is anything written. Never throws; a refused
 * message gets `undefined` (no reply) and changes nothing. `playback` is the sending page's
 * (one per port): its progress reports start and stop the background's following.
 */
/** Whether a message says it is a progress report (read safely: it may be hostile). */
function claimsProgress(raw: unknown): boolean {
  try {
    return (raw as { type?: unknown } | null)?.type === 'yt:progress';
  } catch {
    return true;
  }
}

export async function handleMessage(
  deps: HandlerDeps,
  raw: unknown,
  sender: SenderInfo,
  playback?: PlaybackFollow,
): Promise<unknown> {
  // A page whose progress report is refused is no longer followed: nothing it says is
  // confirmed. (Its other messages, a playlist snapshot say, leave the following alone.)
  const refuse = (why: string) => {
    if (claimsProgress(raw)) playback?.stop();
    deps.log?.(why);
    return undefined;
  };
  if (!isTrustedSender(sender, deps.extensionId))
    return refuse('refused a message from an untrusted sender');
  const parsed = parseMessage(raw);
  if (!parsed.ok) return refuse(`dropped an invalid message: ${parsed.error}`);
  if (!fitsSender(parsed.message, sender))
    return refuse(`refused ${parsed.message.type} from another site`);
  try {
    if (parsed.message.type === 'yt:check')
      return await checkYouTubeReader(deps, parsed.message.payload, senderUrl(sender));
    return await dispatch(deps, parsed.message, playback);
  } catch (error) {
    return refuse(`could not store a message: ${String(error)}`);
  }
}
