import { formatNumber, locale, t } from '../lib/i18n/i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TOTAL_QUOTA } from '../lib/sync/encoding';
import { TickBox } from './TickBox';
import { ROADMAP } from '../data/roadmap';
import { leftOutWords } from '../lib/sync/left-out-words';

interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** Sync on or off, when it last ran, and how much of the browser's sync quota it uses. */
export function SyncSection({ enabled, onChange }: Props) {
  const [status, setStatus] = useState<{ at: number; bytes: number; leftOut?: unknown[] } | null>(
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
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p className="hint">{t('syncHint')}</p>
      <div className="inline">
        <TickBox label={t('syncToggle')} checked={enabled} onChange={onChange} />
      </div>
      <p>
        {status
          ? t('syncLast', {
              when: new Date(status.at).toLocaleString(locale()),
              used: formatNumber(status.bytes / 1024, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }),
              quota: TOTAL_QUOTA / 1024,
            })
          : t('syncNever')}
      </p>
      {status?.leftOut?.length ? (
        <p className="hint">
          {t('syncFull', {
            items: status.leftOut.map((entry) => leftOutWords(entry, ROADMAP)).join('; '),
          })}
        </p>
      ) : null}
    </section>
  );
}
