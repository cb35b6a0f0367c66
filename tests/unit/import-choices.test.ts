import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { parseBackup } from '../../lib/backup/backup-schema';
import { setCheck } from '../../lib/db/checks-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { resetProgress } from '../../lib/db/snapshot-repo';
import { mergeFileSettings } from '../../lib/sync/choices';
import type { SettingsRecord } from '../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../lib/db/settings-defaults';
import { freshDb } from './db-helpers';
import { syncNeverChosen } from '../../lib/db/settings-defaults';
import { handlePageRequest } from '../../lib/service/page-requests';

const T = Date.UTC(2026, 10, 1, 12);
const HOUR = 3_600_000;

/** A backup file from a browser where the learner turned sync on and chose a goal. */
async function fileWithSyncOn(at: number) {
  const other = freshDb();
  await updateSettings(other, { startDate: '2026-10-05', dailyGoalMinutes: 45 }, at);
  await updateSettings(other, { syncEnabled: true, syncConsentAt: at }, at);
  await setCheck(other, 'python-level-1', true, at);
  const backup = parseBackup(JSON.stringify(await exportBackup(other, at)));
  if (!backup.ok) throw new Error(backup.error);
  return backup.backup;
}

describe('an import never takes this browser’s own choices from a file (issue 29)', () => {
  it('a merge into a new browser brings the plan and progress, not sync', async () => {
    const db = freshDb();
    await importBackup(db, await fileWithSyncOn(T), 'merge', T + HOUR);
    const s = await getSettings(db);
    expect(s.startDate).toBe('2026-10-05');
    expect(s.dailyGoalMinutes).toBe(45);
    expect(s.syncEnabled).toBe(false);
    expect(s.syncConsentAt).toBeUndefined();
    expect((await db.checks.get('python-level-1'))?.status).toBe('done');
    // The file brought a start date, so the first run (and its offer) is skipped: the popup
    // offers sync instead, once, until it is answered here.
    expect(syncNeverChosen(s)).toBe(true);
    await handlePageRequest(db, { type: 'ui:sync', on: false }, T + 2 * HOUR);
    expect(syncNeverChosen(await getSettings(db))).toBe(false);
    expect((await getSettings(db)).syncEnabled).toBe(false);
  });

  it('a merge of a newer file into a browser that syncs leaves sync on', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-10-12' }, T - HOUR);
    await updateSettings(db, { syncEnabled: true, syncConsentAt: T - HOUR }, T - HOUR);
    const other = freshDb();
    await updateSettings(other, { dailyGoalMinutes: 20 }, T);
    const file = parseBackup(JSON.stringify(await exportBackup(other, T)));
    if (!file.ok) throw new Error(file.error);
    await importBackup(db, file.backup, 'merge', T + HOUR);
    const s = await getSettings(db);
    expect(s.syncEnabled).toBe(true);
    expect(s.syncConsentAt).toBe(T - HOUR);
    expect(s.dailyGoalMinutes).toBe(20);
    // The start date chosen here is kept: the file never chose one.
    expect(s.startDate).toBe('2026-10-12');
  });

  it('a replace into a browser with no settings row does not take the file’s sync choice', async () => {
    const db = freshDb();
    await importBackup(db, await fileWithSyncOn(T), 'replace', T + HOUR);
    const s = await getSettings(db);
    expect(s.startDate).toBe('2026-10-05');
    expect(s.syncEnabled).toBe(false);
    expect(s.syncConsentAt).toBeUndefined();
  });

  it('after a reset, a merge of a file with newer settings keeps the reset moment', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-10-12' }, T - 2 * HOUR);
    await resetProgress(db, T - HOUR);
    const resetAt = (await getSettings(db)).progressResetAt;
    expect(resetAt).toBeDefined();
    await importBackup(db, await fileWithSyncOn(T), 'merge', T + HOUR);
    expect((await getSettings(db)).progressResetAt).toBe(resetAt);
    // Nor does a replace move it back.
    await importBackup(db, await fileWithSyncOn(T - 3 * HOUR), 'replace', T + 2 * HOUR);
    expect((await getSettings(db)).progressResetAt).toBe(T + 2 * HOUR);
  });

  it('merges field by field by when each was chosen, in both directions', () => {
    const local: SettingsRecord = {
      key: 'settings',
      ...DEFAULT_SETTINGS,
      startDate: '2026-10-12',
      dailyGoalMinutes: 60,
      uiLanguage: 'hi',
      chosenAt: { startDate: T, dailyGoalMinutes: T + 5 * HOUR, uiLanguage: T - HOUR },
      updatedAt: T + 5 * HOUR,
    };
    const file: SettingsRecord = {
      key: 'settings',
      ...DEFAULT_SETTINGS,
      startDate: '2026-09-28',
      dailyGoalMinutes: 15,
      uiLanguage: 'en',
      syncEnabled: true,
      syncConsentAt: T,
      progressResetAt: T + 6 * HOUR,
      planHistory: '[]',
      chosenAt: { startDate: T + HOUR, dailyGoalMinutes: T + HOUR, uiLanguage: T },
      updatedAt: T + 6 * HOUR,
    };
    const merged = mergeFileSettings(local, file);
    expect(merged.startDate).toBe('2026-09-28');
    expect(merged.planHistory).toBe('[]');
    expect(merged.dailyGoalMinutes).toBe(60);
    expect(merged.uiLanguage).toBe('en');
    expect(merged.syncEnabled).toBe(false);
    expect(merged.syncConsentAt).toBeUndefined();
    expect(merged.progressResetAt).toBeUndefined();
    expect(merged.chosenAt).toEqual({
      startDate: T + HOUR,
      dailyGoalMinutes: T + 5 * HOUR,
      uiLanguage: T,
    });
    // Merging the same file again changes nothing.
    expect(mergeFileSettings(merged, file)).toEqual(merged);
  });
});
