import { useEffect, useReducer } from 'react';
import { interfaceLanguage } from '../lib/browser/interface-language';
import {
  catalogueLoaded,
  loadCatalogue,
  setLanguage,
  t,
  type Language,
  type LanguageChoice,
  type MessageKey,
} from '../lib/i18n/i18n';

/**
 * The interface language of a page, from the learner's setting (the browser's language until
 * the settings are read). Set during the page's render, before its children render, so the
 * whole render speaks it; the document says it too (screen readers, Devanagari fonts).
 */
export function useInterfaceLanguage(
  choice: LanguageChoice | undefined,
  /** The page's title (its tab's name), in that language. */
  title: MessageKey,
): Language {
  const language = interfaceLanguage(choice);
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  setLanguage(language);
  const pageTitle = t(title);
  useEffect(() => {
    // A language chosen after the page opened: its words follow once its catalogue is here.
    if (!catalogueLoaded(language)) void loadCatalogue(language).then(loaded);
    document.documentElement.lang = language;
    document.title = pageTitle;
  }, [language, pageTitle]);
  return language;
}
