import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarlyRows, startEarlyRead, type StoredRows } from '../lib/db/early-read';
import { DB_NAME, SCHEMA_VERSION } from '../lib/db/names';
import { inputsOf, isCurrentView, localDay } from '../lib/prepaint/popup-view';
import { loadBundle, paintKeptView } from '../lib/browser/prepaint';

// The extension API without the polyfill: this script must stay a few KB.
declare const chrome: {
  runtime: { getManifest(): { version: string }; connect(info: { name: string }): unknown };
};

/** The popup paints its kept first screen when it is exactly current (issue 33). */
function paintIfCurrent(rows: StoredRows) {
  const opening = {
    version: chrome.runtime.getManifest().version,
    day: localDay(new Date()),
    search: location.search,
    inputs: inputsOf(rows),
  };
  if (isCurrentView(rows.view, opening)) paintKeptView(document, rows.view, globalThis);
}

/** However long the read takes, the popup's bundle is asked for by then. */
const BUNDLE_WAIT_MS = 150;

// The dashboard loads it `async`; the popup first in its head, and its bundle after the
// read (see wxt.config.ts, popupBundleAfterFirstPaint).
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (location.pathname !== '/popup.html') {
    startEarlyRead(scope, () => readEarlyRows(indexedDB, DB_NAME, SCHEMA_VERSION));
    return;
  }
  // Wakes the worker as the popup opens (Chrome stops it when idle, and it starts in ~100 ms):
  // a tick or a start sent just before the popup closes then finds it running, rather than
  // waiting for it to start while its page goes away. Nothing listens to this port.
  try {
    chrome.runtime.connect({ name: 'popup-opened' });
  } catch {
    // No worker to wake (a test page): nothing lost, the messages start it as before.
  }
  const bundle = () => loadBundle(document);
  const late = setTimeout(bundle, BUNDLE_WAIT_MS);
  try {
    startEarlyRead(scope, () =>
      readEarlyRows(indexedDB, DB_NAME, SCHEMA_VERSION, paintIfCurrent).finally(() => {
        clearTimeout(late);
        bundle();
      }),
    );
  } catch {
    bundle();
  }
});
