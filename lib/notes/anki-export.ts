/**
 * Notes as a file Anki imports into cards (File › Import, a text file): its header lines tell
 * Anki the separator, that fields are HTML, the columns, the note type, and which columns hold
 * each card's deck, tags and id. The id is the note's own, so importing a newer file updates the
 * cards it made before instead of adding copies.
 * See https://docs.ankiweb.net/importing/text-files.html#file-headers
 */
import { t } from '../i18n/i18n';
import type { NoteRecord } from '../db/database';
import { clockTime, momentLink } from './note-time';
import { isVideoNote, orderedNotes, videoName, type NoteNames } from './notes-export';

/** The parent deck; each week's cards go to its subdeck "ML Roadmap::Week N". */
export const ANKI_DECK = 'ML Roadmap';

/**
 * Text shown exactly as written in an HTML field, and safe in a tab-separated row: markup
 * characters as entities, lines as <br>, tabs as an entity, and no raw quote (a field starting
 * with one would read as a quoted field), so no field ever needs quoting.
 */
function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\t/g, '&#9;')
    .replace(/\r?\n|\r/g, '<br>');
}

/** A tag is one word for Anki: spaces join its words instead. */
const tag = (text: string) => text.trim().replace(/\s+/g, '_');

export function notesAnki(notes: readonly NoteRecord[], names: NoteNames): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ];
  // A resource of the learner's (a link) is nothing to remember: it stays out of the cards.
  const rows = orderedNotes(
    notes.filter((note) => !note.url),
    names,
  ).map((note) => {
    // The question side says where the note was taken, a video's moment a link back to it.
    const where = `${html(names.item(note.itemId))} · ${html(t('exportWeek', { week: note.week }))}`;
    const front = isVideoNote(note)
      ? `<a href='${html(momentLink(note.videoId, note.seconds))}'>${html(videoName(names, note.videoId))} · ${clockTime(note.seconds)}</a><br>${where}`
      : where;
    const tags = ['ML-Roadmap', `week-${note.week}`, tag(note.itemId)].join(' ');
    // The deck's name stays the same whatever the interface's language: a file imported again
    // after a switch updates the same cards in the same decks.
    return [note.id, `${ANKI_DECK}::Week ${note.week}`, front, html(note.text), tags].join('\t');
  });
  return `${[...header, ...rows].join('\n')}\n`;
}
