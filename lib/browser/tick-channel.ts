import { browser } from 'wxt/browser';
import type { TickMessage } from '../protocol/messages';

/**
 * Ticks through the background, which outlives the popup: a popup closed right after the
 * click would abort a write of its own (seen: the tick was lost about one time in four).
 * Where the background cannot be reached, the page writes it itself.
 */
export function sendTick(key: string, done: boolean, writeHere: () => Promise<unknown>) {
  const message: TickMessage = { type: 'ui:tick', key, done };
  return browser.runtime
    .sendMessage(message)
    .then((written) => (written === true ? undefined : writeHere()))
    .catch(() => writeHere());
}
