/**
 * The message catalogues (public/_locales, the browser's i18n format): the same keys in English
 * and Hindi, the same placeholders, each key used somewhere and each key used present.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;
const read = (lang: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
  ) as Catalogue;
const EN = read('en');
const HI = read('hi');

/** Every file that may name a message: the manifest's config, pages, code. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}
const texts = [
  join(ROOT, 'wxt.config.ts'),
  ...['entrypoints', 'components', 'lib'].flatMap((d) => sources(join(ROOT, d))),
].map((file) => readFileSync(file, 'utf8'));
/** Keys the manifest and pages name as `__MSG_key__`: the browser resolves those. */
const named = new Set(
  texts.flatMap((text) => [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!)),
);
/** Every quoted word of the code: a key is used where the code names it (or its plural base). */
const quoted = new Set(texts.flatMap((text) => [...text.matchAll(/'(\w+)'/g)].map((m) => m[1]!)));
const isUsed = (key: string) =>
  named.has(key) || quoted.has(key) || quoted.has(key.replace(/_(one|other)$/, ''));

/** A message's `$NAME$` placeholders, as the browser substitutes them. */
const placeholders = (entry: Catalogue[string]) =>
  [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the message catalogues', () => {
  it('hold the same keys in English and Hindi', () => {
    expect(Object.keys(HI).sort()).toEqual(Object.keys(EN).sort());
  });

  it('have the same placeholders in both languages, each one declared', () => {
    for (const key of Object.keys(EN)) {
      expect(placeholders(HI[key]!), key).toEqual(placeholders(EN[key]!));
      for (const name of placeholders(EN[key]!))
        expect(
          Object.keys(EN[key]!.placeholders ?? {}).map((p) => p.toLowerCase()),
          key,
        ).toContain(name);
    }
  });

  it('have no unused key, and every key the manifest names is in them', () => {
    expect(Object.keys(EN).filter((key) => !isUsed(key))).toEqual([]);
    for (const key of named) expect(EN, key).toHaveProperty(key);
  });

  it('give each plural both forms, in both languages', () => {
    for (const catalogue of [EN, HI])
      for (const key of Object.keys(catalogue).filter((k) => k.endsWith('_other')))
        expect(catalogue, key).toHaveProperty(key.replace(/_other$/, '_one'));
  });

  it('are translated: every Hindi message with words is written in Devanagari', () => {
    const untranslated: string[] = [];
    let translated = 0;
    for (const [key, entry] of Object.entries(HI)) {
      // Placeholders, names and abbreviations (“ML”, “Enter”, “CSV”) are not words to translate.
      const words = entry.message
        .replace(/\$\w+\$/g, '')
        .replace(
          /\b(Enter|Markdown|YouTube|Khan Academy|Kaggle|MLflow|Chrome|Firefox|Alt|Shift)\b/g,
          '',
        )
        .replace(/\b[A-Z]{2,}\b/g, '');
      const devanagari = /[\u0900-\u097F]/.test(entry.message);
      if (/[A-Za-z]/.test(words) && !devanagari) untranslated.push(key);
      if (devanagari) translated += 1;
    }
    expect(untranslated).toEqual([]);
    expect(translated).toBeGreaterThan(300);
  });
});
