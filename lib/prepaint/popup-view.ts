/**
 * The popup's first paint, kept ready by the background (issue 33). Loading React and the
 * popup's modules costs more than the whole budget of a popup's first paint, so the background
 * renders the popup's first screen with the popup's own components whenever what it shows may
 * have changed, and keeps that HTML in the database beside the rows it was rendered from. The
 * popup's early read (a 2 KB script) reads both in one transaction and paints the HTML at once
 * only when it was rendered from exactly the rows read, on the same day, by the same version of
 * the extension; React then renders the same components from the same rows and takes over.
 * A view that is not exactly current is never shown: the popup waits for React as before.
 */
export { toIsoDay as localDay } from '../plan/iso-day';

export const VIEW_KEY = 'popup-view';

/** The kept first screen, in the `derived` table (derived data: never backed up or synced). */
export interface PopupViewRow {
  key: typeof VIEW_KEY;
  /** The extension's version that rendered it: another version may render differently. */
  version: string;
  /** The local day it was rendered for (`YYYY-MM-DD`): the week and today's list follow it. */
  day: string;
  /** What it was rendered from: `inputsOf` the settings, ticks and progress index's stamp. */
  inputs: string;
  /** The interface language it speaks (the document's `lang`) and the page's title in it. */
  lang: string;
  title: string;
  html: string;
}

/** The rows the popup's first render reads, as stored (see lib/db/early-read.ts). */
export interface ViewInputs {
  settings: unknown;
  checks: readonly unknown[];
  /** The progress index's stamp row (lib/db/index-codec.ts, STAMP_KEY): new with every write. */
  stamp: unknown;
}

/**
 * A fingerprint of the rows a first render reads. The rows are the same objects in the early
 * read and in the background (one structured clone, the same key order), so the same rows give
 * the same text; two 32-bit lanes over it make two different states' fingerprints equal only
 * by a ~2⁻⁶⁴ chance.
 */
export function inputsOf({ settings, checks, stamp }: ViewInputs): string {
  const text = JSON.stringify([settings ?? null, checks, stamp ?? null]);
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** What the opening popup knows of itself, to judge a kept view by. */
export interface Opening {
  version: string;
  day: string;
  /** The popup's address after `?` (a week the dashboard linked to is not the kept view). */
  search: string;
  inputs: string;
}

/** Whether a kept view is exactly what the popup's first render would show now. */
export function isCurrentView(row: unknown, now: Opening): row is PopupViewRow {
  if (typeof row !== 'object' || row === null) return false;
  const view = row as Partial<PopupViewRow>;
  return (
    view.key === VIEW_KEY &&
    typeof view.html === 'string' &&
    view.html.length > 0 &&
    view.version === now.version &&
    view.day === now.day &&
    view.inputs === now.inputs &&
    now.search === ''
  );
}

/** The next local midnight after `now` (a new day: the kept view is rendered again). */
export function nextMidnight(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
}
