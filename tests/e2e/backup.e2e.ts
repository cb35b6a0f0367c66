import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  PY,
  launch,
  openPopup,
  openYouTube,
  playToEnd,
  pyVideo,
  readStore,
  startToday,
  stopServiceWorker,
  type Harness,
} from './harness';

const opened: Harness[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

async function start(): Promise<Harness> {
  const h = await launch();
  opened.push(h);
  return h;
}

async function options(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

const STORES = ['settings', 'videos', 'playlistVideos', 'playlists', 'pages', 'checks', 'daily'];
async function everything(h: Harness) {
  return Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await readStore(h, s)])));
}

describe('backups', () => {
  it('export then import into a fresh profile gives exactly the same state, sending nothing anywhere', async () => {
    const a = await start();
    const outside: string[] = [];
    a.context.on('request', (request) => {
      // Any request the extension itself makes (worker or its pages) must stay inside it.
      const fromExtension =
        request.serviceWorker() !== null || request.frame().url().startsWith('chrome-extension://');
      if (fromExtension && !request.url().startsWith('chrome-extension://'))
        outside.push(request.url());
    });
    await startToday(a);
    const page = await openYouTube(a, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(page);
    const popup = await openPopup(a);
    await popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }).check();
    await expect
      .poll(async () => (await readStore(a, 'videos')).length, { timeout: 10_000 })
      .toBe(1);

    const optionsA = await options(a);
    const download = optionsA.waitForEvent('download');
    await optionsA.getByRole('button', { name: 'Export progress' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'mlrc-backup-')), 'backup.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('ml-roadmap-companion-backup');
    const before = await everything(a);
    expect(outside).toEqual([]);

    const b = await start();
    const optionsB = await options(b);
    await optionsB.getByLabel('Backup file to import').setInputFiles(file);
    await optionsB.getByLabel('Replace my progress').check();
    await optionsB.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await optionsB.getByRole('status').filter({ hasText: 'replaced your progress' }).waitFor();
    expect(await everything(b)).toEqual(before);
  });

  it('refuses a broken file with a clear message and changes nothing', async () => {
    const h = await start();
    await startToday(h);
    const page = await options(h);
    const before = await everything(h);
    const dir = mkdtempSync(join(tmpdir(), 'mlrc-bad-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format":"ml-roadmap-companion-backup","version":1,"exportedAt":');
    await page.getByLabel('Backup file to import').setInputFiles(broken);
    await page.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not valid JSON/);

    const hostile = join(dir, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify({
        format: 'ml-roadmap-companion-backup',
        version: 1,
        exportedAt: Date.now(),
        data: {
          settings: null,
          videos: [
            {
              videoId: 'abcdefghijk',
              duration: -1,
              intervals: [],
              coveredSeconds: 0,
              watchedAt: null,
              currentTime: 0,
              updatedAt: Date.now(),
            },
          ],
          playlistVideos: [],
          playlists: [],
          pages: [],
          checks: [],
          daily: [],
        },
      }),
    );
    // Nothing valid in it (its one row damaged): refused, by a merge as by a replace (issue 29:
    // it used to be "restored" with nothing).
    await page.getByLabel('Backup file to import').setInputFiles(hostile);
    await page.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Nothing in this file could be read.*Nothing was changed/);
    expect(await everything(h)).toEqual(before);

    // One damaged row among valid ones: replacing with it is refused (the damaged row's local
    // version would be lost); a merge restores the rest and says which row it left out.
    const damaged = join(dir, 'damaged.json');
    const file = JSON.parse(readFileSync(hostile, 'utf8'));
    file.data.checks = [{ key: 'dsa', done: true, at: Date.now() }];
    writeFileSync(damaged, JSON.stringify(file));
    await page.getByLabel('Backup file to import').setInputFiles(damaged);
    await page.getByRole('radio', { name: /Replace/ }).check();
    await page.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/data\.videos\.0\.duration.*merge it instead.*Nothing was changed/);
    expect(await everything(h)).toEqual(before);
    await page.getByRole('radio', { name: /Merge/ }).check();
    await page.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Imported damaged\.json/ })
          .textContent(),
      )
      .toMatch(/1 damaged entry was left out \(data\.videos\.0\.duration/);
    await expect.poll(async () => (await readStore(h, 'checks')).length).toBe(1);
  });

  it('refuses 600 000 junk rows at once, read off the page’s thread, and changes nothing', async () => {
    const h = await start();
    await startToday(h);
    const page = await options(h);
    const before = await everything(h);
    const dir = mkdtempSync(join(tmpdir(), 'mlrc-big-'));
    const big = join(dir, 'big.json');
    writeFileSync(
      big,
      JSON.stringify({
        format: 'ml-roadmap-companion-backup',
        version: 3,
        exportedAt: Date.now(),
        data: { pages: Array.from({ length: 600_000 }, (_, i) => ({ x: i })) },
      }),
    );
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByLabel('Backup file to import').setInputFiles(big);
    await page.getByRole('button', { name: 'Import the backup', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/600,000 rows of pages; a backup holds at most 100,000\. Nothing was changed/);
    expect(await everything(h)).toEqual(before);
    // Parsed by the worker, not on the page.
    expect(workers.some((url) => url.includes('parse-worker'))).toBe(true);
  });

  it('keeps a daily automatic backup that the options page restores', async () => {
    const h = await start();
    await startToday(h);
    const popup = await openPopup(h);
    await popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }).check();
    await expect.poll(async () => (await readStore(h, 'checks')).length).toBe(1);
    // The worker takes the day's backup when it starts: stop it, then wake it with a message.
    await stopServiceWorker(h);
    await openYouTube(h, `/watch?v=${pyVideo(9)}&list=${PY}&index=9`);
    const page = await options(h);
    const restore = page.getByRole('button', { name: /^Restore the backup of / });
    await expect
      .poll(
        async () => {
          await page.reload();
          return restore.count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);

    await popup.reload();
    await popup
      .getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' })
      .uncheck();
    await expect
      .poll(async () => (await readStore<{ status: string }>(h, 'checks'))[0]?.status)
      .toBe('open');
    page.once('dialog', (dialog) => void dialog.accept());
    await restore.click();
    await page.getByRole('status').filter({ hasText: 'replaced your progress' }).waitFor();
    expect((await readStore<{ status: string }>(h, 'checks'))[0]?.status).toBe('done');
  });
});
