import { t } from '../../lib/i18n/i18n';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../../data/roadmap';
import { getDb } from '../../lib/db/database';
import { readProgress } from '../../lib/db/snapshot-repo';
import { notesOfItem } from '../../lib/notes/notes-repo';
import { planFor } from '../../lib/plan/plan-for';
import { allItems } from '../../lib/plan/roadmap-index';
import { matchUrl } from '../../lib/tracking/url-match';
import { AddItemNote } from '../../components/AddItemNote';
import { NoteBody } from '../../components/NoteBody';

/**
 * The item the learner is most likely studying: the roadmap page in the active tab (a Khan
 * unit, a notebook, the MLflow tutorials, the exercises), else the plan's next step.
 */
async function likelyItem(): Promise<string | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const match = active?.url ? matchUrl(active.url, ROADMAP) : null;
  if (match && 'resourceId' in match) return match.resourceId;
  const { settings, snapshot } = await readProgress(getDb());
  if (!settings.startDate) return null;
  return planFor(ROADMAP, settings.startDate, new Date(), snapshot).next?.resource.id ?? null;
}

/** An item's own notes and links, and the way to add one (to it or to any other item). */
export function ItemNotes({ itemId }: { itemId?: string }) {
  const items = useMemo(() => allItems(ROADMAP), []);
  const guessed = useLiveQuery(() => (itemId ? itemId : likelyItem().catch(() => null)), [itemId]);
  const [picked, setPicked] = useState<string | null>(null);
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
