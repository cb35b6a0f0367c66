import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarlyRows, startEarlyRead } from '../lib/db/early-read';
import { DB_NAME, SCHEMA_VERSION } from '../lib/db/names';

// Loaded with `async` by the popup and the dashboard: see lib/db/early-read.ts.
export default defineUnlistedScript(() => {
  startEarlyRead(globalThis as unknown as Record<string, unknown>, () =>
    readEarlyRows(indexedDB, DB_NAME, SCHEMA_VERSION),
  );
});
