import { useState } from 'react';
import { toIsoDay, parseIsoDay } from '../lib/plan/calendar';

interface Props {
  onStart: (startDate: string) => void;
}

/** First open: the plan needs a start date before it can say which week it is. */
export function StartPrompt({ onStart }: Props) {
  const [date, setDate] = useState(() => toIsoDay(new Date()));
  const valid = parseIsoDay(date) !== null;
  return (
    <section className="start" aria-labelledby="start-heading">
      <h1 id="start-heading">Welcome to your ML roadmap</h1>
      <p>24 weeks from zero to machine learning engineer. When do you start?</p>
      <button type="button" className="primary" onClick={() => onStart(toIsoDay(new Date()))}>
        Start today
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onStart(date);
        }}
      >
        <label htmlFor="start-date">Or pick a start date</label>
        <input
          id="start-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          required
        />
        <button type="submit" disabled={!valid}>
          Start on this date
        </button>
      </form>
    </section>
  );
}
