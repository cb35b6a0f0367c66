import { renderToString } from 'react-dom/server';
import { PopupApp } from './PopupApp';
import { fromEarlyRows } from '../lib/progress/snapshot-from-rows';
import { decodeIndex, isCurrentRow } from '../lib/db/index-codec';
import { interfaceLanguage } from '../lib/browser/interface-language';
import { language, loadCatalogue, setLanguage, t } from '../lib/i18n/i18n';
import type { FirstScreen } from '../lib/service/popup-view-keeper';
import type { ViewRows } from '../lib/db/popup-view-repo';

/**
 * The popup's first screen as its first render draws it from these rows (what the early read
 * reads), rendered ahead by the background with the popup's own components: null when that
 * render would wait for the database (no plan data yet, an index to rebuild) or before the
 * plan has started. A page address
 * and localStorage are the popup's own: with none, its first render shows the current week and
 * says no item completed (the popup says it a moment later, when React renders).
 */
export async function renderFirstScreen(rows: Omit<ViewRows, 'view'>): Promise<FirstScreen | null> {
  const early = fromEarlyRows({
    settings: rows.settings,
    checks: rows.checks,
    index: isCurrentRow(rows.index) ? decodeIndex(rows.index) : undefined,
  });
  // Only the plan's screen: the first run's form would take typing React could not see.
  if (!early?.settings.startDate) return null;
  const lang = interfaceLanguage(early.settings.uiLanguage);
  await loadCatalogue(lang);
  // The render speaks the popup's language; the worker's own words go on in its own.
  const before = language();
  try {
    const html = renderToString(<PopupApp early={early} host={{ search: '', reviewSeen: '' }} />);
    return { lang, title: t('actionTitle'), html };
  } finally {
    setLanguage(before);
  }
}
