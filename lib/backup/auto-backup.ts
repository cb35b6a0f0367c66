import type { CompanionDb } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { exportBackup } from './backup-repo';
import { openExisting } from '../db/open-existing';

/** The slice of `storage.local` the automatic backups use (injected for tests). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface AutoBackupInfo {
  id: string;
  at: number;
  reason: 'daily' | 'before-upgrade';
  bytes: number;
}

const INDEX = 'autoBackups';
/** Daily copies kept; the copies taken before upgrades are kept apart (the last 3 of them). */
export const KEEP_BACKUPS = 5;
export const KEEP_UPGRADE_BACKUPS = 3;
const DAY_MS = 24 * 3600_000;

export async function listAutoBackups(store: KeyValueStore): Promise<AutoBackupInfo[]> {
  const index = (await store.get(INDEX))[INDEX];
  return Array.isArray(index) ? (index as AutoBackupInfo[]) : [];
}

export async function readAutoBackup(store: KeyValueStore, id: string): Promise<string | null> {
  const value = (await store.get(id))[id];
  return typeof value === 'string' ? value : null;
}

async function save(
  store: KeyValueStore,
  json: string,
  at: number,
  reason: AutoBackupInfo['reason'],
) {
  const id = `autoBackup:${at}`;
  const index = [...(await listAutoBackups(store)), { id, at, reason, bytes: json.length }];
  // Each kind rotates on its own: a week of daily copies must never push out the raw copy
  // taken before an upgrade, the one a failed upgrade needs.
  const keep = new Set(
    (['daily', 'before-upgrade'] as const).flatMap((kind) =>
      index
        .filter((b) => b.reason === kind)
        .slice(-(kind === 'daily' ? KEEP_BACKUPS : KEEP_UPGRADE_BACKUPS))
        .map((b) => b.id),
    ),
  );
  const kept = index.filter((b) => keep.has(b.id));
  const dropped = index.filter((b) => !keep.has(b.id)).map((b) => b.id);
  await store.set({ [id]: json, [INDEX]: kept });
  if (dropped.length) await store.remove(dropped);
}

/** A snapshot at most once a day, the last few kept. Returns whether one was taken. */
export async function maybeDailyBackup(
  store: KeyValueStore,
  db: CompanionDb,
  now: number,
): Promise<boolean> {
  const last = (await listAutoBackups(store)).filter((b) => b.reason === 'daily').at(-1);
  if (last && now - last.at < DAY_MS && now >= last.at) return false;
  const backup = await exportBackup(db, now);
  const empty = Object.values(backup.data).every(
    (v) => v === null || (Array.isArray(v) && v.length === 0),
  );
  if (empty) return false;
  await save(store, JSON.stringify(backup), now, 'daily');
  return true;
}

function readAllStores(idb: IDBDatabase): Promise<Record<string, unknown[]>> {
  const names = [...idb.objectStoreNames];
  if (names.length === 0) return Promise.resolve({});
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    const out: Record<string, unknown[]> = {};
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => (out[name] = request.result);
    }
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * Before Dexie upgrades the database to a newer schema, keeps a raw copy of every store as it
 * is: if an upgrade ever went wrong, the learner's data is still there to restore.
 */
export async function backupBeforeUpgrade(
  store: KeyValueStore,
  factory: IDBFactory,
  dbName: string,
  targetIdbVersion: number,
  now: number,
): Promise<boolean> {
  const known = (await factory.databases?.())?.some((d) => d.name === dbName);
  if (known === false) return false;
  const idb = await openExisting(factory, dbName);
  if (!idb) return false;
  try {
    if (idb.version >= targetIdbVersion) return false;
    const stores = await readAllStores(idb);
    const raw = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      schema: idb.version,
      data: stores,
    };
    await save(store, JSON.stringify(raw), now, 'before-upgrade');
    return true;
  } finally {
    idb.close();
  }
}
