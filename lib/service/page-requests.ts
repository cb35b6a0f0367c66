import type { CompanionDb } from '../db/database';
import { setCheck } from '../db/checks-repo';
import { answerSyncOffer, replanPlan, startPlan, undoPlan } from '../db/plan-actions';
import { markVideo } from '../db/watch-repo';
import type { PageRequest } from '../protocol/messages';
import { gradeNote } from '../notes/review-repo';
import { addStudy } from '../db/daily-repo';
import { shareByDay, type StudyLedger } from '../tracking/study-time';

/**
 * What the extension's own pages ask the background to write (validated by
 * parsePageRequest, from the extension's pages only): a tick, a hand mark or a change of plan. Returns
 * whether it was applied (a re-plan or undo that no longer fits the plan is not).
 */
export async function handlePageRequest(
  db: CompanionDb,
  request: PageRequest,
  now: number,
  ledger?: StudyLedger,
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
    case 'ui:grade':
      return (await gradeNote(db, request.noteId, request.grade, now)) !== null;
    case 'ui:study': {
      // Active time just before now; without the background's ledger it cannot be counted
      // once, so it is not counted.
      if (!ledger) return false;
      const study = shareByDay(ledger.claim({ from: now - request.activeMs, to: now }));
      await db.transaction('rw', db.daily, () => addStudy(db, study));
      return study.length > 0;
    }
  }
}
