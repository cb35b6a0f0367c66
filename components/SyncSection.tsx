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
  const [status, setStatus] = useState<{ at: number; bytes: number; leftOut?: string[] } | null>(
    null,
  );
  useEffect(() => {
    const read = () =>
      void browser.storage.local
        .get('syncStatus')
        .then((r) => setStatus((r.syncStatus as typeof status) ?? null));
    read();
    browser.storage.local.onChanged.addListener(read);
    return () => browser.storage.local.onChanged.removeListener(read);
  }, []);
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between your browsers</h2>
      <p className="hint">
        Off unless you turn it on. When on, the extension writes a summary to your browser’s own
        sync storage, which your browser sends to your Google or Firefox account and to your other
        browsers signed in to it: which videos you watched, your ticks and skips, the pages you
        opened and your settings (start date, language, goal, reminder). Played parts, study minutes
        and backups stay in this browser. Nothing is sent anywhere else.
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
      {status?.leftOut?.length ? (
        <p className="hint">
          Your browser’s sync space is full: left out of sync (still kept here):{' '}
          {status.leftOut.join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
