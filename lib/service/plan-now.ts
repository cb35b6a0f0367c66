import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { readSnapshot } from '../db/snapshot-repo';
import { getSettings } from '../db/settings-repo';
import { planFor, type PlanNow } from '../plan/plan-for';

export { planFor, type PlanNow };

export async function planNow(
  db: CompanionDb,
  roadmap: Roadmap,
  today: Date,
): Promise<PlanNow | null> {
  const [settings, snapshot] = await Promise.all([getSettings(db), readSnapshot(db)]);
  if (!settings.startDate) return null;
  return planFor(roadmap, settings.startDate, today, snapshot);
}
