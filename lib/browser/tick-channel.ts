import { browser } from 'wxt/browser';
import type { PageRequest } from '../protocol/messages';

/** The background's answer to a page's request: written, and whether it applied. */
export interface PageReply {
  written: true;
  applied: boolean;
}

/**
 * Ticks and changes of plan go through the background, which outlives the popup: a popup
 * closed right after the click would abort a write of its own (seen: a tick was lost about
 * one time in four). Where the background cannot be reached, the page writes it itself.
 */
export function askBackground(
  request: PageRequest,
  writeHere: () => Promise<boolean | void>,
): Promise<boolean> {
  return browser.runtime
    .sendMessage(request)
    .then((reply: unknown) =>
      (reply as PageReply | undefined)?.written === true
        ? (reply as PageReply).applied
        : writeHere().then((applied) => applied !== false),
    )
    .catch(() => writeHere().then((applied) => applied !== false));
}

export function sendTick(key: string, done: boolean, writeHere: () => Promise<unknown>) {
  return askBackground({ type: 'ui:tick', key, done }, () => writeHere().then(() => true));
}

export function sendMark(
  videoId: string,
  watched: boolean,
  writeHere: (videoId: string) => Promise<unknown>,
) {
  return askBackground({ type: 'ui:mark', videoId, watched }, () =>
    writeHere(videoId).then(() => true),
  );
}
