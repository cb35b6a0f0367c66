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
  return (
    <li
      className={`item${progress.complete ? ' complete' : ''}${entry.carriedOverFrom !== undefined ? ' carried' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="item-head">
        <TickBox
          label={`Mark “${resource.title}” done`}
          hideLabel
          checked={progress.ticked}
          onChange={(done) => onCheck(checkKey(resource.id), done)}
        />
        <div className="item-main">
          <a id={titleId} href={url} target="_blank" rel="noreferrer" className="item-title">
            {resource.title}
          </a>
          {resource.optional && <span className="tag">optional</span>}
          <p className="target">
            {entry.carriedOverFrom === undefined && (
              <span className="visually-hidden">This week: </span>
            )}
            {entry.target}
          </p>
          {oneOff ? null : progress.total === null ? (
            <p className="size-unknown">
              Size unknown until you open the {isPlaylist ? 'playlist' : 'course'} once.{' '}
              <a href={url} target="_blank" rel="noreferrer">
                Open it
              </a>
            </p>
          ) : (
            <ProgressBar
              label={`${resource.title} progress`}
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
            {progress.ticked && !stepsDone ? ' (ticked by hand)' : ''}
          </p>
          {resource.links && (
            <p className="links">
              {resource.links.map((link) => (
                <a key={link.url} href={link.url} target="_blank" rel="noreferrer">
                  {link.label}
                </a>
              ))}
            </p>
          )}
          {stepsDone && (
            <details className="steps">
              <summary>
                {unitName(progress.unit, 2).replace(/^./, (c) => c.toUpperCase())} of “
                {resource.title}”
              </summary>
              <ul>
                {progress.steps.map((step) => (
                  <li key={step.id}>
                    <TickBox
                      label={`${step.title}${step.optional ? ' (optional)' : ''}${step.detail ? ` · ${step.detail}` : ''}`}
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
