import { t } from '../lib/i18n/i18n';
import { useId, useState } from 'react';
import { getDb, type NoteRecord } from '../lib/db/database';
import { deleteNote, editNote } from '../lib/notes/notes-repo';
import { clockTime } from '../lib/notes/note-time';

/** The words that name a note to assistive technology: its moment, or what it is. */
function labels(note: NoteRecord) {
  if (note.url)
    return {
      field: t('linkTitleLabel'),
      edit: t('editLinkLabel', { title: note.text }),
      remove: t('deleteLinkLabel', { title: note.text }),
      confirm: t('deleteLinkConfirm', { title: note.text }),
    };
  if (note.seconds === undefined) {
    // Its first words tell one note of an item from another.
    const start = note.text.length > 40 ? `${note.text.slice(0, 40).trimEnd()}…` : note.text;
    return {
      field: t('noteLabel'),
      edit: t('editItemNoteLabel', { start }),
      remove: t('deleteItemNoteLabel', { start }),
      confirm: t('deleteItemNoteConfirm', { start }),
    };
  }
  const time = clockTime(note.seconds);
  return {
    field: t('noteAtLabel', { time }),
    edit: t('editNoteLabel', { time }),
    remove: t('deleteNoteLabel', { time }),
    confirm: t('deleteNoteConfirm', { time }),
  };
}

/**
 * A note's words (a resource's title as its link), with Edit (in place) and Delete (after
 * asking).
 */
export function NoteBody({ note }: { note: NoteRecord }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const [link, setLink] = useState(note.url ?? '');
  const [problem, setProblem] = useState('');
  const id = useId();
  const words = labels(note);
  if (editing)
    return (
      <form
        className="note-edit"
        onSubmit={(e) => {
          e.preventDefault();
          void editNote(getDb(), note.id, draft, Date.now(), note.url ? link : undefined).then(
            (ok) => (ok ? setEditing(false) : setProblem(t('linkNotValid'))),
          );
        }}
      >
        <label htmlFor={id}>{words.field}</label>
        {note.url ? (
          <input
            id={id}
            value={draft}
            maxLength={300}
            autoFocus
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          />
        ) : (
          <textarea
            id={id}
            rows={3}
            maxLength={2000}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          />
        )}
        {note.url && (
          <>
            <label htmlFor={`${id}-url`}>{t('linkUrlLabel')}</label>
            <input
              id={`${id}-url`}
              type="text"
              inputMode="url"
              value={link}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setLink(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
            />
          </>
        )}
        {problem && (
          <p className="error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <span>
          <button
            type="submit"
            disabled={!draft.trim() || (note.url !== undefined && !link.trim())}
          >
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
      {note.url ? (
        <a className="note-text" href={note.url} target="_blank" rel="noreferrer noopener">
          {note.text}
        </a>
      ) : (
        <span className="note-text">{note.text}</span>
      )}
      <span className="note-actions">
        <button
          type="button"
          className="link"
          aria-label={words.edit}
          onClick={() => {
            setDraft(note.text);
            setLink(note.url ?? '');
            setProblem('');
            setEditing(true);
          }}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="link"
          aria-label={words.remove}
          onClick={() => {
            if (window.confirm(words.confirm)) void deleteNote(getDb(), note.id);
          }}
        >
          {t('delete')}
        </button>
      </span>
    </>
  );
}
