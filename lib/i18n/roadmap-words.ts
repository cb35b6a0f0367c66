/** The roadmap's own words (data/roadmap.ts) in the interface's language. */
import type { AfterSkill, KhanSection, Phase, Resource } from '../../data/roadmap-types';
import { inLanguage } from './i18n';

export const titleOf = (r: Pick<Resource, 'title' | 'hi'>) => inLanguage(r.title, r.hi.title);

export const descriptionOf = (r: Pick<Resource, 'description' | 'hi'>) =>
  inLanguage(r.description, r.hi.description);

export const phaseTitle = (p: Phase) => inLanguage(p.title, p.hi.title);

export const sectionTitle = (s: KhanSection) => inLanguage(s.title, s.hi.title);

export const skillTitle = (s: AfterSkill) => inLanguage(s.title, s.hi.title);

export const linkLabel = (l: { label: string; labelHi: string }) => inLanguage(l.label, l.labelHi);

/** The `index`th chapter of a book (manual steps), in the interface's language. */
export const stepTitle = (steps: string[], stepsHi: string[] | undefined, index: number) =>
  inLanguage(steps[index]!, stepsHi?.[index]);
