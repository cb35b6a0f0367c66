import type { CompanionDb, VideoRecord } from './database';

/** One video with its played parts, joined from the two tables that store it. */
export async function getVideo(db: CompanionDb, videoId: string): Promise<VideoRecord | undefined> {
  const [summary, parts] = await Promise.all([db.videos.get(videoId), db.videoParts.get(videoId)]);
  return summary ? { ...summary, intervals: parts?.intervals ?? [] } : undefined;
}

export async function getVideos(
  db: CompanionDb,
  ids: string[],
): Promise<(VideoRecord | undefined)[]> {
  const [summaries, parts] = await Promise.all([
    db.videos.bulkGet(ids),
    db.videoParts.bulkGet(ids),
  ]);
  return summaries.map((s, i) => (s ? { ...s, intervals: parts[i]?.intervals ?? [] } : undefined));
}

export async function allVideos(db: CompanionDb): Promise<VideoRecord[]> {
  const [summaries, parts] = await Promise.all([db.videos.toArray(), db.videoParts.toArray()]);
  const byId = new Map(parts.map((p) => [p.videoId, p.intervals]));
  return summaries.map((s) => ({ ...s, intervals: byId.get(s.videoId) ?? [] }));
}

/** Writes both parts; call inside a transaction over `videos` and `videoParts`. */
export async function putVideos(db: CompanionDb, records: VideoRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.videos.bulkPut(records.map(({ intervals: _parts, ...summary }) => summary));
  await db.videoParts.bulkPut(records.map((r) => ({ videoId: r.videoId, intervals: r.intervals })));
}
