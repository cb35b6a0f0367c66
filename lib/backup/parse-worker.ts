/**
 * Reads a backup file off the page's thread: `JSON.parse` of a file of many megabytes blocks
 * for most of a second, which a worker does without freezing the options page. Posts the
 * share read as it goes, then the result (a validated backup, or why the file is refused).
 */
import { parseBackupInSteps } from './backup-schema';
import { loadCatalogue, setLanguage, type Language } from '../i18n/i18n';

interface Request {
  text: string;
  language: Language;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  // A refusal is worded in the page's language.
  await loadCatalogue(event.data.language);
  setLanguage(event.data.language);
  const result = await parseBackupInSteps(
    event.data.text,
    (share) => self.postMessage({ share }),
    async () => undefined,
  );
  self.postMessage({ result });
};
