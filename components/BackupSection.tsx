import { formatNumber, locale, t, tn } from '../lib/i18n/i18n';
import { useEffect, useState } from 'react';
import { getDb } from '../lib/db/database';
import { exportBackup, importBackup, type ImportMode } from '../lib/backup/backup-repo';
import { parseBackupOffThread } from '../lib/browser/parse-backup-off-thread';
import { listAutoBackups, readAutoBackup, type AutoBackupInfo } from '../lib/backup/auto-backup';
import { localStore } from '../lib/browser/local-store';
import { toIsoDay } from '../lib/plan/calendar';
import { download } from './download';

const when = (at: number) => new Date(at).toLocaleString(locale());

/** Export, import (merge or replace) and the automatic local backups. */
export function BackupSection() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [autos, setAutos] = useState<AutoBackupInfo[]>([]);
  /** The share of a large file read so far (percent), while it is read. */
  const [reading, setReading] = useState<number | null>(null);
  useEffect(() => {
    void listAutoBackups(localStore).then(setAutos);
  }, []);
  const db = getDb();

  const restore = async (json: string, importMode: ImportMode, what: string) => {
    setMessage(null);
    // Read in steps, the share read shown: a large file never freezes the page.
    const parsed = await parseBackupOffThread(json, (share) => setReading(Math.floor(share * 100)));
    setReading(null);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.error });
    // Replacing with a file that lost rows would lose this browser's version of them too.
    if (importMode === 'replace' && parsed.skipped.length > 0) {
      const first = parsed.skipped[0]!;
      return setMessage({
        kind: 'error',
        text: tn('backupDamagedReplace', parsed.skipped.length, {
          where: first.where,
          problem: first.problem,
        }),
      });
    }
    try {
      await importBackup(db, parsed.backup, importMode);
    } catch (error) {
      // The import is one transaction: a refusal inside it changed nothing.
      return setMessage({
        kind: 'error',
        text: error instanceof Error ? error.message : String(error),
      });
    }
    const skipped = parsed.skipped.length
      ? tn('backupSkipped', parsed.skipped.length, {
          list: `${parsed.skipped
            .slice(0, 3)
            .map((row) => `${row.where}: ${row.problem}`)
            .join('; ')}${parsed.skipped.length > 3 ? '; …' : ''}`,
        })
      : '';
    setMessage({
      kind: 'ok',
      text: t(importMode === 'merge' ? 'backupMerged' : 'backupReplaced', { what, skipped }),
    });
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupsHeading')}</h2>
      <p>{t('backupsIntro')}</p>
      <button
        type="button"
        onClick={async () => {
          const now = Date.now();
          download(
            `ml-roadmap-backup-${toIsoDay(new Date(now))}.json`,
            JSON.stringify(await exportBackup(db, now)),
          );
          setMessage({ kind: 'ok', text: t('backupSaved') });
        }}
      >
        {t('exportProgress')}
      </button>

      <form
        className="import"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!file) return setMessage({ kind: 'error', text: t('chooseFileFirst') });
          await restore(await file.text(), mode, t('importedFile', { name: file.name }));
        }}
      >
        <label htmlFor="backup-file">{t('backupFileLabel')}</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <fieldset>
          <legend>{t('whenImporting')}</legend>
          <label className="inline">
            <input
              type="radio"
              name="mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            {t('mergeMine')}
          </label>
          <label className="inline">
            <input
              type="radio"
              name="mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            {t('replaceMine')}
          </label>
        </fieldset>
        <button type="submit">{t('importBackup')}</button>
      </form>

      <h3>{t('autoBackups')}</h3>
      {autos.length === 0 ? (
        <p className="hint">{t('autoBackupsNone')}</p>
      ) : (
        <ul className="autos">
          {[...autos].reverse().map((b) => (
            <li key={b.id}>
              {when(b.at)} ({t(b.reason === 'daily' ? 'autoDaily' : 'autoUpgrade')},{' '}
              {formatNumber(Math.ceil(b.bytes / 1024))} KB){' '}
              {b.reason === 'daily' ? (
                <button
                  type="button"
                  aria-label={t('autoRestoreLabel', { when: when(b.at) })}
                  onClick={async () => {
                    if (!window.confirm(t('autoRestoreConfirm', { when: when(b.at) }))) return;
                    const json = await readAutoBackup(localStore, b.id);
                    if (json)
                      await restore(json, 'replace', t('autoRestoreWhat', { when: when(b.at) }));
                  }}
                >
                  {t('restore')}
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={t('autoDownloadLabel', { when: when(b.at) })}
                  onClick={async () => {
                    const json = await readAutoBackup(localStore, b.id);
                    if (json) download(`ml-roadmap-before-upgrade-${b.at}.json`, json);
                  }}
                >
                  {t('download')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {reading !== null && (
        <p role="status" className="ok">
          <progress
            max={100}
            value={reading}
            aria-label={t('backupReading', { percent: String(reading) })}
          />{' '}
          {t('backupReading', { percent: String(reading) })}
        </p>
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error' : 'ok'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
