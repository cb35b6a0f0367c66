import { t, tn } from '../lib/i18n/i18n';
import { titleOf } from '../lib/i18n/roadmap-words';
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Roadmap } from '../data/roadmap-types';
import { getDb, type NoteRecord } from '../lib/db/database';
import {
  isVideoNote,
  notesCsv,
  notesMarkdown,
  orderedNotes,
  type NoteNames,
} from '../lib/notes/notes-export';
import { AddItemNote } from './AddItemNote';
import { notesAnki } from '../lib/notes/anki-export';
import { clockTime, momentLink } from '../lib/notes/note-time';
import { allItems } from '../lib/plan/roadmap-index';
import { download } from './download';
import { NoteBody } from './NoteBody';

/** Which notes an export holds: all, one week's, or one item's. */
type Scope = 'all' | `week:${number}` | `item:${string}`;

function inScope(note: NoteRecord, scope: Scope): boolean {
  if (scope === 'all') return true;
  const [kind, value] = scope.split(':') as [string, string];
  return kind === 'week' ? note.week === Number(value) : note.itemId === value;
}

/**
 * Every note: beside the roadmap's videos, about its items, and the learner's own links;
 * added, searched, listed by week, exported.
 */
export function NotesSection({ roadmap, itemId }: { roadmap: Roadmap; itemId?: string }) {
  const notes = useLiveQuery(() => getDb().notes.toArray(), []);
  const titles = useLiveQuery(async () => {
    const rows = await getDb().playlistVideos.toArray();
    return new Map(rows.filter((r) => r.title).map((r) => [r.videoId, r.title!]));
  }, []);
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const items = useMemo(() => allItems(roadmap), [roadmap]);
  const names: NoteNames = useMemo(
    () => ({
      item: (id) => {
        const found = items.find((i) => i.resource.id === id);
        return found ? titleOf(found.resource) : id;
      },
      itemOrder: (id) => items.findIndex((i) => i.resource.id === id),
      video: (id) => titles?.get(id),
    }),
    [items, titles],
  );
  const shown = notes !== undefined;
  // The side panel's "all notes" link opens `dashboard.html#notes`: this section comes after the
  // plan's first paint, too late for the browser's own scroll to the fragment.
  useEffect(() => {
    if (shown && window.location.hash === '#notes')
      document.getElementById('notes')?.scrollIntoView();
  }, [shown]);
  if (!notes) return null;
  const words = query.trim().toLowerCase();
  const found = orderedNotes(
    notes.filter(
      (n) =>
        !words ||
        [
          n.text,
          n.url ?? '',
          names.item(n.itemId),
          n.videoId ? (names.video(n.videoId) ?? '') : '',
        ].some((field) => field.toLowerCase().includes(words)),
    ),
    names,
  );
  const weeks = [...new Set(notes.map((n) => n.week))].sort((a, b) => a - b);
  const noted = items.filter((i) => notes.some((n) => n.itemId === i.resource.id));
  const chosen = notes.filter((n) => inScope(n, scope));
  const scopeName =
    scope === 'all' ? 'all' : scope.startsWith('week:') ? `week-${scope.slice(5)}` : scope.slice(5);
  const title =
    scope === 'all'
      ? t('notesTitleAll')
      : scope.startsWith('week:')
        ? t('notesTitleWeek', { week: scope.slice(5) })
        : t('notesTitleItem', { item: names.item(scope.slice(5)) });

  return (
    <section aria-labelledby="notes-heading" id="notes">
      <h2 id="notes-heading">{t('notesHeading')}</h2>
      {notes.length > 0 && (
        <p>
          <a href="/review.html">{t('notesReviewLink')}</a>
        </p>
      )}
      {notes.length === 0 ? (
        <p className="hint">{t('notesNone')}</p>
      ) : (
        <>
          <label htmlFor="notes-search">{t('notesSearch')}</label>
          <input
            id="notes-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <p className="hint" aria-live="polite">
            {tn('notesFound', notes.length, { found: found.length })}
          </p>
          <ul className="notes">
            {found.map((n) => (
              <li key={n.id}>
                {/* What the learner wrote first; where and when it was written after it. */}
                <NoteBody note={n} />
                <span className="note-where">
                  {isVideoNote(n) && (
                    <>
                      <a href={momentLink(n.videoId, n.seconds)} target="_blank" rel="noreferrer">
                        {clockTime(n.seconds)}
                      </a>
                      {' · '}
                    </>
                  )}
                  {n.url && `${t('yourLink')} · `}
                  {t('noteWhere', { week: n.week, item: names.item(n.itemId) })}
                  {isVideoNote(n) && names.video(n.videoId) ? ` · ${names.video(n.videoId)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <div className="inline">
            <label htmlFor="notes-scope">{t('export')}</label>{' '}
            <select
              id="notes-scope"
              value={scope}
              onChange={(e) => setScope(e.currentTarget.value as Scope)}
            >
              <option value="all">{t('allNotes')}</option>
              {weeks.map((w) => (
                <option key={w} value={`week:${w}`}>
                  {t('weekChip', { week: w })}
                </option>
              ))}
              {noted.map((i) => (
                <option key={i.resource.id} value={`item:${i.resource.id}`}>
                  {titleOf(i.resource)}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              onClick={() =>
                download(
                  `ml-roadmap-notes-${scopeName}.md`,
                  notesMarkdown(chosen, names, title),
                  'text/markdown',
                )
              }
            >
              {t('exportMarkdown')}
            </button>{' '}
            <button
              type="button"
              onClick={() =>
                download(`ml-roadmap-notes-${scopeName}.csv`, notesCsv(chosen, names), 'text/csv')
              }
            >
              {t('exportCsv')}
            </button>{' '}
            <button
              type="button"
              aria-describedby="anki-hint"
              onClick={() =>
                download(
                  `ml-roadmap-notes-${scopeName}-anki.txt`,
                  notesAnki(chosen, names),
                  'text/plain',
                )
              }
            >
              {t('exportAnki')}
            </button>
          </div>
          <p className="hint" id="anki-hint">
            {t('exportAnkiHint')}
          </p>
        </>
      )}
      <AddItemNote items={items} {...(itemId ? { itemId } : {})} />
    </section>
  );
}
