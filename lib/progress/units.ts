import type { ProgressUnit } from './item-progress';
import { tn, type PluralKey } from '../i18n/i18n';

const UNIT_KEYS: Record<ProgressUnit, PluralKey> = {
  videos: 'unitVideo',
  video: 'unitVideo',
  sections: 'unitSection',
  lessons: 'unitLesson',
  items: 'unitNotebook',
  pages: 'unitPage',
  exercises: 'unitExercise',
  chapters: 'unitChapter',
  task: 'unitTask',
};

/** The unit's name for `count` of it, in the interface's language. */
export function unitName(unit: ProgressUnit, count: number): string {
  return tn(UNIT_KEYS[unit], count);
}
