import { tn } from '../lib/i18n/i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Roadmap } from '../data/roadmap-types';
import { afterFirstPaint } from './after-first-paint';

/**
 * One line when notes are due for review ("Review: 3 notes from week 4 ▸"), nothing otherwise.
 * Read after the first paint: the checklist never waits for it (nor for Dexie).
 */
export function ReviewLine({ roadmap }: { roadmap: Roadmap }) {
  const [weeks, setWeeks] = useState<number[]>([]);
  useEffect(() => {
    let live = true;
    // Loaded after the first paint: the popup's checklist never waits for the database.
    void afterFirstPaint()
      .then(() => Promise.all([import('../lib/notes/review-repo'), import('../lib/db/database')]))
      .then(([repo, { getDb }]) => repo.reviewQueue(getDb(), roadmap, new Date()))
      .then((plan) => live && setWeeks(plan.due.map((d) => d.note.week)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [roadmap]);
  if (weeks.length === 0) return null;
  const from = Math.min(...weeks);
  const to = Math.max(...weeks);
  return (
    <p className="status-note">
      <a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noreferrer">
        {from === to
          ? tn('reviewLine', weeks.length, { week: from })
          : tn('reviewLineWeeks', weeks.length, { from, to })}
      </a>
    </p>
  );
}
