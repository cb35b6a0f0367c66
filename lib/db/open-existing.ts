/**
 * Opens a database with bare IndexedDB only if it already exists: opening must never create it
 * (Dexie creates it with its schema). Null when there is none. Dexie-free, for the early read.
 */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Upgrading from nothing means it did not exist: abort, which fails the open below.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
  });
}
