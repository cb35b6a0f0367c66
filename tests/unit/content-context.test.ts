// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../lib/browser/content-context';

const realId = fakeBrowser.runtime.id;
afterEach(() => {
  (fakeBrowser.runtime as { id?: string }).id = realId;
});

describe('the content scripts’ lean context', () => {
  it('stays valid while the extension is there', () => {
    const ctx = new ContentScriptContext('youtube');
    const stopped = vi.fn<() => void>();
    ctx.onInvalidated(stopped);
    expect(ctx.isInvalid).toBe(false);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('invalidates, once, when the extension is gone (reloaded or removed)', () => {
    const ctx = new ContentScriptContext('youtube');
    const stopped = vi.fn<() => void>();
    ctx.onInvalidated(stopped);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('stops when a later copy of the same script starts, not for other scripts', () => {
    const older = new ContentScriptContext('youtube');
    const other = new ContentScriptContext('sites');
    const stopped = vi.fn<() => void>();
    older.onInvalidated(stopped);
    const newer = new ContentScriptContext('youtube');
    expect(older.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
    expect(other.isInvalid).toBe(false);
  });

  it('speaks WXT’s handshake, so a copy built with WXT’s own context stops it too', () => {
    const ctx = new ContentScriptContext('youtube');
    document.dispatchEvent(
      new CustomEvent(`${fakeBrowser.runtime.id}:youtube:wxt:content-script-started`, {
        detail: { contentScriptName: 'youtube', messageId: 'from-a-newer-build' },
      }),
    );
    expect(ctx.isInvalid).toBe(true);
  });

  it('lets a listener be removed', () => {
    const ctx = new ContentScriptContext('youtube');
    const stopped = vi.fn<() => void>();
    const remove = ctx.onInvalidated(stopped);
    remove();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).not.toHaveBeenCalled();
  });
});
