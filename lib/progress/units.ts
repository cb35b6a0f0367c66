import type { ProgressUnit } from './item-progress';

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
