import type { ItemProgress } from '../lib/progress/item-progress';
import { unitName } from '../lib/progress/units';

export { unitName };

export function progressText(progress: ItemProgress): string {
  if (progress.total === null) {
    if (progress.ticked) return 'Done';
    return `${progress.done} ${unitName(progress.unit, progress.done)} ${progress.unit === 'videos' ? 'watched' : 'opened'} so far`;
  }
  if (progress.unit === 'task' || progress.unit === 'video')
    return progress.complete ? 'Done' : 'Not done yet';
  return `${progress.done} of ${progress.total} ${unitName(progress.unit, progress.total)}`;
}
