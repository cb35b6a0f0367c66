import type { CompanionDb } from '../db/database';
import { dropView, keepView, readViewRows, type ViewRows } from '../db/popup-view-repo';
import { inputsOf, isCurrentView, localDay, VIEW_KEY } from '../prepaint/popup-view';

export interface FirstScreen {
  lang: string;
  title: string;
  html: string;
}

export interface KeeperDeps {
  db: CompanionDb;
  /** The extension's version (a view of another version is not shown). */
  version: string;
  now: () => Date;
  /** The popup's first screen from these rows (React's server renderer in the worker). */
  render: (rows: Omit<ViewRows, 'view'>) => Promise<FirstScreen | null>;
  log: (message: string) => void;
}

/**
 * Keeps the popup's first screen current (see lib/prepaint/popup-view.ts): `refresh` after
 * any change to the rows it is rendered from and when the day changes. Refreshes run one at a
 * time; several asked for meanwhile make one more. A refresh that finds the kept view current
 * renders nothing.
 */
export function popupViewKeeper(deps: KeeperDeps) {
  let running: Promise<void> | null = null;
  let again = false;

  async function once(): Promise<void> {
    const rows = await readViewRows(deps.db);
    const now = deps.now();
    const inputs = inputsOf(rows);
    const opening = { version: deps.version, day: localDay(now), search: '', inputs };
    if (isCurrentView(rows.view, opening)) return;
    const screen = await deps.render(rows);
    // The rows may have changed while it rendered: the view says which rows it shows, and the
    // popup paints it only if they are still the rows it reads; the next refresh follows.
    if (screen) await keepView(deps.db, { key: VIEW_KEY, ...opening, ...screen });
    else if (rows.view) await dropView(deps.db);
  }

  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once().catch((error) => deps.log(`popup view: ${String(error)}`));
      } while (again);
      running = null;
    })();
    return running;
  }

  return { refresh };
}
