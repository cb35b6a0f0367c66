import {
  BACKUP_FORMAT,
  BACKUP_ROWS,
  parseBackup,
  parseBackupInSteps,
} from '../../lib/backup/backup-schema';

const file = (data: Record<string, unknown>) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 3, exportedAt: Date.UTC(2026, 10, 1), data });
const empty = {
  settings: null,
  videos: [],
  playlistVideos: [],
  playlists: [],
  pages: [],
  checks: [],
  daily: [],
};

describe('a large or hostile backup file (issue 29)', () => {
  it('600 000 junk rows are refused before any row is read, with the count', async () => {
    const junk = file({ ...empty, pages: Array.from({ length: 600_000 }, (_, i) => ({ x: i })) });
    expect(junk.length).toBeGreaterThan(5_000_000);
    let steps = 0;
    const parsed = await parseBackupInSteps(junk, () => void steps++);
    expect(parsed).toEqual({
      ok: false,
      error: `The file holds 600,000 rows of pages; a backup holds at most ${BACKUP_ROWS.pages.toLocaleString('en')}. Nothing was changed.`,
    });
    // Refused before the rows: no step of row reading was taken.
    expect(steps).toBe(0);
  });

  it('a file whose rows are all invalid is refused, not “restored” with 0 rows', () => {
    const parsed = parseBackup(
      file({
        ...empty,
        daily: Array.from({ length: 5000 }, () => ({ day: 'never', studyMs: -1 })),
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      error:
        'Nothing in this file could be read: none of its 5,000 rows is valid. Nothing was changed.',
    });
  });

  it('is read in steps of at most 2000 rows, the page given back between them, with the share read', async () => {
    const rows = 50_000;
    const daily = Array.from({ length: rows }, (_, i) => ({
      day: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      studyMs: 1000,
    }));
    const shares: number[] = [];
    let pauses = 0;
    const parsed = await parseBackupInSteps(
      file({ ...empty, daily }),
      (share) => void shares.push(share),
      async () => void pauses++,
    );
    expect(parsed.ok).toBe(true);
    expect(pauses).toBe(rows / 2000);
    expect(shares.at(-1)).toBe(1);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // The same result as reading it at once.
    expect(parseBackup(file({ ...empty, daily }))).toEqual(parsed);
  });
});
