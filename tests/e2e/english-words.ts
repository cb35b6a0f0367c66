// Finds English left in a page shown in Hindi: every word in Latin letters a learner sees or a
// screen reader reads, less the names a Hindi interface writes in Latin letters too (sites,
// tools, the roadmap's own titles and the videos' titles).
import type { Page } from 'playwright-core';
import hi from '../../public/_locales/hi/messages.json';
import { ROADMAP } from '../../data/roadmap';

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]/g;

/** The roadmap's words a Hindi reader sees: its Hindi titles and steps, not the English ones. */
function inHindi(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'title' || key === 'description' ? [] : [value];
  if (Array.isArray(value))
    return value.flatMap((v) => inHindi(v, key === 'steps' ? 'title' : key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'hi' ? Object.values(v as object).map(String) : inHindi(v, k),
    );
  return [];
}

/** Names: Latin words the Hindi catalogue and the roadmap's Hindi words keep on purpose. */
export function allowedNames(extra: string[] = []): Set<string> {
  const texts = [
    ...Object.values(hi).map((entry) => (entry as { message: string }).message),
    ...inHindi(ROADMAP),
    ...extra,
  ];
  const names = new Set<string>();
  for (const text of texts)
    for (const word of text.match(LATIN_WORD) ?? []) names.add(word.toLowerCase());
  return names;
}

/** The Latin words on the page that are not names. */
export async function englishWords(page: Page, names: Set<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt'])
        out.push(el.getAttribute(attribute) ?? '');
    return out;
  });
  const found = new Set<string>();
  for (const text of texts)
    for (const word of text.match(LATIN_WORD) ?? [])
      if (!names.has(word.toLowerCase())) found.add(word);
  return [...found].sort();
}
