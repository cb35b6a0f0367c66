import { Parser, type Node } from 'commonmark';
import { ROADMAP } from '../../data/roadmap';
import type { NoteRecord } from '../../lib/db/database';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { addNote, deleteNote, editNote, mergeNote, notesOfVideo } from '../../lib/notes/notes-repo';
import { notesCsv, notesMarkdown, type NoteNames } from '../../lib/notes/notes-export';
import { clockTime, momentLink } from '../../lib/notes/note-time';
import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { parseBackup } from '../../lib/backup/backup-schema';
import { focusTabs, focusWanted } from '../../lib/service/focus-mode';
import { LIMITS } from '../../lib/protocol/messages';
import { freshDb } from './db-helpers';
import { golden, PY, seededRandom, vid } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 12);
let ids = 0;
const made = (now = NOW) => ({ now, id: `n${++ids}` });

async function withPlaylist() {
  const db = freshDb();
  await learnPlaylist(
    db,
    {
      playlistId: PY,
      items: Array.from({ length: 20 }, (_, i) => ({ videoId: vid(PY, i + 1), position: i + 1 })),
    },
    NOW,
  );
  return db;
}

describe('notes', () => {
  it('are filed under the video’s roadmap item and the learner’s week, in timeline order', async () => {
    const db = await withPlaylist();
    await updateSettings(db, { startDate: '2026-11-02' }, NOW);
    const later = await addNote(
      db,
      ROADMAP,
      { videoId: vid(PY, 3), playlistId: PY, seconds: 90.7, text: ' Slicing ' },
      made(),
    );
    const earlier = await addNote(
      db,
      ROADMAP,
      { videoId: vid(PY, 3), playlistId: PY, seconds: 42, text: 'Lists' },
      made(),
    );
    expect(later).toMatchObject({ ok: true, note: { seconds: 90, text: 'Slicing', week: 3 } });
    expect(earlier.ok && earlier.note.itemId).toBe(later.ok && later.note.itemId);
    expect((await notesOfVideo(db, vid(PY, 3))).map((n) => n.text)).toEqual(['Lists', 'Slicing']);
  });

  it('are refused for a video outside the roadmap or with nothing written, and change nothing', async () => {
    const db = await withPlaylist();
    expect(
      await addNote(db, ROADMAP, { videoId: 'dQw4w9WgXcQ', seconds: 1, text: 'x' }, made()),
    ).toEqual({
      ok: false,
      error: 'This video is not part of the roadmap.',
    });
    expect(
      await addNote(
        db,
        ROADMAP,
        { videoId: vid(PY, 1), playlistId: PY, seconds: 1, text: '  ' },
        made(),
      ),
    ).toMatchObject({ ok: false });
    expect(await db.notes.count()).toBe(0);
  });

  it('can be rewritten (never emptied) and deleted', async () => {
    const db = await withPlaylist();
    const added = await addNote(
      db,
      ROADMAP,
      { videoId: vid(PY, 1), playlistId: PY, seconds: 5, text: 'a' },
      made(),
    );
    if (!added.ok) throw new Error(added.error);
    expect(await editNote(db, added.note.id, '  ', NOW + 1)).toBe(false);
    expect(await editNote(db, added.note.id, 'b', NOW + 2)).toBe(true);
    expect(await db.notes.get(added.note.id)).toMatchObject({
      text: 'b',
      updatedAt: NOW + 2,
      createdAt: NOW,
    });
    await deleteNote(db, added.note.id);
    expect(await db.notes.count()).toBe(0);
  });

  it('merge the same note from two places alike in either order, keeping the later edit', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const note = (): NoteRecord => ({
        id: 'same',
        videoId: vid(PY, 1),
        itemId: 'python',
        week: 1 + Math.floor(rand() * 3),
        seconds: Math.floor(rand() * 100),
        text: `t${Math.floor(rand() * 3)}`,
        createdAt: NOW,
        updatedAt: NOW + Math.floor(rand() * 3),
      });
      const [a, b] = [note(), note()];
      const m = mergeNote(a, b);
      expect(mergeNote(b, a)).toEqual(m);
      expect(m.updatedAt).toBe(Math.max(a.updatedAt, b.updatedAt));
      expect([a, b]).toContainEqual(m);
    }
  });
});

describe('notes in backups', () => {
  async function notedDb() {
    const db = await withPlaylist();
    for (const [n, s] of [
      [1, 10],
      [2, 20],
      [2, 30],
    ] as const)
      await addNote(
        db,
        ROADMAP,
        { videoId: vid(PY, n), playlistId: PY, seconds: s, text: `at ${s}` },
        made(),
      );
    return db;
  }

  it('travel in the file and come back exactly', async () => {
    const db = await notedDb();
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    if (!parsed.ok) throw new Error(parsed.error);
    const fresh = freshDb();
    await importBackup(fresh, parsed.backup, 'replace');
    expect(await fresh.notes.toArray()).toEqual(await db.notes.toArray());
  });

  it('stay when a file from before notes replaces the progress', async () => {
    const db = await notedDb();
    const file = await exportBackup(db, NOW);
    const { notes: _gone, ...older } = file.data;
    const parsed = parseBackup(JSON.stringify({ ...file, version: 2, data: older }));
    if (!parsed.ok) throw new Error(parsed.error);
    await importBackup(db, parsed.backup, 'replace');
    expect(await db.notes.count()).toBe(3);
  });

  it('drop a damaged note with a reason, keeping the rest', async () => {
    const db = await notedDb();
    const file = await exportBackup(db, NOW);
    const notes = [...file.data.notes!, { ...file.data.notes![0]!, id: 'bad id!' }];
    const parsed = parseBackup(JSON.stringify({ ...file, data: { ...file.data, notes } }));
    expect(parsed.ok && parsed.skipped).toEqual([
      { where: 'data.notes.3.id', problem: 'not a note id' },
    ]);
  });

  it('are refused all together, with nothing changed, past the number of notes kept', async () => {
    const db = await notedDb();
    const file = await exportBackup(db, NOW);
    const many = Array.from({ length: LIMITS.maxNotes - 1 }, (_, i) => ({
      ...file.data.notes![0]!,
      id: `m${i}`,
    }));
    const before = await db.notes.count();
    await expect(
      importBackup(db, { ...file, data: { ...file.data, notes: many } }, 'merge'),
    ).rejects.toThrow(/more than 20000 notes.*Nothing was changed/);
    expect(await db.notes.count()).toBe(before);
  });
});

/** A list item's words as a reader sees them: its lines, trimmed, one a line. */
function textOf(item: Node): string {
  const parts: string[] = [];
  const walker = item.walker();
  let paragraphs = 0;
  for (let event = walker.next(); event; event = walker.next()) {
    const node = event.node;
    if (node.type === 'paragraph' && event.entering && paragraphs++ > 0) parts.push('\n');
    if (!event.entering) continue;
    if (node.type === 'text' || node.type === 'code') parts.push(node.literal ?? '');
    if (node.type === 'softbreak' || node.type === 'linebreak') parts.push('\n');
    if (node.type === 'code_block' || node.type === 'html_block' || node.type === 'html_inline')
      parts.push(`<${node.type}>`);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

const NAMES: NoteNames = {
  item: (id) => (id === 'python' ? 'Python [level 1]' : `Item ${id}`),
  // The plan's order: python before numpy.
  itemOrder: (id) => (id === 'python' ? 1 : 2),
  video: (id) => (id === 'vid0000002a' ? 'Lists & *slicing*' : undefined),
};
const NOTES: NoteRecord[] = [
  {
    id: 'a',
    videoId: 'vid0000002a',
    itemId: 'python',
    week: 2,
    seconds: 3725,
    text: 'Line one\nline two',
    createdAt: NOW,
    updatedAt: NOW,
  },
  {
    id: 'b',
    videoId: 'vid0000001a',
    itemId: 'python',
    week: 1,
    seconds: 42,
    text: 'Use "f-strings", not %',
    createdAt: NOW,
    updatedAt: NOW,
  },
  {
    id: 'c',
    videoId: 'vid0000002a',
    itemId: 'python',
    week: 2,
    seconds: 600,
    text: '=SUM(A1) is not a formula here',
    createdAt: NOW,
    updatedAt: NOW,
  },
  {
    id: 'd',
    videoId: 'vid0000003a',
    itemId: 'numpy',
    week: 2,
    seconds: 5,
    text: '[link](x) stays text',
    createdAt: NOW,
    updatedAt: NOW,
  },
];

describe('notes exports', () => {
  it('say moments as people write them and link to them', () => {
    expect([0, 42, 600, 3725].map(clockTime)).toEqual(['0:00', '0:42', '10:00', '1:02:05']);
    expect(momentLink('vid0000001a', 42.9)).toBe(
      'https://www.youtube.com/watch?v=vid0000001a&t=42s',
    );
  });

  it('as Markdown: by week, item and video, each moment a link', () => {
    const markdown = notesMarkdown(NOTES, NAMES, 'My roadmap notes');
    expect(markdown).toBe(golden('notes.md', markdown));
  });

  it('as Markdown that a CommonMark parser reads back: every note one list item, its words exactly (issue 29)', () => {
    const tricky = [
      '---',
      '===',
      'a line\n---',
      'a line\n===',
      '- bullet\n+ plus\n* star',
      '1. one\n2) two',
      '> quote\n# heading\n## two',
      '```js\ncode\n```\n~~~',
      '    indented code\n\tand a tab',
      '<div>html</div>\n<!-- c -->',
      '| a | b |\n|---|---|',
      '&amp; &lt; \\ back\\slash',
      '[link](https://x.example) ![img](y)',
      ': term\n_em_ **strong** `code`',
      'ends with two spaces  \nand a backslash\\',
      'blank\n\nafter',
    ];
    const random = seededRandom(8);
    const alphabet = [
      '-',
      '=',
      '+',
      '*',
      '#',
      '>',
      '`',
      '~',
      '1.',
      '2)',
      ' ',
      '\n',
      '|',
      '[',
      ']',
      '(',
      ')',
      '<',
      '&',
      '\\',
      '_',
      'a',
      'b',
      ':',
    ];
    for (let i = 0; i < 150; i++)
      tricky.push(
        Array.from(
          { length: 1 + Math.floor(random() * 12) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(''),
      );
    const notes: NoteRecord[] = tricky
      .filter((text) => text.trim())
      .map((text, i) => ({ ...NOTES[0]!, id: `t${i}`, seconds: i, text }));
    const markdown = notesMarkdown(notes, NAMES, 'Notes');
    const doc = new Parser().parse(markdown);
    const headings: string[] = [];
    const items: string[] = [];
    const walker = doc.walker();
    for (let event = walker.next(); event; event = walker.next()) {
      const node = event.node;
      if (!event.entering) continue;
      if (node.type === 'heading') headings.push(`${node.level}`);
      if (node.type === 'item') items.push(textOf(node));
    }
    // Only the export's own headings: the title, the week, the item, the video.
    expect(headings).toEqual(['1', '2', '3', '4']);
    expect(items).toHaveLength(notes.length);
    notes.forEach((note, i) => {
      const words = `${clockTime(note.seconds!)} ${note.text}`
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n');
      expect(items[i], JSON.stringify(note.text)).toBe(words);
    });
  });

  it('as CSV for flashcards: one quoted row a note, formulas defused', () => {
    const csv = notesCsv(NOTES, NAMES);
    expect(csv).toBe(golden('notes.csv', csv));
  });
});

describe('focus mode', () => {
  it('hides on roadmap videos when on, and on all of YouTube only until the day’s goal is met', () => {
    expect(focusWanted('off', true, false)).toBe(false);
    expect(focusWanted('roadmap', true, true)).toBe(true);
    expect(focusWanted('roadmap', false, false)).toBe(false);
    expect(focusWanted('all', false, false)).toBe(true);
    expect(focusWanted('all', false, true)).toBe(false);
    expect(focusWanted('all', true, true)).toBe(true);
  });
});

describe('focus mode in the tabs', () => {
  async function setUp(mode: 'off' | 'roadmap' | 'all', studyMs = 0) {
    const db = await withPlaylist();
    await updateSettings(db, { focusMode: mode, dailyGoalMinutes: 30 }, NOW);
    await db.daily.put({ day: '2026-11-20', studyMs });
    const set: [number, boolean][] = [];
    const tabs = [
      { id: 1, url: `https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}` },
      { id: 2, url: 'https://www.youtube.com/' },
      { id: 3, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ];
    const focus = focusTabs({
      db,
      roadmap: ROADMAP,
      now: () => new Date(NOW),
      setClass: async (tabId, on) => void set.push([tabId, on]),
      youtubeTabs: async () => tabs,
    });
    return { focus, set };
  }

  it('touches no tab while it is off, and clears them all when turned off', async () => {
    const { focus, set } = await setUp('off');
    await focus.classified(1, true);
    await focus.navigated(2, 'https://www.youtube.com/');
    expect(set).toEqual([]);
    await focus.refreshAll();
    expect(set).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
  });

  it('on the roadmap’s videos: only their tabs', async () => {
    const { focus, set } = await setUp('roadmap');
    await focus.classified(1, true);
    await focus.classified(3, false);
    await focus.navigated(2, 'https://www.youtube.com/feed/subscriptions');
    // A watch page waits for its classification.
    await focus.navigated(3, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(set).toEqual([
      [1, true],
      [3, false],
      [2, false],
    ]);
  });

  it('on all of YouTube until the day’s goal is met, then on the roadmap’s videos again', async () => {
    const before = await setUp('all', 10 * 60_000);
    await before.focus.refreshAll();
    expect(before.set).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    const after = await setUp('all', 30 * 60_000);
    await after.focus.refreshAll();
    expect(after.set).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });
});
