import { useEffect, useState } from 'react';
import { getDb } from '../lib/db/database';
import { exportBackup, importBackup, type ImportMode } from '../lib/backup/backup-repo';
import { parseBackup } from '../lib/backup/backup-schema';
import { listAutoBackups, readAutoBackup, type AutoBackupInfo } from '../lib/backup/auto-backup';
import { localStore } from '../lib/browser/local-store';
import { toIsoDay } from '../lib/plan/calendar';
import { download } from './download';

const when = (at: number) => new Date(at).toLocaleString();

/** Export, import (merge or replace) and the automatic local backups. */
export function BackupSection() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [autos, setAutos] = useState<AutoBackupInfo[]>([]);
  useEffect(() => {
    void listAutoBackups(localStore).then(setAutos);
  }, []);
  const db = getDb();

  const restore = async (json: string, importMode: ImportMode, what: string) => {
    const parsed = parseBackup(json);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.error });
    // Replacing with a file that lost rows would lose this browser's version of them too.
    if (importMode === 'replace' && parsed.skipped.length > 0) {
      const first = parsed.skipped[0]!;
      return setMessage({
        kind: 'error',
        text: `${parsed.skipped.length} ${parsed.skipped.length === 1 ? 'entry' : 'entries'} of this file ${parsed.skipped.length === 1 ? 'is' : 'are'} damaged (first: ${first.where}: ${first.problem}). Replacing your progress with it could lose them: merge it instead, which keeps what you have. Nothing was changed.`,
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
      ? ` ${parsed.skipped.length} damaged ${parsed.skipped.length === 1 ? 'entry was' : 'entries were'} left out (${parsed.skipped
          .slice(0, 3)
          .map((row) => `${row.where}: ${row.problem}`)
          .join('; ')}${parsed.skipped.length > 3 ? '; …' : ''}).`
      : '';
    setMessage({
      kind: 'ok',
      text: `${what}: ${importMode === 'merge' ? 'merged into' : 'replaced'} your progress.${skipped}`,
    });
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      <p>
        Your progress lives in this browser (a summary of it also in your browser account, only if
        you turn sync on). Keep a copy before reinstalling or moving.
      </p>
      <button
        type="button"
        onClick={async () => {
          const now = Date.now();
          download(
            `ml-roadmap-backup-${toIsoDay(new Date(now))}.json`,
            JSON.stringify(await exportBackup(db, now)),
          );
          setMessage({ kind: 'ok', text: 'Backup file saved.' });
        }}
      >
        Export progress
      </button>

      <form
        className="import"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!file) return setMessage({ kind: 'error', text: 'Choose a backup file first.' });
          await restore(await file.text(), mode, `Imported ${file.name}`);
        }}
      >
        <label htmlFor="backup-file">Backup file to import</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <fieldset>
          <legend>When importing</legend>
          <label className="inline">
            <input
              type="radio"
              name="mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            Merge with my progress
          </label>
          <label className="inline">
            <input
              type="radio"
              name="mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            Replace my progress
          </label>
        </fieldset>
        <button type="submit">Import the backup</button>
      </form>

      <h3>Automatic backups</h3>
      {autos.length === 0 ? (
        <p className="hint">
          None yet: one is kept each day you study (the last five), and one before each upgrade.
        </p>
      ) : (
        <ul className="autos">
          {[...autos].reverse().map((b) => (
            <li key={b.id}>
              {when(b.at)} ({b.reason === 'daily' ? 'daily' : 'before an upgrade'},{' '}
              {Math.ceil(b.bytes / 1024)} KB){' '}
              {b.reason === 'daily' ? (
                <button
                  type="button"
                  aria-label={`Restore the backup of ${when(b.at)}`}
                  onClick={async () => {
                    if (!window.confirm(`Replace your progress with the backup of ${when(b.at)}?`))
                      return;
                    const json = await readAutoBackup(localStore, b.id);
                    if (json) await restore(json, 'replace', `Backup of ${when(b.at)}`);
                  }}
                >
                  Restore
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={`Download the backup of ${when(b.at)}`}
                  onClick={async () => {
                    const json = await readAutoBackup(localStore, b.id);
                    if (json) download(`ml-roadmap-before-upgrade-${b.at}.json`, json);
                  }}
                >
                  Download
                </button>
              )}
            </li>
          ))}
        </ul>
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
