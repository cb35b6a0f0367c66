import { browser } from 'wxt/browser';
import type { Send } from '../protocol/messages';

/**
 * The content scripts' way to the background. Never throws: while the worker restarts, or
 * after the extension was reloaded (the context is invalid), a message is simply not
 * delivered, and the trackers resend what they hold.
 */
export function contentSender(ctx: { readonly isInvalid: boolean }): Send {
  return async (type, payload) => {
    if (ctx.isInvalid) return undefined;
    try {
      return await browser.runtime.sendMessage({ type, payload });
    } catch {
      return undefined;
    }
  };
}
