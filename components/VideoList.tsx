import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../lib/db/database';
import { isVideoWatched } from '../lib/db/progress-index';
import { setManualWatched } from '../lib/db/watch-repo';
import { COUNT_BY_POSITION, rangeView } from '../lib/progress/range-units';
import { checkKey, type ProgressSnapshot } from '../lib/progress/snapshot';
import type { NumberWord, PlaylistVariant } from '../data/roadmap-types';

interface Props {
  itemId: string;
  variant: PlaylistVariant;
  snapshot: ProgressSnapshot;
  threshold: number;
  onCheck: (key: string, done: boolean) => void;
}

const WORD: Record<NumberWord, [one: string, many: string]> = {
  tutorial: ['tutorial', 'tutorials'],
  part: ['part', 'parts'],
  project: ['project part', 'project parts'],
};

const span = (from: number, to: number | null) =>
  to === null ? `${from} to the end` : from === to ? `${from}` : `${from} to ${to}`;

/**
 * The videos an item's range holds, as counted now (by the author's numbers in the titles or
 * by position), with their coverage: a wrong guess shows here, and the learner can count by
 * position instead, or mark a video by hand.
 */
export function VideoList({ itemId, variant, snapshot, threshold, onCheck }: Props) {
  const db = getDb();
  const view = rangeView(itemId, variant, snapshot);
  const ids = view.videos.map((v) => v.videoId);
  const rows = useLiveQuery(() => db.videos.bulkGet(ids), [ids.join()]);
  const numbering = variant.range.numbered;
  const choiceKey = checkKey(itemId, COUNT_BY_POSITION);
  const chosePositions = snapshot.checks.get(choiceKey) === true;
  const missing =
    view.size === null
      ? []
      : Array.from({ length: view.size }, (_, i) => i + 1).filter((u) => !view.byUnit.has(u));
  const positions = `videos ${span(variant.range.from, variant.range.to)} of the playlist`;

  let how: string;
  if (view.by === 'number' && numbering) {
    how = `Counted by the numbers in the titles: ${WORD[numbering.word][1]} ${span(numbering.from, numbering.to)}, wherever they sit in the playlist.`;
  } else if (chosePositions) {
    how = `Counted by position, as you chose: ${positions}.`;
  } else if (numbering) {
    how = `Counted by position: ${positions}. The titles seen so far carry no ${WORD[numbering.word][0]} numbers.`;
  } else {
    how = `Counted by position: ${positions}.`;
  }

  return (
    <div className="video-list">
      <p className="hint">{how}</p>
      {numbering && (view.by === 'number' || chosePositions) && (
        <p>
          <button type="button" onClick={() => onCheck(choiceKey, !chosePositions)}>
            {chosePositions
              ? `Count by the ${WORD[numbering.word][0]} numbers in the titles`
              : `Count by position instead (${positions})`}
          </button>
        </p>
      )}
      {view.videos.length === 0 ? (
        <p className="hint">
          Open the playlist on YouTube once: its videos are learned from the page.
        </p>
      ) : (
        <table className="videos">
          <caption className="visually-hidden">Videos</caption>
          <thead>
            <tr>
              <th scope="col">{view.by === 'number' && numbering ? 'Number' : 'Video'}</th>
              <th scope="col">Position</th>
              <th scope="col">Title</th>
              <th scope="col">Watched</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.videos.map(({ videoId, position, unit, number }, i) => {
              const video = rows?.[i];
              const watched = video ? isVideoWatched(video, threshold) : false;
              const coverage =
                video && video.duration > 0
                  ? Math.round((video.coveredSeconds / video.duration) * 100)
                  : 0;
              const name = snapshot.videoTitles.get(videoId) ?? `Video ${position}`;
              return (
                <tr key={`${videoId}-${position}`}>
                  <td>{number ?? unit}</td>
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
      )}
      {missing.length > 0 && view.videos.length > 0 && (
        <p className="hint">
          {missingText(missing, view.by === 'number' ? numbering : undefined, variant.range.from)}
        </p>
      )}
    </div>
  );
}

/** Which of the range's videos the extension has not seen yet, in a few words. */
function missingText(
  units: number[],
  numbering: PlaylistVariant['range']['numbered'],
  from: number,
): string {
  const what = numbering
    ? WORD[numbering.word][units.length > 1 ? 1 : 0]
    : units.length > 1
      ? 'positions'
      : 'position';
  const first = numbering ? numbering.from : from;
  const list =
    units.length > 10
      ? `${units.length} ${numbering ? WORD[numbering.word][1] : 'videos'}`
      : `${what} ${units.map((u) => first + u - 1).join(', ')}`;
  return `Not seen in the playlist yet: ${list}. Open the playlist on YouTube to learn them.`;
}
