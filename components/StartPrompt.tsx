import { useState } from 'react';
import { toIsoDay, parseIsoDay } from '../lib/plan/calendar';

interface Props {
  /** `sync`: the learner accepted the one-time offer to sync across their browsers. */
  onStart: (startDate: string, sync: boolean) => void;
}

/** First open: the plan needs a start date before it can say which week it is. */
export function StartPrompt({ onStart }: Props) {
  const [date, setDate] = useState(() => toIsoDay(new Date()));
  const valid = parseIsoDay(date) !== null;
  const [sync, setSync] = useState(false);
  return (
    <section className="start" aria-labelledby="start-heading">
      <h1 id="start-heading">Welcome to your ML roadmap</h1>
      <p>
        24 weeks from zero to machine learning engineer: computer science basics and Python, SQL,
        NumPy and pandas, statistics, machine learning, deep learning and MLOps. Each week has its
        checklist.
      </p>
      <p className="start-subhead">Counted for you as you study:</p>
      <ul>
        <li>
          the roadmap’s YouTube videos: only what you really play (not skipped parts, not ads)
        </li>
        <li>Khan Academy lessons, Kaggle notebooks, MLflow tutorials and the exercises you open</li>
        <li>the rest (a book, a study group) you tick yourself</li>
      </ul>
      <p className="hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd> opens the next thing to study from any tab.
        Nothing leaves your browser unless you turn sync on.
      </p>
      <button type="button" className="primary" onClick={() => onStart(toIsoDay(new Date()), sync)}>
        Start today
      </button>
      <form
        className="other-date"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onStart(date, sync);
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
      <p className="inline">
        <input
          id="start-sync"
          type="checkbox"
          checked={sync}
          onChange={(e) => setSync(e.currentTarget.checked)}
          aria-describedby="start-sync-hint"
        />
        <label htmlFor="start-sync">Also sync my progress across my browsers</label>
      </p>
      <p id="start-sync-hint" className="hint">
        Off unless you tick it. Sync uses your browser’s account (Google or Firefox): which videos
        you watched, your ticks, the pages you opened and your settings go to that account. You can
        change this in the settings at any time.
      </p>
    </section>
  );
}
