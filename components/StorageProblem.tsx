import { t } from '../lib/i18n/i18n';
import type { Root } from 'react-dom/client';
import { afterFirstPaint } from './after-first-paint';

/**
 * What a page shows when the browser refuses the extension its database, instead of a page
 * that waits for it forever. Seen in Firefox set to "Never remember history": extension pages
 * then cannot open IndexedDB at all (InvalidStateError), and nothing can be stored.
 */
export function StorageProblem({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="popup">
      <h1>{t('storageTitle')}</h1>
      <p role="alert">{t('storageRefused')}</p>
      <p>{t('storageFirefox')}</p>
      <p className="hint">{t('storageWords', { detail })}</p>
    </main>
  );
}

/**
 * Replaces the page with {@link StorageProblem} if the database cannot be opened. Dexie is
 * loaded after the first paint (see after-first-paint), as the pages load it anyway.
 */
export function watchStorage(
  root: Root,
  open: () => Promise<unknown> = () =>
    afterFirstPaint()
      .then(() => import('../lib/db/database'))
      .then((m) => m.getDb().open()),
) {
  void open().catch((error: unknown) => root.render(<StorageProblem error={error} />));
}
