import type { CompanionDb } from './database';
import { indexTables, rebuildIndex } from './progress-index';
import { stampAfter } from './stamps';

export { DEFAULT_SETTINGS, syncIsOn, withDefaults, type Settings } from './settings-defaults';
import { withDefaults, type Settings } from './settings-defaults';

export async function getSettings(db: CompanionDb): Promise<Settings> {
  return withDefaults(await db.settings.get('settings'));
}

export async function updateSettings(
  db: CompanionDb,
  patch: Partial<Settings>,
  now: number,
): Promise<Settings> {
  return db.transaction('rw', indexTables(db), async () => {
    const previous = await getSettings(db);
    // Hybrid logical time: after any choice seen here, whatever this computer's clock says.
    const stamp = stampAfter(previous.seenStamp, now);
    const chosenAt = { ...previous.chosenAt };
    for (const field of Object.keys(patch)) chosenAt[field] = stamp;
    const next = { ...previous, ...patch, chosenAt, seenStamp: stamp };
    await db.settings.put({ ...next, key: 'settings', updatedAt: now });
    // Which videos count as watched depends on the threshold.
    if (next.watchedThreshold !== previous.watchedThreshold) await rebuildIndex(db);
    return next;
  });
}
