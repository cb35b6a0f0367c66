import type { CheckRecord, SettingsRecord } from './database';
import {
  decodeIndex,
  INDEX_KEY,
  isCurrentRow,
  type IndexRow,
  type ProgressIndex,
} from './index-codec';
import { openExisting } from './open-existing';

/**
 * The rows a page's first render needs (settings, ticks, progress index), read with bare
 * IndexedDB by a tiny script that runs while the page's main bundle (React, Dexie) is still
 * loading. A popup is open for seconds: starting its read ~100 ms earlier is most of the wait.
 * Anything unexpected (no database yet, an older schema Dexie must upgrade first, an error)
 * gives null, and the page reads through Dexie as usual.
 */
export interface EarlyRows {
  settings: SettingsRecord | undefined;
  checks: CheckRecord[];
  /** Decoded here too: the main thread is idle while the bundle loads. */
  index: ProgressIndex | undefined;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export async function readEarlyRows(
  factory: IDBFactory,
  name: string,
  schemaVersion: number,
): Promise<EarlyRows | null> {
  try {
    const db = await openExisting(factory, name);
    if (!db) return null;
    try {
      // Dexie stores version N as IndexedDB version N × 10.
      if (db.version !== schemaVersion * 10) return null;
      const tx = db.transaction(['settings', 'checks', 'derived'], 'readonly');
      const [settings, checks, row] = await Promise.all([
        request(tx.objectStore('settings').get('settings')),
        request(tx.objectStore('checks').getAll()),
        request(tx.objectStore('derived').get(INDEX_KEY) as IDBRequest<IndexRow | undefined>),
      ]);
      return { settings, checks, index: isCurrentRow(row) ? decodeIndex(row) : undefined };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Where the early script leaves its promise for the page's bundle. */
const SLOT = '__mlRoadmapEarlyRows';

export function startEarlyRead(scope: Record<string, unknown>, read: () => Promise<unknown>) {
  scope[SLOT] = read();
}

/** The early read's rows, if the script ran and finished within `waitMs`. */
export async function takeEarlyRows(
  scope: Record<string, unknown>,
  waitMs: number,
): Promise<EarlyRows | null> {
  const pending = scope[SLOT] as Promise<EarlyRows | null> | undefined;
  delete scope[SLOT];
  if (!pending) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
  return Promise.race([pending, timeout]);
}
