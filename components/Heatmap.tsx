import { parseIsoDay, spellDay } from '../lib/plan/calendar';
import type { HeatmapDay } from '../lib/habits/streaks';

function label(cell: HeatmapDay): string {
  const date = parseIsoDay(cell.day);
  const name = date ? spellDay(date, 'long', true) : cell.day;
  return `${name}: ${cell.minutes} minute${cell.minutes === 1 ? '' : 's'}`;
}

/**
 * Study minutes per day, one column per week (Monday on top). Each day is a list item whose
 * label a screen reader reads and a pointer shows on hover.
 */
export function Heatmap({ days, goalMinutes }: { days: HeatmapDay[]; goalMinutes: number }) {
  return (
    <figure className="heatmap-figure">
      <figcaption id="heatmap-caption">
        Study minutes per day over the last 26 weeks (darkest: the daily goal of {goalMinutes}{' '}
        minutes reached)
      </figcaption>
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
    </figure>
  );
}
