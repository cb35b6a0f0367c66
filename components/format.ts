import type { ItemProgress } from '../lib/progress/item-progress';
import { unitName } from '../lib/progress/units';
import { t } from '../lib/i18n/i18n';

export { unitName };

/** Where an item stands in words; empty for a one-off not done yet (its box says so). */
export function progressText(progress: ItemProgress): string {
  if (progress.total === null) {
    if (progress.ticked) return t('progressDone');
    const params = { count: progress.done, unit: unitName(progress.unit, progress.done) };
    return progress.unit === 'videos'
      ? t('progressSoFarWatched', params)
      : t('progressSoFarOpened', params);
  }
  if (progress.unit === 'task' || progress.unit === 'video')
    return progress.complete ? t('progressDone') : '';
  return t('progressOf', {
    done: progress.done,
    total: progress.total,
    unit: unitName(progress.unit, progress.total),
  });
}
