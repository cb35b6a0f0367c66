import { parseBackupInSteps, type ParsedBackup } from '../backup/backup-schema';
import { language } from '../i18n/i18n';

/**
 * Reads a backup file in a worker, so that parsing a file of many megabytes never freezes the
 * page (`JSON.parse` alone takes most of a second for 20 MB); the share read is reported as it
 * goes. Where a worker cannot be started, the file is read on the page in steps instead.
 */
export function parseBackupOffThread(
  text: string,
  onProgress: (share: number) => void,
): Promise<ParsedBackup> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../backup/parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseBackupInSteps(text, onProgress);
  }
  return new Promise<ParsedBackup>((resolve) => {
    const fallBack = () => {
      worker.terminate();
      resolve(parseBackupInSteps(text, onProgress));
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    worker.onmessage = (event: MessageEvent<{ share?: number; result?: ParsedBackup }>) => {
      if (event.data.share !== undefined) onProgress(event.data.share);
      if (event.data.result) {
        worker.terminate();
        resolve(event.data.result);
      }
    };
    worker.postMessage({ text, language: language() });
  });
}
