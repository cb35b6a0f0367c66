import { t, tn, type PluralKey } from '../lib/i18n/i18n';
import { spellDay } from '../lib/plan/calendar';
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

const WORD: Record<NumberWord, PluralKey> = {
  tutorial: 'wordTutorial',
  part: 'wordPart',
  project: 'wordProject',
};
/** The numbering's word, singular (`1`) or plural (`2`). */
const word = (w: NumberWord, count: 1 | 2) => tn(WORD[w], count);

const span = (from: number, to: number | null) =>
  to === null ? t('spanToEnd', { from }) : from === to ? `${from}` : t('spanTo', { from, to });

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
  const positions = t('positionsOfPlaylist', {
    span: span(variant.range.from, variant.range.to),
  });

  let how: string;
  if (view.by === 'number' && numbering) {
    how = t('countedByNumbers', {
      words: word(numbering.word, 2),
      span: span(numbering.from, numbering.to),
    });
  } else if (chosePositions) {
    how = t('countedByChoice', { positions });
  } else if (numbering) {
    how = t('countedByPositionNoNumbers', { positions, word: word(numbering.word, 1) });
  } else {
    how = t('countedByPosition', { positions });
  }

  // The position column only where the playlist's places differ from the numbers counted.
  const positionsDiffer = view.videos.some(
    ({ position, unit, number }) => position !== (number ?? unit),
  );
  return (
    <div className="video-list">
      <p className="hint">{how}</p>
      {numbering && (view.by === 'number' || chosePositions) && (
        <p>
          <button type="button" onClick={() => onCheck(choiceKey, !chosePositions)}>
            {chosePositions
              ? t('countByNumbers', { word: word(numbering.word, 1) })
              : t('countByPosition', { positions })}
          </button>
        </p>
      )}
      {view.videos.length === 0 ? (
        <p className="hint">{t('openPlaylistOnce')}</p>
      ) : (
        <table className="videos">
          <caption className="visually-hidden">{t('videosCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(view.by === 'number' && numbering ? 'colNumber' : 'colVideo')}</th>
              {positionsDiffer && <th scope="col">{t('colPosition')}</th>}
              <th scope="col">{t('colTitle')}</th>
              <th scope="col">{t('colWatched')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('colChange')}</span>
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
              const name = snapshot.videoTitles.get(videoId) ?? t('videoNumber', { n: position });
              return (
                <tr key={`${videoId}-${position}`}>
                  <td>{number ?? unit}</td>
                  {positionsDiffer && <td>{position}</td>}
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
                    {watched ? t('watched') : `${coverage}%`}
                    {video?.watchedAt
                      ? ` · ${spellDay(new Date(video.watchedAt), 'short', true)}`
                      : ''}
                    {video?.manual !== undefined ? t('setByHand') : ''}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void setManualWatched(db, videoId, !watched, Date.now())}
                    >
                      {watched ? t('markUnwatched') : t('markWatched')}
                      <span className="visually-hidden">{t('videoNamed', { name })}</span>
                    </button>
                    {video?.manual !== undefined && (
                      <button
                        type="button"
                        onClick={() => void setManualWatched(db, videoId, undefined, Date.now())}
                      >
                        {t('undoFor')}
                        <span className="visually-hidden">{t('videoNamed', { name })}</span>
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
    ? tn(WORD[numbering.word], units.length)
    : tn('wordPosition', units.length);
  const first = numbering ? numbering.from : from;
  const list =
    units.length > 10
      ? t('countVideos', {
          count: units.length,
          what: numbering ? tn(WORD[numbering.word], units.length) : tn('unitVideo', units.length),
        })
      : t('listOf', { what, list: units.map((u) => first + u - 1).join(', ') });
  return t('notSeenYet', { list });
}
