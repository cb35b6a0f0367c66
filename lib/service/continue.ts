import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { CONTINUE_COMMAND } from '../protocol/messages';
import { openOrFocus, type TabsApi } from './open-resource';
import { planNow } from './plan-now';

export interface ContinueDeps {
  db: CompanionDb;
  roadmap: Roadmap;
  tabs: TabsApi;
  openOptions: () => Promise<void>;
  now: () => Date;
}

/**
 * The keyboard shortcut: what Continue in the popup opens, or the settings when there is no
 * start date yet (or nothing left to do).
 */
export async function handleCommand(deps: ContinueDeps, command: string): Promise<string | null> {
  if (command !== CONTINUE_COMMAND) return null;
  const plan = await planNow(deps.db, deps.roadmap, deps.now());
  if (!plan?.next) {
    await deps.openOptions();
    return null;
  }
  await openOrFocus(deps.tabs, plan.next.url);
  return plan.next.url;
}
