import type { CheckRecord, CompanionDb, SettingsRecord } from './database';
import { INDEX_KEY, STAMP_KEY, type IndexRow, type StampRow } from './index-codec';
import { VIEW_KEY, type PopupViewRow } from '../prepaint/popup-view';

/** The rows the popup's first render reads, as stored, with the kept first screen. */
export interface ViewRows {
  settings: SettingsRecord | undefined;
  checks: CheckRecord[];
  index: IndexRow | undefined;
  stamp: StampRow | undefined;
  view: PopupViewRow | undefined;
}

/** The kept view shares the `derived` table with the progress index (one row each). */
const views = (db: CompanionDb) => db.table<PopupViewRow, string>('derived');

/** One read, in one transaction, as the early read reads them. */
export function readViewRows(db: CompanionDb): Promise<ViewRows> {
  return db.transaction('r', db.settings, db.checks, db.derived, async () => {
    const [inputs, index, view] = await Promise.all([
      readViewInputs(db),
      db.derived.get(INDEX_KEY),
      views(db).get(VIEW_KEY),
    ]);
    return { ...inputs, index, view };
  });
}

export const keepView = (db: CompanionDb, view: PopupViewRow) => views(db).put(view);

export const dropView = (db: CompanionDb) => views(db).delete(VIEW_KEY);

/** What the kept view is judged by (not the index itself): what the worker watches. */
export function readViewInputs(db: CompanionDb) {
  return db.transaction('r', db.settings, db.checks, db.derived, async () => {
    const [settings, checks, stamp] = await Promise.all([
      db.settings.get('settings'),
      db.checks.toArray(),
      db.table<StampRow, string>('derived').get(STAMP_KEY),
    ]);
    return { settings, checks, stamp };
  });
}
