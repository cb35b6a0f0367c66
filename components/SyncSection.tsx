import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TOTAL_QUOTA } from '../lib/sync/encoding';
import { TickBox } from './TickBox';

interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** Sync on or off, when it last ran, and how much of the browser's sync quota it uses. */
export function SyncSection({ enabled, onChange }: Props) {
  const [status, setStatus] = useState<{ at: number; bytes: number } | null>(null);
  useEffect(() => {
    const read = () =>
      void browser.storage.local
        .get('syncStatus')
        .then((r) => setStatus((r.syncStatus as { at: number; bytes: number }) ?? null));
    read();
    browser.storage.local.onChanged.addListener(read);
    return () => browser.storage.local.onChanged.removeListener(read);
  }, []);
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between your browsers</h2>
      <p className="hint">
        Uses your browser’s own sync (your Google or Firefox account): which videos you watched,
        your ticks, the pages you opened and your settings. Played parts and daily history stay
        here.
      </p>
      <div className="inline">
        <TickBox
          label="Keep my progress in step across my browsers"
          checked={enabled}
          onChange={onChange}
        />
      </div>
      <p>
        {status
          ? `Last synced ${new Date(status.at).toLocaleString()}, using ${(status.bytes / 1024).toFixed(1)} KB of ${TOTAL_QUOTA / 1024} KB.`
          : 'Not synced yet.'}
      </p>
    </section>
  );
}
