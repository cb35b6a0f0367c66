import { parseIsoDay, spellDay } from '../lib/plan/calendar';
import type { HeatmapDay } from '../lib/habits/streaks';

function label(cell: HeatmapDay): string {
  const date = parseIsoDay(cell.day);
  const name = date ? spellDay(date, 'long', true) : cell.day;
  return `${name}: ${cell.minutes} minute${cell.minutes === 1 ? '' : 's'}`;
}

const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

/** The month a week column starts, shown above the column where a month begins. */
function monthLabels(days: HeatmapDay[]): string[] {
  const labels: string[] = [];
  let previous = -1;
  for (let i = 0; i < days.length; i += 7) {
    const date = parseIsoDay(days[i]!.day);
    const month = date ? date.getMonth() : previous;
    labels.push(
      month !== previous && date ? date.toLocaleDateString('en', { month: 'short' }) : '',
    );
    previous = month;
  }
  return labels;
}

/**
 * Study minutes per day, one column per week (Monday on top). Each day is a list item whose
 * label a screen reader reads and a pointer shows on hover; months, weekdays and the legend
 * are for the eye (the labels say it all to a screen reader).
 */
export function Heatmap({ days, goalMinutes }: { days: HeatmapDay[]; goalMinutes: number }) {
  return (
    <figure className="heatmap-figure">
      <figcaption id="heatmap-caption">
        Study minutes per day over the last 26 weeks (darkest: the daily goal of {goalMinutes}{' '}
        minutes reached)
      </figcaption>
      <div className="heatmap-grid">
        <div className="heatmap-months" aria-hidden="true">
          {monthLabels(days).map((month, i) => (
            <span key={i}>{month}</span>
          ))}
        </div>
        <div className="heatmap-weekdays" aria-hidden="true">
          {WEEKDAYS.map((day, i) => (
            <span key={i}>{day}</span>
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
        None
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={`cell level-${level}`} />
        ))}
        Goal reached
      </p>
    </figure>
  );
}
