import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup/backup-schema';
import { learnerBackup } from '../e2e/learner-backup';

describe('the backup of a learner two months in (for the pictures)', () => {
  it('is a valid backup file that restores every row', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    const parsed = parseBackup(JSON.stringify(learnerBackup(now)));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.skipped).toEqual([]);
    const { data } = parsed.backup;
    expect(data.videos.length).toBeGreaterThan(20);
    expect(data.checks.length).toBeGreaterThan(2);
    expect(data.notes).toHaveLength(4);
    // Nine weeks of days, with gaps: not every day studied.
    expect(data.daily.length).toBeGreaterThan(40);
    expect(data.daily.length).toBeLessThan(63);
    expect(data.settings?.startDate).toBe('2026-10-02');
  });
});
