import { afterEach, beforeEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  extensionPage,
  launch,
  openPopup,
  readStore,
  startToday,
  stopServiceWorker,
  type Harness,
} from './harness';

// The popup's first screen, kept ready by the background (lib/prepaint/popup-view.ts): painted
// at once when it is exactly current, never when it is not.

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async () => {
  await h.close();
});

const DSA = 'Mark “Data structures & algorithms” done';

const prepainted = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('popup-prepainted').length > 0);

/** The kept view as stored. */
const keptView = async () =>
  (await readStore<{ key: string; html: string; lang: string }>(h, 'derived')).find(
    (row) => row.key === 'popup-view',
  );

/** Opens the popup as a learner does, once the background has had a moment after a change. */
async function openSettled(): Promise<Page> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const popup = await openPopup(h);
  await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
  return popup;
}

describe('the popup’s kept first screen', () => {
  it('paints the current week at once, and follows a tick made elsewhere', async () => {
    await startToday(h);
    // React takes over the painted screen by hydrating it: nothing on it is ever replaced.
    await h.context.addInitScript(() => {
      const scope = globalThis as unknown as { replaced: number };
      scope.replaced = 0;
      new MutationObserver((changes) => {
        for (const change of changes)
          if ((change.target as Element).id === 'root')
            scope.replaced += change.removedNodes.length;
      }).observe(document, { childList: true, subtree: true });
    });
    const first = await openSettled();
    expect(await prepainted(first)).toBe(true);
    await first.getByRole('button', { name: 'Continue' }).waitFor();
    await first.waitForTimeout(500);
    expect(
      await first.evaluate(() => (globalThis as unknown as { replaced: number }).replaced),
    ).toBe(0);
    // Continue has the focus, as without the kept screen.
    expect(await first.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    // React took over: the tick works, and the next open shows it from the first paint.
    await first.getByRole('checkbox', { name: DSA }).check();
    await first.close();
    const again = await openSettled();
    expect(await prepainted(again)).toBe(true);
    const view = await keptView();
    expect(view?.html).toMatch(/Data structures &amp; algorithms/);
    expect(view?.lang).toBe('en');
    expect(await again.getByRole('checkbox', { name: DSA }).isChecked()).toBe(true);
    // Its words are the learner's language, rendered again when the setting changes.
    const options = await extensionPage(h, 'options.html');
    await options.getByLabel('Interface language').selectOption('hi');
    await options.getByText('इंटरफ़ेस की भाषा सेव हुआ।').waitFor();
    await options.close();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const hindi = await openPopup(h);
    await hindi.getByRole('heading', { level: 1 }).waitFor();
    expect(await prepainted(hindi)).toBe(true);
    expect(await hindi.evaluate(() => document.documentElement.lang)).toBe('hi');
    expect((await keptView())?.lang).toBe('hi');
  });

  it('never paints a view older than the rows: a write the background did not see', async () => {
    await startToday(h);
    const first = await openSettled();
    expect(await prepainted(first)).toBe(true);
    await first.close();
    // The worker is stopped and a tick is written past it (as a page does when the worker
    // cannot answer): the kept view no longer shows the rows, so it is not painted.
    await stopServiceWorker(h);
    const writer = await extensionPage(h, 'options.html');
    await writer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ml-roadmap-companion');
          open.onsuccess = () => {
            const tx = open.result.transaction('checks', 'readwrite');
            tx.objectStore('checks').put({ key: 'dsa', status: 'done', at: Date.now() });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await writer.close();
    const popup = await openPopup(h);
    await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    expect(await prepainted(popup)).toBe(false);
    await expect.poll(() => popup.getByRole('checkbox', { name: DSA }).isChecked()).toBe(true);
  });
});
