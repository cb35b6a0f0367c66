import { t } from '../lib/i18n/i18n';
import { titleOf } from '../lib/i18n/roadmap-words';
import { useId, useState } from 'react';
import { ROADMAP } from '../data/roadmap';
import { getDb } from '../lib/db/database';
import { addItemNote } from '../lib/notes/notes-repo';
import type { PlacedItem } from '../lib/plan/roadmap-index';

/**
 * A note about any item of the plan (a Khan unit, a notebook, the exercises), or a link of the
 * learner's own for it: private, kept with the item, in backups and exports.
 */
export function AddItemNote({
  items,
  itemId,
  onItemChange,
}: {
  items: readonly PlacedItem[];
  itemId?: string;
  onItemChange?: (itemId: string) => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(itemId ?? items[0]?.resource.id ?? '');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Controlled when the page follows the item (the side panel lists its notes); else its own.
  const item = (onItemChange ? itemId : chosen) || items[0]?.resource.id || '';

  const add = async (request: { text: string; url?: string }, done: () => void) => {
    const result = await addItemNote(
      getDb(),
      ROADMAP,
      { itemId: item, ...request },
      { now: Date.now(), id: crypto.randomUUID() },
    );
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    done();
    setMessage({ ok: true, text: request.url ? t('linkSaved') : t('noteSaved') });
  };

  return (
    <fieldset className="add-item-note">
      <legend>{t('addItemNoteHeading')}</legend>
      <label htmlFor={`${id}-item`}>{t('addItemNoteItem')}</label>
      <select
        id={`${id}-item`}
        value={item}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          onItemChange?.(e.currentTarget.value);
        }}
      >
        {items.map((i) => (
          <option key={i.resource.id} value={i.resource.id}>
            {t('weekChip', { week: i.weeks.from })} · {titleOf(i.resource)}
          </option>
        ))}
      </select>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add({ text }, () => setText(''));
        }}
      >
        <label htmlFor={`${id}-note`}>{t('addItemNoteLabel')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" disabled={!text.trim()}>
          {t('addItemNoteButton')}
        </button>
      </form>
      <form
        className="add-link"
        onSubmit={(e) => {
          e.preventDefault();
          void add({ text: title, url: link }, () => {
            setTitle('');
            setLink('');
          });
        }}
      >
        <span className="field">
          <label htmlFor={`${id}-title`}>{t('addLinkTitle')}</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={300}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-url`}>{t('addLinkUrl')}</label>
          <input
            id={`${id}-url`}
            type="text"
            inputMode="url"
            placeholder="https://"
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
          />
        </span>
        <button type="submit" disabled={!title.trim() || !link.trim()}>
          {t('addLinkButton')}
        </button>
      </form>
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}
