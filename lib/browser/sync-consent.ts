import { browser } from 'wxt/browser';

/**
 * Firefox's own consent for what sync hands to Mozilla's servers: the manifest declares no data
 * collection, and browsing activity (which roadmap videos and pages were opened) as optional,
 * asked for when the learner turns sync on. Chrome has no such consent: its store's data-use
 * answers cover it (STORE.md).
 */
const SYNC_DATA = { data_collection: ['browsingActivity'] };

/** The slice of `browser.permissions` used (injected: tests pass a fake). */
export interface ConsentPermissions {
  request(permissions: object): Promise<boolean>;
  contains(permissions: object): Promise<boolean>;
  getAll(): Promise<object>;
}

export interface SyncConsent {
  /**
   * Asks for sync's data consent; true when sync may run. Call it first thing in the click
   * handler, before any await: Firefox prompts only inside a user action.
   */
  ask(): Promise<boolean>;
  /** Whether sync may write now: in Firefox, only while the consent is held. */
  held(): Promise<boolean>;
}

export function syncConsent(permissions: ConsentPermissions, firefox: boolean): SyncConsent {
  // A Firefox that knows data collection permissions lists them in `getAll()`; an older one
  // has no such consent to give.
  const asksConsent = async () =>
    'data_collection' in ((await permissions.getAll().catch(() => ({}))) as object);
  return {
    ask: () =>
      firefox
        ? permissions.request(SYNC_DATA).catch(async () => !(await asksConsent()))
        : Promise.resolve(true),
    held: async () =>
      !firefox || !(await asksConsent()) || permissions.contains(SYNC_DATA).catch(() => false),
  };
}

const consent = syncConsent(
  browser.permissions as unknown as ConsentPermissions,
  import.meta.env.FIREFOX,
);
export const askSyncConsent = consent.ask;
export const syncConsentHeld = consent.held;
