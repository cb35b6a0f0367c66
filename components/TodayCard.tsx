import type { ReactNode } from 'react';
import { t, tn } from '../lib/i18n/i18n';
import { ProgressBar } from './ProgressBar';
import { TickBox } from './TickBox';
import { titleOf } from '../lib/i18n/roadmap-words';
import { useEffect, useState } from 'react';
import { rowDone, videoTimeText, type TodayPlan, type TodayRow } from '../lib/plan/today';
import type { ItemProgress } from '../lib/progress/item-progress';
import type { ProgressSnapshot } from '../lib/progress/snapshot';
import { pageActions } from './use-live-progress';

interface Props {
  plan: TodayPlan;
  /** Today as `YYYY-MM-DD` (the day the popup opened). */
  day: string;
  goalMinutes: number;
  /** The learner's usual playback speed, once measured. */
  speed: number | null;
  /** Days in a row the goal was met (0: none), once known. */
  streak?: number;
  /** The queue's first row: Continue, with its reason and the pace as the subtitle. */
  lead: ReactNode;
  /** What Continue opens, left out of the rows below it (it is their first). */
  leadUrl?: string;
  leadVideoId?: string;
  /** The rows' ticks follow the live progress (the list itself stays as the popup opened). */
  snapshot: ProgressSnapshot;
  progressOf: (resourceId: string) => ItemProgress | undefined;
  /** Opens a row's video or page (focusing its tab if it is open). */
  onOpen?: (url: string) => void;
  /** A row's tick box: a video marked watched by hand, or a tick. */
  onMark: (mark: NonNullable<TodayRow['mark']>, done: boolean) => void;
}

interface Figures {
  studiedMs: number;
  leftSeconds: number;
  unknown: number;
}

/**
 * Today as one ordered queue: Continue first (with why), then the rest of today's slice of
 * the week, each row a link to its video or lesson with its tick box; then what today's
 * videos take and the minutes studied against the goal.
 */
export function TodayCard(props: Props) {
  const { plan, day, goalMinutes, speed, streak, lead, snapshot, onOpen, onMark } = props;
  const videoIds = plan.parts.flatMap((p) => p.videos.map((v) => v.videoId));
  const key = videoIds.join();
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    let live = true;
    void pageActions()
      .then((a) => a.todayFigures(key ? key.split(',') : [], day))
      .then((f) => live && setFigures(f))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, day]);
  const studied = figures ? Math.round(figures.studiedMs / 60_000) : null;
  const videoTime = figures ? videoTimeText(figures.leftSeconds, figures.unknown, speed) : '';
  const isLead = (row: TodayRow) =>
    row.mark && 'videoId' in row.mark
      ? row.mark.videoId === props.leadVideoId
      : row.url === props.leadUrl;
  const parts = plan.parts
    .map((part) => ({ part, rows: part.rows.filter((row) => !isLead(row)) }))
    .filter(({ rows }) => rows.length > 0);
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('today')}</h2>
      {lead}
      {plan.restDay ? (
        <p className="hint">{t('restDay')}</p>
      ) : plan.parts.length === 0 ? (
        <p className="hint">{t('todayDone')}</p>
      ) : (
        parts.length > 0 && (
          <ul className="today-queue" aria-label={t('todayAlso')}>
            {parts.map(({ part, rows }) => {
              const title = titleOf(part.resource);
              // One row is one line: beside it what it asks (an item asked whole) or its item.
              const single = rows.length === 1;
              const whole = single && rows[0]!.label === title;
              return (
                <li key={part.resource.id}>
                  {!single && (
                    <>
                      <span className="today-item">{title}</span>{' '}
                      <span className="hint">{part.what}</span>
                    </>
                  )}
                  <ul>
                    {rows.map((row) => (
                      <Row
                        key={row.url}
                        row={row}
                        done={rowDone(row, props.progressOf(part.resource.id), snapshot)}
                        {...(onOpen ? { onOpen } : {})}
                        onMark={onMark}
                        {...(single ? { what: whole ? part.what : title } : {})}
                      />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )
      )}
      {videoTime && <p className="hint">{videoTime}</p>}
      {studied !== null && (
        <div className={`today-minutes${studied >= goalMinutes ? ' met' : ''}`}>
          <ProgressBar
            label={t('todayMinutesLabel')}
            value={studied}
            max={Math.max(1, goalMinutes)}
            unit={t('minutesUnit')}
          />
          <p className="hint">
            {studied >= goalMinutes
              ? t('goalMet', { minutes: studied })
              : t('studiedToday', { minutes: studied, goal: goalMinutes })}
            {streak ? tn('todayStreak', streak) : ''}
          </p>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  row: TodayRow;
  done: boolean;
  onOpen?: (url: string) => void;
  onMark: Props['onMark'];
  /** When the row is its item's only line: what it asks, or the item it belongs to. */
  what?: string;
}

/** One row of the queue: its tick box (none before a playlist's videos are known) and its link. */
function Row({ row, done, onOpen, onMark, what }: RowProps) {
  const { mark } = row;
  return (
    <li className={`today-row${done ? ' done' : ''}${mark ? '' : ' open'}`}>
      {mark && (
        <TickBox
          checked={done}
          hideLabel
          label={t(done ? 'todayMarkUndone' : 'todayMarkDone', { title: row.label })}
          onChange={(next) => onMark(mark, next)}
        />
      )}
      <span>
        <a
          href={row.url}
          target="_blank"
          rel="noreferrer"
          onClick={(event) => {
            if (!onOpen) return;
            event.preventDefault();
            onOpen(row.url);
          }}
        >
          {row.label}
        </a>
        {what && <span className="hint"> · {what}</span>}
      </span>
    </li>
  );
}
