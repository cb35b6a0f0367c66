import { t } from '../../lib/i18n/i18n';
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { readProgress } from '../../lib/db/snapshot-repo';
import { notesOfItem } from '../../lib/notes/notes-repo';
import { planFor } from '../../lib/plan/plan-for';
import { allItems } from '../../lib/plan/roadmap-index';
import { matchUrl } from '../../lib/tracking/url-match';
import { PAGE_WHERE } from '../../lib/protocol/messages';
import { AddItemNote } from '../../components/AddItemNote';
import { NoteBody } from '../../components/NoteBody';

/** The page a tab's study-sites script says it shows (null: no such script there). */
async function pageOf(tabId: number): Promise<string | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: PAGE_WHERE })) as
      { url?: unknown } | undefined;
    return typeof answer?.url === 'string' ? answer.url : null;
  } catch {
    return null;
  }
}

/**
 * The item the learner is most likely studying: the roadmap page (a Khan unit, a notebook, the
 * MLflow tutorials, the exercises) in the active tab or the tab of this window used last, else
 * the plan's next step.
 */
async function likelyItem(): Promise<string | null> {
  const own = browser.runtime.getURL('/');
  const tabs = (await browser.tabs.query({ currentWindow: true }))
    .filter((tab) => tab.id !== undefined && !tab.url?.startsWith(own))
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
    );
  for (const tab of tabs.slice(0, 3)) {
    const url = await pageOf(tab.id!);
    const match = url ? matchUrl(url, ROADMAP) : null;
    if (match && 'resourceId' in match) return match.resourceId;
    if (url) break;
  }
  const { settings, snapshot } = await readProgress(getDb());
  if (!settings.startDate) return null;
  return planFor(ROADMAP, settings.startDate, new Date(), snapshot).next?.resource.id ?? null;
}

/** An item's own notes and links, and the way to add one (to it or to any other item). */
export function ItemNotes({ itemId }: { itemId?: string }) {
  const items = useMemo(() => allItems(ROADMAP), []);
  const [picked, setPicked] = useState<string | null>(null);
  // Another tab, or another page in it: the item follows (the learner's own pick gives way).
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    const moved = () => {
      setPicked(null);
      setMoves((n) => n + 1);
    };
    const onUpdated = (_id: number, change: { url?: string }) => change.url && moved();
    browser.tabs.onActivated.addListener(moved);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(moved);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  const guessed = useLiveQuery(
    () => (itemId ? itemId : likelyItem().catch(() => null)),
    [itemId, moves],
  );
  const current = picked ?? guessed ?? items[0]?.resource.id;
  const notes = useLiveQuery(() => (current ? notesOfItem(getDb(), current) : []), [current]);
  if (guessed === undefined || !current) return null;
  return (
    <section aria-labelledby="item-notes-heading">
      <h2 id="item-notes-heading">{t('itemNotesHeading')}</h2>
      {notes && notes.length > 0 ? (
        <ul className="notes" aria-labelledby="item-notes-heading">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteBody note={note} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('itemNotesNone')}</p>
      )}
      <AddItemNote items={items} itemId={current} onItemChange={setPicked} />
    </section>
  );
}
