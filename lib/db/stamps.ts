/**
 * Change stamps in hybrid logical time. Sync and merges keep the later of two changes by its
 * stamp; stamped with the local clock alone, a computer whose clock runs hours ahead (a
 * dual-boot PC keeping the hardware clock in local time) would win over every later change
 * made elsewhere. A change made after this browser has seen stamp `s` is stamped at least
 * `s + 1`, so it wins over everything it could have known of, whatever the clocks say.
 */
import type { CompanionDb, SettingsRecord } from './database';
import { DEFAULT_SETTINGS } from './settings-defaults';

/** The stamp for a change made at `now` after having seen `seen`. */
export const stampAfter = (seen: number | undefined, now: number): number =>
  Math.max(now, (seen ?? 0) + 1);

/** The settings row with `stamp` counted as seen. */
export function withSeen(row: SettingsRecord | undefined, stamp: number): SettingsRecord {
  const base = row ?? { ...DEFAULT_SETTINGS, key: 'settings' as const, updatedAt: 0 };
  return stamp > (base.seenStamp ?? 0) ? { ...base, seenStamp: stamp } : base;
}

/**
 * Takes the next stamp for a change made now (call inside a transaction that writes
 * `db.settings`): the stamp is recorded as seen, so the next one comes after it.
 */
export async function takeStamp(db: CompanionDb, now: number): Promise<number> {
  const row = await db.settings.get('settings');
  const stamp = stampAfter(row?.seenStamp, now);
  await db.settings.put(withSeen(row, stamp));
  return stamp;
}

/** Records stamps seen from elsewhere (a sync round, an imported file). */
export async function seeStamps(db: CompanionDb, stamps: Iterable<number>): Promise<void> {
  let latest = 0;
  for (const at of stamps) if (Number.isFinite(at) && at > latest) latest = at;
  const row = await db.settings.get('settings');
  if (latest > (row?.seenStamp ?? 0)) await db.settings.put(withSeen(row, latest));
}
