import { browser } from 'wxt/browser';

/** What our content scripts use of their context: the entrypoints are typed with this. */
export interface ContentContext {
  /** Read it when the extension may have gone (a port closed): it also invalidates. */
  readonly isInvalid: boolean;
  onInvalidated(fn: () => void): () => void;
}

/**
 * Stands in for WXT's `ContentScriptContext` in the content-script builds (an alias in
 * `wxt.config.ts`): WXT's class brings timers, a location watcher and listener helpers we never
 * call, about 860 bytes gzip of the 6 KB the YouTube script is allowed. This keeps its
 * constructor, its invalidation, and its handshake: a copy of the same script started later
 * (an update or reload injecting again) announces itself on the document, and this one stops.
 */
export class ContentScriptContext implements ContentContext {
  readonly #abort = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);

  constructor(name: string) {
    // WXT's event name and detail, so a copy built with WXT's own class stops us too.
    const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    const onStarted = (event: Event) => {
      const detail = (event as CustomEvent).detail as
        { contentScriptName?: string; messageId?: string } | undefined;
      if (detail?.contentScriptName === name && detail.messageId !== this.#id) this.#invalidate();
    };
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: name, messageId: this.#id } }),
    );
    document.addEventListener(type, onStarted);
    this.onInvalidated(() => document.removeEventListener(type, onStarted));
  }

  get isInvalid(): boolean {
    // An extension that was reloaded or removed leaves its old scripts without a runtime id.
    if (browser.runtime?.id == null) this.#invalidate();
    return this.#abort.signal.aborted;
  }

  onInvalidated(fn: () => void): () => void {
    const signal = this.#abort.signal;
    signal.addEventListener('abort', fn);
    return () => signal.removeEventListener('abort', fn);
  }

  #invalidate(): void {
    this.#abort.abort('Content script context invalidated');
  }
}
