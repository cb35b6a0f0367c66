import { getDb } from './database';
import { setCheck } from './checks-repo';
import { updateSettings } from './settings-repo';

/** What the popup writes, loaded after its first render (see components/use-live-progress). */
export const tick = (key: string, done: boolean) => setCheck(getDb(), key, done, Date.now());

/** The first run's start; `sync`: the learner also accepted the offer to sync. */
export const startOn = (startDate: string, sync = false) =>
  updateSettings(
    getDb(),
    { startDate, ...(sync ? { syncEnabled: true, syncConsentAt: Date.now() } : {}) },
    Date.now(),
  ).then(() => undefined);
