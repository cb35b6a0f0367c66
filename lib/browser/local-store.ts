import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../backup/auto-backup';

/** `storage.local`, where the automatic backups live (outside the database they protect). */
export const localStore: KeyValueStore = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};
