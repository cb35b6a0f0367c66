import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { readProgress } from '../db/snapshot-repo';
import { planFor, type PlanNow } from '../plan/plan-for';

export { planFor, type PlanNow };

export async function planNow(
  db: CompanionDb,
  roadmap: Roadmap,
  today: Date,
): Promise<PlanNow | null> {
  const { settings, snapshot } = await readProgress(db);
  if (!settings.startDate) return null;
  return planFor(roadmap, settings.startDate, today, snapshot);
}
