import type { Root } from 'react-dom/client';

/**
 * What a page shows when the browser refuses the extension its database, instead of a page
 * that waits for it forever. Seen in Firefox set to "Never remember history": extension pages
 * then cannot open IndexedDB at all (InvalidStateError), and nothing can be stored.
 */
export function StorageProblem({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="popup">
      <h1>Your progress cannot be stored in this browser</h1>
      <p role="alert">
        The browser refused the extension its storage, so it cannot show or record your progress.
        Nothing was changed.
      </p>
      <p>
        Firefox does this when it is set to never remember history (Settings, Privacy &amp;
        Security, History). Let it remember history, or use a profile that does, then open this page
        again.
      </p>
      <p className="hint">Browser’s words: {detail}</p>
    </main>
  );
}

/**
 * Replaces the page with {@link StorageProblem} if the database cannot be opened. Dexie is
 * loaded after the first paint, as the pages load it anyway (see use-live-progress).
 */
export function watchStorage(
  root: Root,
  open: () => Promise<unknown> = () => import('../lib/db/database').then((m) => m.getDb().open()),
) {
  void open().catch((error: unknown) => root.render(<StorageProblem error={error} />));
}
