import { browser } from 'wxt/browser';
import {
  loadCatalogue,
  resolveLanguage,
  setLanguage,
  type Language,
  type LanguageChoice,
} from '../i18n/i18n';

/** The interface language for a choice (`auto`: the browser's). */
export const interfaceLanguage = (choice: LanguageChoice = 'auto'): Language =>
  resolveLanguage(choice, browser.i18n.getUILanguage());

/** Loads the chosen language's words, then speaks it: what a page or the worker says next. */
export async function speak(choice: LanguageChoice = 'auto'): Promise<Language> {
  const chosen = interfaceLanguage(choice);
  await loadCatalogue(chosen);
  setLanguage(chosen);
  return chosen;
}
