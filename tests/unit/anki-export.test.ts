import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../lib/db/database';
import { notesAnki } from '../../lib/notes/anki-export';
import { notesCsv, notesMarkdown, type NoteNames } from '../../lib/notes/notes-export';
import { golden, seededRandom } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 12);
const NAMES: NoteNames = {
  item: (id) => (id === 'python-level-1' ? 'Python <level 1> & more' : `Item ${id}`),
  itemOrder: (id) => (id === 'python-level-1' ? 1 : 2),
  video: (id) => (id === 'vid0000001a' ? 'Lists "and" slicing' : undefined),
};
const note = (id: string, text: string, over: Partial<NoteRecord> = {}): NoteRecord => ({
  id,
  videoId: 'vid0000001a',
  itemId: 'python-level-1',
  week: 1,
  seconds: 42,
  text,
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});
const NOTES = [
  note('n-bullets', '- bullet one\n- bullet two'),
  note('n-formula', '=SUM(A1) and @mention, +1, -1'),
  note('n-markup', '<b>not bold</b> & "quoted"\ttabbed', { seconds: 3725 }),
  note('n-numpy', 'Broadcasting: shapes align from the right', {
    videoId: 'vid0000002a',
    itemId: 'numpy',
    week: 9,
    seconds: 5,
  }),
];

/** What Anki reads from the file: its header lines, then one card a row. */
function readAnki(file: string) {
  const lines = file.split('\n');
  const headers = new Map<string, string>();
  while (lines[0]?.startsWith('#')) {
    const line = lines.shift()!;
    const colon = line.indexOf(':');
    headers.set(line.slice(1, colon), line.slice(colon + 1));
  }
  const rows: string[][] = parse(lines.join('\n'), { delimiter: '\t', relax_column_count: false });
  return { headers, rows };
}

/** An HTML field as Anki shows it: tags for line breaks, entities decoded. */
const shown = (field: string) =>
  field
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#9;/g, '\t')
    .replace(/&amp;/g, '&');

describe('notes for Anki', () => {
  it('has the header lines Anki reads, a deck per week and the note’s id as the card’s', () => {
    const file = notesAnki(NOTES, NAMES);
    expect(file).toBe(golden('notes-anki.txt', file));
    const { headers, rows } = readAnki(file);
    expect(Object.fromEntries(headers)).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      columns: 'GUID\tDeck\tFront\tBack\tTags',
      'guid column': '1',
      'deck column': '2',
      'tags column': '5',
    });
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['n-bullets', 'ML Roadmap::Week 1', 'ML-Roadmap week-1 python-level-1'],
      ['n-formula', 'ML Roadmap::Week 1', 'ML-Roadmap week-1 python-level-1'],
      ['n-markup', 'ML Roadmap::Week 1', 'ML-Roadmap week-1 python-level-1'],
      ['n-numpy', 'ML Roadmap::Week 9', 'ML-Roadmap week-9 numpy'],
    ]);
    // The front links to the moment and names where the note was taken.
    expect(rows[2]![2]).toBe(
      "<a href='https://www.youtube.com/watch?v=vid0000001a&amp;t=3725s'>Lists &quot;and&quot; slicing · 1:02:05</a><br>Python &lt;level 1&gt; &amp; more · Week 1",
    );
  });

  it('keeps each note’s text exactly as written (no formula guard: that is the spreadsheet’s)', () => {
    const { rows } = readAnki(notesAnki(NOTES, NAMES));
    expect(rows.map((r) => shown(r[3]!))).toEqual(NOTES.map((n) => n.text));
    // The spreadsheet CSV keeps its guard.
    expect(notesCsv([NOTES[0]!], NAMES)).toContain("'- bullet one");
  });

  it('reads back every generated note as written, one card each, ids unique', () => {
    const random = seededRandom(36);
    const alphabet = [
      'a',
      'Z',
      ' ',
      '\t',
      '\n',
      '"',
      "'",
      '<',
      '>',
      '&',
      '#',
      '-',
      '=',
      '@',
      'क',
      '😀',
      ';',
      ',',
    ];
    const notes = Array.from({ length: 300 }, (_, i) =>
      note(
        `g-${i}`,
        Array.from(
          { length: 1 + Math.floor(random() * 40) },
          () => alphabet[Math.floor(random() * alphabet.length)]!,
        ).join(''),
        { week: 1 + Math.floor(random() * 24), seconds: Math.floor(random() * 5000) },
      ),
    );
    const { rows } = readAnki(notesAnki(notes, NAMES));
    expect(rows).toHaveLength(notes.length);
    const byId = new Map(rows.map((r) => [r[0]!, r]));
    for (const n of notes) {
      const row = byId.get(n.id)!;
      expect(shown(row[3]!), JSON.stringify(n.text)).toBe(n.text);
      expect(row[1]).toBe(`ML Roadmap::Week ${n.week}`);
    }
  });
});

describe('notes about a whole item and links of one’s own, in every export', () => {
  const itemNote = note('n-item', 'Khan’s unit 3 quiz: <75 % twice', {
    itemId: 'khan-sql',
    week: 3,
  });
  delete itemNote.videoId;
  delete itemNote.seconds;
  const link: NoteRecord = {
    id: 'n-link',
    itemId: 'khan-sql',
    week: 3,
    text: 'SQLBolt [interactive]',
    url: 'https://sqlbolt.com/lesson/select_queries',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const all = [...NOTES, link, itemNote];

  it('match their golden files (Markdown, CSV, Anki)', () => {
    const md = notesMarkdown(all, NAMES, 'All notes');
    expect(md).toBe(golden('notes-items.md', md));
    const csv = notesCsv(all, NAMES);
    expect(csv).toBe(golden('notes-items.csv', csv));
    const anki = notesAnki(all, NAMES);
    expect(anki).toBe(golden('notes-items-anki.txt', anki));
  });

  it('Anki: an item’s note is a card (where, then the note), a link is not', () => {
    const { rows } = readAnki(notesAnki(all, NAMES));
    expect(rows).toHaveLength(NOTES.length + 1);
    const card = rows.find((r) => r[0] === 'n-item')!;
    expect(card[1]).toBe('ML Roadmap::Week 3');
    expect(shown(card[2]!)).toBe('Item khan-sql · Week 3');
    expect(shown(card[3]!)).toBe('Khan’s unit 3 quiz: <75 % twice');
    expect(rows.some((r) => r[0] === 'n-link')).toBe(false);
  });

  it('CSV: an item’s note without a video or moment, a link with its address', () => {
    const rows: string[][] = parse(notesCsv(all, NAMES));
    const [, ...body] = rows;
    const byText = new Map(body.map((r) => [r[5], r]));
    expect(byText.get('Khan’s unit 3 quiz: <75 % twice')!.slice(0, 5)).toEqual([
      '3',
      'Item khan-sql',
      '',
      '',
      '',
    ]);
    expect(byText.get('SQLBolt [interactive]')!.slice(0, 5)).toEqual([
      '3',
      'Item khan-sql',
      '',
      '',
      'https://sqlbolt.com/lesson/select_queries',
    ]);
    // Within an item: its own notes, then its links, then its videos' notes.
    const order = body.filter((r) => r[1] === 'Item khan-sql').map((r) => r[5]);
    expect(order).toEqual(['Khan’s unit 3 quiz: <75 % twice', 'SQLBolt [interactive]']);
  });

  it('Markdown: the item’s note as a line, the link as a link, under the item', () => {
    const md = notesMarkdown(all, NAMES, 'All notes');
    const week3 = md.slice(md.indexOf('## Week 3'));
    expect(week3).toContain('### Item khan-sql');
    expect(week3).toContain('- Khan’s unit 3 quiz: \\<75 % twice');
    expect(week3).toContain(
      '- [SQLBolt \\[interactive\\]](<https://sqlbolt.com/lesson/select_queries>)',
    );
  });
});
