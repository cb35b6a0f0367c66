import { getDb } from './database';
import { setCheck } from './checks-repo';
import { updateSettings } from './settings-repo';

/** What the popup writes, loaded after its first render (see components/use-live-progress). */
export const tick = (key: string, done: boolean) => setCheck(getDb(), key, done, Date.now());

export const startOn = (startDate: string) =>
  updateSettings(getDb(), { startDate }, Date.now()).then(() => undefined);
