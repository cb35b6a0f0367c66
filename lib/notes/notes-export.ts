/**
 * Notes as files the learner keeps: Markdown to read (each moment a link that opens the video
 * there) and CSV for spreadsheets (one note a row, RFC 4180 quoting, formulas defused). Anki's
 * file is lib/notes/anki-export.ts: there a note's text stays exactly as written.
 */
import { t, type MessageKey } from '../i18n/i18n';
import type { NoteRecord } from '../db/database';
import { clockTime, momentLink } from './note-time';

export interface NoteNames {
  /** The item's title, by item id. */
  item(itemId: string): string;
  /** The item's place in the plan (items are listed in the plan's order). */
  itemOrder(itemId: string): number;
  /** The video's title when it is known. */
  video(videoId: string): string | undefined;
}

/** A note beside a video: its video and moment are known. */
export type VideoNote = NoteRecord & { videoId: string; seconds: number };

export const isVideoNote = (note: NoteRecord): note is VideoNote =>
  note.videoId !== undefined && note.seconds !== undefined;

/** The item's own notes first, then its resources, then the notes of its videos. */
const kindOrder = (note: NoteRecord) => (note.url ? 1 : isVideoNote(note) ? 2 : 0);

/** Week, then item in the plan's order, then kind, then video and moment, then when written. */
export function orderedNotes(notes: readonly NoteRecord[], names: NoteNames): NoteRecord[] {
  return [...notes].sort(
    (a, b) =>
      a.week - b.week ||
      names.itemOrder(a.itemId) - names.itemOrder(b.itemId) ||
      a.itemId.localeCompare(b.itemId) ||
      kindOrder(a) - kindOrder(b) ||
      (a.videoId ?? '').localeCompare(b.videoId ?? '') ||
      (a.seconds ?? 0) - (b.seconds ?? 0) ||
      a.createdAt - b.createdAt,
  );
}

export const videoName = (names: NoteNames, videoId: string) =>
  names.video(videoId) ?? t('exportVideo', { id: videoId });

/** Markdown brackets and stars in a title or a note would change the document's meaning. */
const inline = (text: string) =>
  text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');

/**
 * A line of a note as it must stand at the start of a Markdown line: whatever could open a
 * block there (`---` or `===` under a line makes it a heading, `- `, `+ `, `1.` a list, `:` a
 * definition, indentation code) is escaped; leading spaces are kept as spaces that open nothing.
 */
function lineStart(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0];
  const rest = line
    .slice(lead.length)
    .replace(/^([-+=:])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return lead.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + rest;
}

/** A note's lines, its continuation lines indented under the list item. */
const noteLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? inline(line) : lineStart(inline(line))))
    .join('\n  ');

export function notesMarkdown(
  notes: readonly NoteRecord[],
  names: NoteNames,
  title: string,
): string {
  const lines = [`# ${inline(title)}`];
  const heading = (text: string) => lines.push('', text, '');
  let week = -1;
  let item = '';
  let video = '';
  for (const note of orderedNotes(notes, names)) {
    if (note.week !== week) {
      week = note.week;
      item = video = '';
      heading(`## ${t('exportWeek', { week })}`);
    }
    if (note.itemId !== item) {
      item = note.itemId;
      video = '';
      heading(`### ${inline(names.item(item))}`);
    }
    if (note.url) {
      lines.push(`- [${inline(note.text)}](<${note.url.replace(/[<>\s]/g, encodeURIComponent)}>)`);
      continue;
    }
    if (!isVideoNote(note)) {
      lines.push(`- ${noteLines(note.text)}`);
      continue;
    }
    if (note.videoId !== video) {
      video = note.videoId;
      heading(
        `#### [${inline(videoName(names, video))}](https://www.youtube.com/watch?v=${video})`,
      );
    }
    lines.push(
      `- [${clockTime(note.seconds)}](${momentLink(note.videoId, note.seconds)}) ${noteLines(note.text)}`,
    );
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ makes a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesCsv(notes: readonly NoteRecord[], names: NoteNames): string {
  const header = ['csvWeek', 'csvItem', 'csvVideo', 'csvTime', 'csvLink', 'csvNote'].map((key) =>
    t(key as MessageKey),
  );
  // An item's own note has no video, moment or link; a resource has its link.
  const rows = orderedNotes(notes, names).map((n) => [
    n.week,
    names.item(n.itemId),
    isVideoNote(n) ? videoName(names, n.videoId) : '',
    isVideoNote(n) ? clockTime(n.seconds) : '',
    isVideoNote(n) ? momentLink(n.videoId, n.seconds) : (n.url ?? ''),
    n.text,
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
