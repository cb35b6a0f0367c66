import type { ItemProgress, ProgressUnit } from '../lib/progress/item-progress';

const UNIT_NAMES: Record<ProgressUnit, [string, string]> = {
  videos: ['video', 'videos'],
  video: ['video', 'videos'],
  sections: ['section', 'sections'],
  lessons: ['lesson', 'lessons'],
  items: ['notebook or dataset', 'notebooks and datasets'],
  pages: ['page', 'pages'],
  exercises: ['exercise', 'exercises'],
  chapters: ['chapter', 'chapters'],
  task: ['task', 'tasks'],
};

export function unitName(unit: ProgressUnit, count: number): string {
  const [one, many] = UNIT_NAMES[unit];
  return count === 1 ? one : many;
}

export function progressText(progress: ItemProgress): string {
  if (progress.total === null)
    return `${progress.done} ${unitName(progress.unit, progress.done)} watched so far`;
  if (progress.unit === 'task' || progress.unit === 'video')
    return progress.complete ? 'Done' : 'Not done yet';
  return `${progress.done} of ${progress.total} ${unitName(progress.unit, progress.total)}`;
}
