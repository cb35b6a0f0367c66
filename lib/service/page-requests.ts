import type { CompanionDb } from '../db/database';
import { setCheck } from '../db/checks-repo';
import { answerSyncOffer, replanPlan, startPlan, undoPlan } from '../db/plan-actions';
import { markVideo } from '../db/watch-repo';
import type { PageRequest } from '../protocol/messages';

/**
 * What the extension's own pages ask the background to write (validated by
 * parsePageRequest, from the extension's pages only): a tick, a hand mark or a change of plan. Returns
 * whether it was applied (a re-plan or undo that no longer fits the plan is not).
 */
export async function handlePageRequest(
  db: CompanionDb,
  request: PageRequest,
  now: number,
): Promise<boolean> {
  switch (request.type) {
    case 'ui:tick':
      await setCheck(db, request.key, request.done, now);
      return true;
    case 'ui:start':
      return startPlan(db, request.startDate, request.sync, request.track, now);
    case 'ui:replan':
      return replanPlan(db, request.kind, request.weeks, now);
    case 'ui:undo':
      return undoPlan(db, now);
    case 'ui:sync':
      return answerSyncOffer(db, request.on, now);
    case 'ui:mark':
      await markVideo(db, request.videoId, request.watched, now);
      return true;
  }
}
