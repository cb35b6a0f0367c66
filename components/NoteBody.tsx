import { t } from '../lib/i18n/i18n';
import { useId, useState } from 'react';
import { getDb, type NoteRecord } from '../lib/db/database';
import { deleteNote, editNote } from '../lib/notes/notes-repo';
import { clockTime } from '../lib/notes/note-time';

/** A note's words, with Edit (in place) and Delete (after asking). */
export function NoteBody({ note }: { note: NoteRecord }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const id = useId();
  const at = clockTime(note.seconds);
  if (editing)
    return (
      <form
        className="note-edit"
        onSubmit={(e) => {
          e.preventDefault();
          void editNote(getDb(), note.id, draft, Date.now()).then((ok) => ok && setEditing(false));
        }}
      >
        <label htmlFor={id}>{t('noteAtLabel', { time: at })}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={2000}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        />
        <span>
          <button type="submit" disabled={!draft.trim()}>
            {t('save')}
          </button>{' '}
          <button type="button" className="link" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </span>
      </form>
    );
  return (
    <>
      <span className="note-text">{note.text}</span>
      <span className="note-actions">
        <button
          type="button"
          className="link"
          aria-label={t('editNoteLabel', { time: at })}
          onClick={() => {
            setDraft(note.text);
            setEditing(true);
          }}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="link"
          aria-label={t('deleteNoteLabel', { time: at })}
          onClick={() => {
            if (window.confirm(t('deleteNoteConfirm', { time: at })))
              void deleteNote(getDb(), note.id);
          }}
        >
          {t('delete')}
        </button>
      </span>
    </>
  );
}
