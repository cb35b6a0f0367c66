import { browser } from 'wxt/browser';

/**
 * Firefox's own consent for what sync hands to Mozilla's servers: the manifest declares no data
 * collection, and browsing activity (which roadmap videos and pages were opened) as optional,
 * asked for when the learner turns sync on. Chrome has no such consent: its store's data-use
 * answers cover it (STORE.md).
 */
const SYNC_DATA = { data_collection: ['browsingActivity'] } as unknown as Parameters<
  typeof browser.permissions.request
>[0];

/** A Firefox that knows data collection permissions lists them in `permissions.getAll()`. */
async function firefoxAsksConsent(): Promise<boolean> {
  const all = (await browser.permissions.getAll().catch(() => ({}))) as object;
  return 'data_collection' in all;
}

/**
 * Asks Firefox for sync's data consent; true when sync may run. Call it first thing in the
 * click handler, before any await: Firefox prompts only inside a user action.
 */
export function askSyncConsent(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return Promise.resolve(true);
  return browser.permissions.request(SYNC_DATA).catch(async () => !(await firefoxAsksConsent()));
}

/** Whether sync may write now: in Firefox, only while its data consent is held. */
export async function syncConsentHeld(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return true;
  if (!(await firefoxAsksConsent())) return true;
  return browser.permissions.contains(SYNC_DATA).catch(() => false);
}
