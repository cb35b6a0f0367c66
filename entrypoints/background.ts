import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ROADMAP } from '../data/roadmap';
import { getDb } from '../lib/db/database';
import { handleMessage } from '../lib/service/message-handler';

export default defineBackground(() => {
  const deps = {
    db: getDb(),
    roadmap: ROADMAP,
    extensionId: browser.runtime.id,
    now: () => new Date(),
    log: (message: string) => console.warn(`[ml-roadmap] ${message}`),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(deps, message, sender));
});
