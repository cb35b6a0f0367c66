import { t } from '../lib/i18n/i18n';
import { linkLabel, titleOf } from '../lib/i18n/roadmap-words';
import { useId, type ReactNode } from 'react';
import type { ChecklistEntry } from '../lib/plan/checklist';
import { checkKey } from '../lib/progress/snapshot';
import { ProgressBar } from './ProgressBar';
import { TickBox } from './TickBox';
import { progressText, unitName } from './format';

interface Props {
  entry: ChecklistEntry;
  url: string;
  onCheck: (key: string, done: boolean) => void;
  /** More about the item (the dashboard's state, skip and video list). */
  children?: ReactNode;
}

export function ChecklistItem({ entry, url, onCheck, children }: Props) {
  const { resource, progress } = entry;
  const titleId = useId();
  const stepsDone = progress.steps.length > 0;
  // Done by watching or visiting, not by hand: shown ticked (a learner must not tick it "to
  // fix it"); the hand overrides are the dashboard's (its videos and pages).
  const counted = progress.complete && !progress.ticked;
  return (
    <li
      className={`item${progress.complete ? ' complete' : ''}${entry.carriedOverFrom !== undefined ? ' carried' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="item-head">
        <TickBox
          label={
            counted
              ? t('doneByTracking', { title: titleOf(resource) })
              : t('markDone', { title: titleOf(resource) })
          }
          hideLabel
          checked={progress.ticked || counted}
          disabled={counted}
          onChange={(done) => onCheck(checkKey(resource.id), done)}
        />
        <div className="item-main">
          <a id={titleId} href={url} target="_blank" rel="noreferrer" className="item-title">
            {titleOf(resource)}
          </a>
          {resource.optional && <span className="tag">{t('optionalTag')}</span>}
          <ItemStatus entry={entry} url={url} />
          {resource.links && (
            <p className="links">
              {resource.links.map((link) => (
                <a key={link.url} href={link.url} target="_blank" rel="noreferrer">
                  {linkLabel(link)}
                </a>
              ))}
            </p>
          )}
          {stepsDone && (
            <details className="steps">
              <summary>
                {t('stepsOf', {
                  units: unitName(progress.unit, 2).replace(/^./, (c) => c.toUpperCase()),
                  title: titleOf(resource),
                })}
              </summary>
              <ul>
                {progress.steps.map((step) => (
                  <li key={step.id}>
                    <TickBox
                      label={`${step.title}${step.optional ? t('stepOptional') : ''}${step.detail ? ` · ${step.detail}` : ''}`}
                      checked={step.done}
                      disabled={step.done && !step.ticked}
                      onChange={(done) => onCheck(checkKey(resource.id, step.id), done)}
                    />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {children}
        </div>
      </div>
    </li>
  );
}

/**
 * The item's state in one row where it fits: the bar with "3/12 · Videos 1–6" beside it, a
 * short link while the size is unknown, nothing at all for a one-off still to do (its box says
 * it). What earlier weeks left keeps its longer words on a line of their own.
 */
function ItemStatus({ entry, url }: { entry: ChecklistEntry; url: string }) {
  const { resource, progress } = entry;
  const carried = entry.carriedOverFrom !== undefined;
  const ownLine = carried || entry.spread === true;
  const handNote =
    progress.ticked && progress.steps.length === 0
      ? t('tickedByHand')
      : progress.complete && !progress.ticked
        ? t('countedByTracking')
        : '';
  const target = (
    <span className="target">
      {!carried && <span className="visually-hidden">{t('thisWeekLabel')}</span>}
      {entry.target}
    </span>
  );
  const targetLine = ownLine && <p className="target">{entry.target}</p>;
  // A one-off task (a single video, the exercises) is its tick: no bar for one thing.
  if (progress.unit === 'task' || progress.unit === 'video') {
    const said = progressText(progress);
    return (
      <>
        {targetLine}
        {said && (
          <p className="progress-text">
            {said}
            {handNote}
          </p>
        )}
      </>
    );
  }
  if (progress.total === null) {
    const soFar = progress.done > 0 || progress.ticked ? progressText(progress) : '';
    return (
      <>
        {targetLine}
        <p className="item-meta-text">
          {entry.weekCount > 1 && !ownLine && <>{target} · </>}
          {soFar && (
            <span className="progress-text">
              {soFar}
              {handNote}
            </span>
          )}
          {!progress.ticked && (
            <>
              {soFar && ' · '}
              <a href={url} target="_blank" rel="noreferrer">
                {t(
                  resource.completion.type === 'videos'
                    ? 'openToCountPlaylist'
                    : 'openToCountCourse',
                )}
              </a>
            </>
          )}
        </p>
      </>
    );
  }
  return (
    <>
      {targetLine}
      <div className="item-meta">
        <ProgressBar
          label={t('itemProgress', { title: titleOf(resource) })}
          value={progress.done}
          max={progress.total}
          unit={unitName(progress.unit, progress.total)}
          {...(entry.dueByWeekEnd !== null && !carried ? { due: entry.dueByWeekEnd } : {})}
        />
        <span className="item-meta-text">
          <span className="item-count" aria-hidden="true">
            {Math.min(progress.done, progress.total)}/{progress.total}
          </span>
          {!ownLine && <> · {target}</>}
          {handNote && <span className="progress-text">{handNote}</span>}
        </span>
      </div>
    </>
  );
}
