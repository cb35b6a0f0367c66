/**
 * The interface's words, from the message catalogues in public/_locales: the browser's i18n
 * format, from which the browser also takes the manifest's name, description and shortcuts.
 * The browser's `i18n.getMessage` speaks only the browser's language, and the learner may
 * choose another, so the pages read the chosen catalogue themselves: bundled, so the first
 * paint already speaks it. English is bundled (it is also every key's fallback); Hindi is
 * loaded when it is the language (`loadCatalogue`), sparing the others its 10 KB gzip.
 * Plurals by Intl.PluralRules, numbers and dates by Intl.
 */
import en from '../../public/_locales/en/messages.json';

export type Language = 'en' | 'hi';
/** The setting: the browser's language (`auto`), or one chosen whatever the browser's is. */
export type LanguageChoice = 'auto' | Language;
export type MessageKey = keyof typeof en;

type Entry = { message: string };
const CATALOGUES: Partial<Record<Language, Record<string, Entry | undefined>>> = { en };

export function catalogueLoaded(chosen: Language): boolean {
  return CATALOGUES[chosen] !== undefined;
}

/** Loads a language's catalogue (once); until then its words fall back to English. */
export async function loadCatalogue(chosen: Language): Promise<void> {
  if (chosen === 'hi' && !CATALOGUES.hi)
    CATALOGUES.hi = (await import('../../public/_locales/hi/messages.json')).default;
}
const LOCALES: Record<Language, string> = { en: 'en', hi: 'hi-IN' };

let current: Language = 'en';

/** Sets the language every later `t` speaks; pages call it when they learn the settings. */
export function setLanguage(chosen: Language): void {
  current = chosen;
}

export function language(): Language {
  return current;
}

/** The BCP 47 tag of the current language, for Intl. */
export function locale(): string {
  return LOCALES[current];
}

/** The interface language: the learner's choice, else Hindi for a browser in Hindi. */
export function resolveLanguage(choice: LanguageChoice, browserLanguage: string): Language {
  if (choice !== 'auto') return choice;
  return /^hi\b/i.test(browserLanguage) ? 'hi' : 'en';
}

export type Params = Record<string, string | number>;

// Making an Intl formatter costs far more than using one (a popup's first render made ~200:
// ~20 ms of its time): one per language and options, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A number as the current language writes it. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${locale()} ${JSON.stringify(options)}` : locale();
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(), options)));
  return format.format(value);
}

/**
 * The message `key` in the current language (in English if the catalogue lacks it), its
 * `$name$` placeholders filled from `params` (numbers written for the language).
 */
export function t(key: MessageKey, params: Params = {}): string {
  const entry = CATALOGUES[current]?.[key] ?? en[key];
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const value = params[name.toLowerCase()];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The keys that come in plural forms: `<base>_one`, `<base>_other`. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer B}_other`
    ? B
    : never
  : never;

/** The form of `base` for `count` in the current language; `count` is also a parameter. */
export function tn(base: PluralKey, count: number, params: Params = {}): string {
  let rules = pluralRules.get(locale());
  if (!rules) pluralRules.set(locale(), (rules = new Intl.PluralRules(locale())));
  const form = rules.select(count);
  const key = (form === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, { count, ...params });
}

/** A word of the roadmap's data, in the current language. */
export function inLanguage(english: string, hindi: string | undefined): string {
  return current === 'hi' && hindi ? hindi : english;
}
