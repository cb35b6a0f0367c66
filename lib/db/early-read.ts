import type { CheckRecord, SettingsRecord } from './database';
import {
  decodeIndex,
  INDEX_KEY,
  isCurrentRow,
  STAMP_KEY,
  type IndexRow,
  type ProgressIndex,
} from './index-codec';
import { openExisting } from './open-existing';
import { VIEW_KEY } from '../prepaint/popup-view';

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

/** The rows the popup's kept first screen is judged by (lib/prepaint/popup-view.ts). */
export interface StoredRows {
  settings: SettingsRecord | undefined;
  checks: CheckRecord[];
  stamp: unknown;
  view: unknown;
}

export async function readEarlyRows(
  factory: IDBFactory,
  name: string,
  schemaVersion: number,
  /**
   * Given the small rows as soon as they are read, with the kept view: before the index (the
   * largest row) has arrived and been decoded. The popup paints its kept view there.
   */
  asRead?: (rows: StoredRows) => void,
): Promise<EarlyRows | null> {
  try {
    const db = await openExisting(factory, name);
    if (!db) return null;
    try {
      // Dexie stores version N as IndexedDB version N × 10.
      if (db.version !== schemaVersion * 10) return null;
      const tx = db.transaction(['settings', 'checks', 'derived'], 'readonly');
      const derived = tx.objectStore('derived');
      // Asked for in this order, answered in this order: the index last.
      const settings = request(tx.objectStore('settings').get('settings'));
      const checks = request(tx.objectStore('checks').getAll());
      const kept = asRead
        ? Promise.all([request(derived.get(STAMP_KEY)), request(derived.get(VIEW_KEY))])
        : undefined;
      const index = request(derived.get(INDEX_KEY) as IDBRequest<IndexRow | undefined>);
      if (asRead && kept) {
        const [[stamp, view], settingsRow, checkRows] = await Promise.all([kept, settings, checks]);
        try {
          asRead({ settings: settingsRow, checks: checkRows, stamp, view });
        } catch {
          // A paint that failed leaves the page to React, as without one.
        }
      }
      const [settingsRow, checkRows, row] = await Promise.all([settings, checks, index]);
      return {
        settings: settingsRow,
        checks: checkRows,
        index: isCurrentRow(row) ? decodeIndex(row) : undefined,
      };
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
