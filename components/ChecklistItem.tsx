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
  // A one-off task (a single video, the exercises) is its tick: no bar for one thing.
  const oneOff = progress.unit === 'task' || progress.unit === 'video';
  const isPlaylist = resource.completion.type === 'videos';
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
          <p className="target">
            {entry.carriedOverFrom === undefined && (
              <span className="visually-hidden">{t('thisWeekLabel')}</span>
            )}
            {entry.target}
          </p>
          {oneOff ? null : progress.total === null ? (
            <p className="size-unknown">
              {t(isPlaylist ? 'sizeUnknownPlaylist' : 'sizeUnknownCourse')}{' '}
              <a href={url} target="_blank" rel="noreferrer">
                {t('openIt')}
              </a>
            </p>
          ) : (
            <ProgressBar
              label={t('itemProgress', { title: titleOf(resource) })}
              value={progress.done}
              max={progress.total}
              unit={unitName(progress.unit, progress.total)}
              {...(entry.dueByWeekEnd !== null && entry.carriedOverFrom === undefined
                ? { due: entry.dueByWeekEnd }
                : {})}
            />
          )}
          <p className="progress-text">
            {progressText(progress)}
            {progress.ticked && !stepsDone ? t('tickedByHand') : ''}
            {counted ? t('countedByTracking') : ''}
          </p>
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
