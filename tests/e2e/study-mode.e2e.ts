// Study mode on the imitation YouTube: focus hides recommendations and comments on roadmap
// videos but never the player or the playlist; notes keep their moment and their video
// (also after a client-side switch), show in the side panel, seek there, and export.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LONG_CLIP } from './fixture-sites';
import {
  PY,
  launch,
  mainVideo,
  openYouTube,
  pyVideo,
  readStore,
  startToday,
  type Harness,
  extensionPage,
} from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface NoteRow {
  videoId: string;
  seconds: number;
  text: string;
}

const panel = (page: Page) => page.locator('#ml-roadmap-companion');

/** Puts the playhead at `seconds`, paused. */
async function seekTo(page: Page, seconds: number) {
  await mainVideo(page).evaluate(async (v: HTMLVideoElement, at) => {
    if (v.readyState < 1)
      await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
    v.pause();
    v.currentTime = at;
    await new Promise((r) => v.addEventListener('seeked', r, { once: true }));
  }, seconds);
}

async function addNote(page: Page, text: string) {
  await panel(page).getByRole('button', { name: 'Add a note' }).click();
  const field = panel(page).getByRole('textbox');
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await field.fill(text);
  await field.press('Enter');
  await panel(page).getByText('Note saved.').waitFor();
}

describe('study mode', () => {
  it('focus hides recommendations and comments on a roadmap video, never the player or the playlist', async () => {
    h = await launch();
    await startToday(h);
    const options = await extensionPage(h!, 'options.html');
    await options.getByRole('radio', { name: 'On the roadmap’s videos', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Focus mode' }).waitFor();

    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await panel(page).waitFor();
    await expect.poll(() => page.locator('#related').isVisible(), { timeout: 10_000 }).toBe(false);
    expect(await page.locator('ytd-comments').isVisible()).toBe(false);
    // The 2025+ player's end-of-video wall, inside the player: hidden, the player not.
    expect(await page.locator('.ytp-fullscreen-grid-stills-container').isVisible()).toBe(false);
    expect(await page.locator('ytd-playlist-panel-renderer#playlist').isVisible()).toBe(true);
    expect(await page.locator('#movie_player').isVisible()).toBe(true);
    expect(await mainVideo(page).isVisible()).toBe(true);
    const toggle = panel(page).getByRole('button', { name: 'Focus mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Turned off from the panel: everything shows again.
    await toggle.click();
    await expect.poll(() => page.locator('#related').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    // On again; a video outside the roadmap is left as YouTube shows it.
    await toggle.click();
    await expect.poll(() => page.locator('#related').isVisible(), { timeout: 10_000 }).toBe(false);
    const other = await openYouTube(h, '/watch?v=zzzzzzzzzzz');
    await other.locator('#related').waitFor();
    await other.waitForTimeout(1000);
    expect(await other.locator('#related').isVisible()).toBe(true);
  });

  it('keeps a note at its moment and video, lists it beside the video, seeks there and exports it', async () => {
    h = await launch({ media: LONG_CLIP });
    await startToday(h);
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await panel(page).waitFor();
    await seekTo(page, 42);
    await addNote(page, 'Lists keep their order');
    await expect
      .poll(async () => readStore<NoteRow>(h!, 'notes'), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({
          videoId: pyVideo(1),
          seconds: 42,
          text: 'Lists keep their order',
        }),
      ]);

    // The side panel's page lists it; its time seeks the video there.
    const side = await extensionPage(h!, 'sidepanel.html');
    const time = side.getByRole('button', { name: 'Play from 0:42' });
    await time.waitFor();
    expect(await side.getByText('Lists keep their order').count()).toBe(1);
    await seekTo(page, 10);
    await time.click();
    await expect
      .poll(() => mainVideo(page).evaluate((v: HTMLVideoElement) => Math.round(v.currentTime)))
      .toBe(42);

    // YouTube swaps videos in the same tab: a note taken after the switch is the new video's.
    await page.locator('ytd-playlist-panel-renderer:not([hidden]) a#wc-endpoint').nth(1).click();
    await page.waitForURL(new RegExp(`v=${pyVideo(2)}`));
    await panel(page)
      .getByText(/Video 2 of/)
      .waitFor({ timeout: 10_000 });
    await seekTo(page, 7);
    await addNote(page, 'Tuples do not change');
    await expect
      .poll(async () =>
        (await readStore<NoteRow>(h!, 'notes')).find((n) => n.text === 'Tuples do not change'),
      )
      .toMatchObject({ videoId: pyVideo(2), seconds: 7 });
    await side.getByRole('button', { name: 'Play from 0:07' }).waitFor({ timeout: 10_000 });

    // The Markdown export links each moment.
    const dashboard = await extensionPage(h!, 'dashboard.html');
    await dashboard.getByRole('heading', { name: 'Notes' }).waitFor();
    await dashboard.getByLabel('Search your notes').fill('order');
    await dashboard.getByText('1 of 2 notes').waitFor();
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export as Markdown' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'mlrc-notes-')), 'notes.md');
    await (await download).saveAs(file);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toContain(
      `- [0:42](https://www.youtube.com/watch?v=${pyVideo(1)}&t=42s) Lists keep their order`,
    );
    expect(markdown).toContain(
      `- [0:07](https://www.youtube.com/watch?v=${pyVideo(2)}&t=7s) Tuples do not change`,
    );
    // Anki's file: its header lines, then a card a note with the note's id as the card's.
    const anki = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export for Anki' }).click();
    const ankiFile = join(mkdtempSync(join(tmpdir(), 'mlrc-anki-')), 'notes.txt');
    await (await anki).saveAs(ankiFile);
    const lines = readFileSync(ankiFile, 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const ids = (await readStore<NoteRow & { id: string }>(h!, 'notes')).map((n) => n.id).sort();
    const cards = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
    expect(cards.map((c) => c[0]).sort()).toEqual(ids);
    expect(cards.map((c) => c[3]).sort()).toEqual([
      'Lists keep their order',
      'Tuples do not change',
    ]);
  });
});
