import { locale, t, tn, type MessageKey } from '../lib/i18n/i18n';
import { parseIsoDay, spellDay, spellIsoDay, type IsoDay } from '../lib/plan/calendar';
import type { HeatmapDay } from '../lib/habits/streaks';

function label(cell: HeatmapDay): string {
  const date = parseIsoDay(cell.day);
  const name = date ? spellDay(date, 'long', true) : cell.day;
  return tn('heatCell', cell.minutes, { day: name });
}

const WEEKDAYS: (MessageKey | '')[] = ['heatMon', '', 'heatWed', '', 'heatFri', '', ''];

/**
 * The month a week column starts, shown above the column where a month begins, unless the
 * previous label is too close to leave it room (the first column of a short map).
 */
function monthLabels(days: HeatmapDay[]): string[] {
  const labels: string[] = [];
  let previous = -1;
  let lastLabelled = -3;
  for (let i = 0; i < days.length; i += 7) {
    const date = parseIsoDay(days[i]!.day);
    const month = date ? date.getMonth() : previous;
    const column = i / 7;
    const starts = month !== previous && date !== null;
    // The first column's month gives way to the next one when the two would touch.
    if (starts && column - lastLabelled < 3 && lastLabelled === 0) labels[0] = '';
    if (starts && (column - lastLabelled >= 3 || lastLabelled === 0)) {
      labels.push(date.toLocaleDateString(locale(), { month: 'short' }));
      lastLabelled = column;
    } else labels.push('');
    previous = month;
  }
  return labels;
}

/**
 * Study minutes per day, one column per week (Monday on top). Each day is a list item whose
 * label a screen reader reads and a pointer shows on hover; months, weekdays and the legend
 * are for the eye (the labels say it all to a screen reader).
 */
export function Heatmap({
  days,
  goalMinutes,
  since,
}: {
  days: HeatmapDay[];
  goalMinutes: number;
  /** The plan's first day, when the map starts with it. */
  since?: IsoDay;
}) {
  const weeks = Math.ceil(days.length / 7);
  const total = days.reduce((sum, cell) => sum + (cell.future ? 0 : cell.minutes), 0);
  return (
    <figure className="heatmap-figure">
      <figcaption id="heatmap-caption">
        {since
          ? t('heatSince', { day: spellIsoDay(since), goal: goalMinutes })
          : tn('heatLast', weeks, { goal: goalMinutes })}
      </figcaption>
      <p className="heatmap-total">
        {t('heatTotal', {
          minutes: tn('minuteTotal', total),
          weeks: tn('weekTotal', weeks),
        })}
      </p>
      <div className="heatmap-grid">
        <div className="heatmap-months" aria-hidden="true">
          {monthLabels(days).map((month, i) => (
            <span key={i}>{month}</span>
          ))}
        </div>
        <div className="heatmap-weekdays" aria-hidden="true">
          {WEEKDAYS.map((day, i) => (
            <span key={i}>{day && t(day)}</span>
          ))}
        </div>
        <ol className="heatmap" aria-labelledby="heatmap-caption">
          {days.map((cell) => (
            <li
              key={cell.day}
              className={`cell level-${cell.level}${cell.future ? ' future' : ''}`}
              title={cell.future ? undefined : label(cell)}
              aria-label={cell.future ? undefined : label(cell)}
              aria-hidden={cell.future ? true : undefined}
            />
          ))}
        </ol>
      </div>
      <p className="heatmap-legend" aria-hidden="true">
        {t('heatNone')}
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={`cell level-${level}`} />
        ))}
        {t('heatGoal')}
      </p>
    </figure>
  );
}
