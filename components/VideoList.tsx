import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../lib/db/database';
import { isVideoWatched } from '../lib/db/progress-index';
import { setManualWatched } from '../lib/db/watch-repo';
import type { PlaylistVariant } from '../data/roadmap-types';

interface Props {
  variant: PlaylistVariant;
  threshold: number;
}

/** Every learned video of an item's range, with its coverage; the learner can override. */
export function VideoList({ variant, threshold }: Props) {
  const db = getDb();
  const rows = useLiveQuery(async () => {
    const placed = await db.playlistVideos.where('playlistId').equals(variant.playlistId).toArray();
    const last = variant.range.to ?? Number.POSITIVE_INFINITY;
    const inRange = placed
      .filter((p) => p.position >= variant.range.from && p.position <= last)
      .sort((a, b) => a.position - b.position);
    const videos = await db.videos.bulkGet(inRange.map((p) => p.videoId));
    return inRange.map((p, i) => ({ ...p, video: videos[i] }));
  }, [variant.playlistId, variant.range.from, variant.range.to]);
  if (!rows) return <p>Loading…</p>;
  if (rows.length === 0) {
    return (
      <p className="hint">
        Open the playlist on YouTube once: its videos are learned from the page.
      </p>
    );
  }
  return (
    <table className="videos">
      <caption className="visually-hidden">Videos</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Video</th>
          <th scope="col">Watched</th>
          <th scope="col">
            <span className="visually-hidden">Change</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ videoId, position, title, video }) => {
          const watched = video ? isVideoWatched(video, threshold) : false;
          const coverage =
            video && video.duration > 0
              ? Math.round((video.coveredSeconds / video.duration) * 100)
              : 0;
          const name = title ?? `Video ${position}`;
          return (
            <tr key={videoId}>
              <td>{position}</td>
              <td>
                <a
                  href={`https://www.youtube.com/watch?v=${videoId}&list=${variant.playlistId}&index=${position}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {name}
                </a>
              </td>
              <td>
                {watched ? 'Watched' : `${coverage}%`}
                {video?.watchedAt ? ` · ${new Date(video.watchedAt).toLocaleDateString()}` : ''}
                {video?.manual !== undefined ? ' (set by hand)' : ''}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => void setManualWatched(db, videoId, !watched, Date.now())}
                >
                  {watched ? `Mark “${name}” unwatched` : `Mark “${name}” watched`}
                </button>
                {video?.manual !== undefined && (
                  <button
                    type="button"
                    onClick={() => void setManualWatched(db, videoId, undefined, Date.now())}
                  >
                    Undo for “{name}”
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
