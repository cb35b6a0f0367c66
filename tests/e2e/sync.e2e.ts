import { afterEach, beforeEach, expect } from 'vitest';
import { launch, openPopup, startToday, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async () => {
  await h.close();
});

async function syncArea(): Promise<Record<string, string>> {
  const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
  return worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: null): Promise<Record<string, string>> } } };
      }
    ).chrome.storage.sync.get(null),
  );
}

describe('sync through the browser', () => {
  it('writes nothing to storage.sync until the learner turns sync on', async () => {
    await startToday(h);
    const popup = await openPopup(h);
    await popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }).check();
    await popup.waitForTimeout(3000);
    expect(await syncArea()).toEqual({});
  });

  it('writes the summary to storage.sync once turned on, and shows when it last synced', async () => {
    const popup = await openPopup(h);
    // Sync is offered once, unticked, on the first run.
    const offer = popup.getByRole('checkbox', { name: 'Also sync my progress across my browsers' });
    expect(await offer.isChecked()).toBe(false);
    await offer.check();
    await popup.getByRole('button', { name: 'Start today' }).click();
    await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    await popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }).check();
    // The first round runs at once; later ones at most every 30 s.
    await expect
      .poll(async () => Object.keys(await syncArea()), { timeout: 45_000, interval: 1000 })
      .toContain('s');
    await expect
      .poll(async () => (await syncArea())['c#0'] ?? '', { timeout: 45_000, interval: 2000 })
      .toMatch(/dsa=d/);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect
      .poll(() => options.getByText(/Last synced .*, using [\d.]+ KB of 100 KB\./).count())
      .toBe(1);
  });
});
