import { t } from '../lib/i18n/i18n';
import { brokenReaders } from '../lib/sites/site-check';
import { READER_WORDS, useSiteCheck } from './use-site-check';

/**
 * One quiet line in the popup when a site changed under a reader (failures on two pages in a
 * row): what no longer works and what still does. The first such reader only: one line.
 */
export function SiteCheckLine() {
  const broken = brokenReaders(useSiteCheck())[0];
  if (!broken) return null;
  return (
    <p className="status-note site-check" role="status">
      {t(READER_WORDS[broken].broken)} {t('siteBrokenMore')}
    </p>
  );
}
