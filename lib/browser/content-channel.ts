import { browser } from 'wxt/browser';
import type { CompanionPush, Post, Send } from '../protocol/messages';

/** The name of the port content scripts open to the background. */
export const TRACKER_PORT = 'ml-roadmap-tracker';

interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface ContentChannel {
  send: Send;
  post: Post;
  /** Whatever the background pushes unasked (a companion panel change). */
  onPush(fn: (push: CompanionPush) => void): void;
  /** The background asks for a report: a playing page has not confirmed its playhead lately. */
  onConfirm(fn: () => void): void;
  /**
   * The port closed under us (the worker stopped, the extension went): whatever the
   * background held for this page (the playback it followed) is gone with it.
   */
  onDisconnect(fn: () => void): void;
}

/**
 * The content scripts' way to the background: one long-lived port per page rather than a new
 * channel per message (the page's reports must cost next to nothing). Never throws: while the
 * worker restarts, or after the extension was reloaded (the context is invalid), a message is
 * simply not delivered, and the trackers resend what they hold; the port is opened again on
 * the next message.
 */
export function contentChannel(
  ctx: { readonly isInvalid: boolean },
  connect: () => PortLike = () =>
    browser.runtime.connect({ name: TRACKER_PORT }) as unknown as PortLike,
): ContentChannel {
  let port: PortLike | null = null;
  let nextId = 0;
  const pending = new Map<number, (reply: never) => void>();
  let pushed: (push: CompanionPush) => void = () => undefined;
  let confirm: () => void = () => undefined;
  let disconnected: () => void = () => undefined;
  const open = (): PortLike => {
    const p = connect();
    p.onMessage.addListener((message) => {
      const {
        id,
        reply,
        push,
        confirm: asked,
      } = (message ?? {}) as {
        id?: number;
        reply?: never;
        push?: CompanionPush;
        confirm?: boolean;
      };
      if (push) pushed(push);
      if (asked === true) confirm();
      if (id === undefined) return;
      pending.get(id)?.(reply as never);
      pending.delete(id);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // A reload of the extension disconnects us: reading the flag lets the context tell the
      // script.
      void ctx.isInvalid;
      for (const resolve of pending.values()) resolve(undefined as never);
      pending.clear();
      disconnected();
    });
    return p;
  };
  /** Posts one envelope; false when the port cannot be had or used. */
  const postEnvelope = (envelope: object): boolean => {
    try {
      // The flag is an extension API read: checked when a port opens, not on every message.
      if (!port && ctx.isInvalid) return false;
      port ??= open();
      port.postMessage(envelope);
      return true;
    } catch {
      port = null;
      return false;
    }
  };
  return {
    send: (type, payload) =>
      new Promise((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve as (reply: never) => void);
        if (!postEnvelope({ id, message: { type, payload } })) {
          pending.delete(id);
          resolve(undefined);
        }
      }),
    post: (type, payload) => postEnvelope({ message: { type, payload } }),
    onPush: (fn) => {
      pushed = fn;
    },
    onConfirm: (fn) => {
      confirm = fn;
    },
    onDisconnect: (fn) => {
      disconnected = fn;
    },
  };
}
