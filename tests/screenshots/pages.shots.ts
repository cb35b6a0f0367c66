// Writes the screenshot set to docs/screenshots (light and dark): the popup on first run, in
// week 1 and week 10, the options, the dashboard, the panel on YouTube, and study mode (focus,
// a note being taken, the side panel, the dashboard's notes). Not asserted pixel
// by pixel: they are for looking at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  PY,
  ROOT,
  launch,
  openPopup,
  openYouTube,
  playToEnd,
  pyVideo,
  startInWeek,
  startTwoMonthsIn,
  type Harness,
} from '../e2e/harness';
import { SCHEMES } from '../e2e/fixture-sites';

/**
 * Fails when the page's font draws no Devanagari (empty boxes, as on a machine without a
 * Devanagari face): a vowel sign and the anusvara are shaped onto their letter, so a real face
 * makes "कं" barely wider than "क", while missing glyphs draw one box per character.
 */
async function expectDevanagari(page: Page): Promise<void> {
  const ratio = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `16px ${getComputedStyle(document.body).fontFamily}`;
    return context.measureText('कं').width / context.measureText('क').width;
  });
  expect(ratio, 'Devanagari renders (install fonts-noto-core)').toBeLessThan(1.3);
}

const OUT = join(ROOT, 'docs/screenshots');

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, `${name}-${colorScheme}.png`), fullPage });
  }
}

async function popupAt(h: Harness): Promise<Page> {
  const popup = await openPopup(h);
  await popup.setViewportSize({ width: 390, height: 600 });
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return popup;
}

/** Starts the plan from the first-run page so that today falls in `week` (past the end too). */
async function startOn(popup: Page, week: number, language: 'en' | 'hi'): Promise<void> {
  const start = new Date();
  start.setDate(start.getDate() - (week - 1) * 7);
  const iso = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
  await popup
    .getByLabel(language === 'hi' ? 'या शुरू करने की तारीख़ चुनें' : 'Or pick a start date')
    .fill(iso);
  await popup
    .getByRole('button', { name: language === 'hi' ? 'इस तारीख़ से शुरू करें' : 'Start on this date' })
    .click();
}

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe('screenshots', () => {
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it('popup on first run and in week 1, options, panel', async () => {
    h = await launch();
    await shoot(await popupAt(h), 'popup-first-run');
    const popup = await popupAt(h);
    await popup.getByRole('button', { name: 'Start today' }).click();
    await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(page);
    await page.locator('#ml-roadmap-companion').waitFor();
    await page.setViewportSize({ width: 900, height: 640 });
    await shoot(page, 'youtube-panel');
    // The playlist's own rows, marked: video 1 watched, this week's share ringed.
    const next = await openYouTube(h, `/watch?v=${pyVideo(2)}&list=${PY}&index=2`);
    await next.setViewportSize({ width: 560, height: 640 });
    const rows = next.locator('ytd-playlist-panel-renderer:not([hidden]) #items');
    await rows.locator('.mlrc-mark[data-m~="w"]').waitFor();
    for (const colorScheme of SCHEMES) {
      await next.emulateMedia({ colorScheme });
      const box = (await rows.boundingBox())!;
      // The first rows: this week's share and the one watched.
      await next.screenshot({
        path: join(OUT, `youtube-rows-${colorScheme}.png`),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: 300 },
      });
    }
    await popup.reload();
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await shoot(popup, 'popup-week-1');
    await shoot(popup, 'popup-week-1-whole', true);
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await shoot(options, 'options', true);
  });

  it('popup in week 10 with nothing done, offered a new plan', async () => {
    h = await launch();
    await startInWeek(h, 10);
    const popup = await popupAt(h);
    await shoot(popup, 'popup-week-10-nothing-done', true);
    await popup.getByRole('button', { name: 'Plan the weeks ahead again' }).click();
    await shoot(popup, 'popup-replan');
  });

  it('the popup and the dashboard of a learner two months in', async () => {
    h = await launch();
    // Nine weeks of watching, ticks, notes and study minutes, restored from a backup file.
    await startTwoMonthsIn(h);
    const popup = await popupAt(h);
    await shoot(popup, 'popup-week-10');
    await shoot(popup, 'popup-week-10-whole', true);
    const dashboard = await h.context.newPage();
    await dashboard.setViewportSize({ width: 1000, height: 900 });
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dashboard.getByRole('heading', { name: /^Week 10 of 24 · / }).waitFor();
    await dashboard.getByText(/minutes in 10 weeks/).waitFor();
    await shoot(dashboard, 'dashboard');
  });

  it('study mode: the panel taking a note with focus on, the side panel, the notes', async () => {
    h = await launch();
    await startInWeek(h, 1);
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await page.setViewportSize({ width: 900, height: 700 });
    const panel = page.locator('#ml-roadmap-companion');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Focus mode' }).click();
    await page.locator('#related').waitFor({ state: 'hidden' });
    for (const [seconds, text] of [
      [12, 'print() takes any number of arguments'],
      [21, 'Variables are names, not boxes'],
    ] as const) {
      await page.locator('#movie_player video').evaluate((v: HTMLVideoElement, at) => {
        v.currentTime = at;
      }, seconds);
      await panel.getByRole('button', { name: 'Add a note' }).click();
      await panel.getByRole('textbox').fill(text);
      await panel.getByRole('textbox').press('Enter');
      await panel.getByText('Note saved.').waitFor();
    }
    await panel.getByRole('button', { name: 'Add a note' }).click();
    await panel.getByRole('textbox').fill('Strings are immutable');
    await shoot(page, 'youtube-study-mode');
    const side = await h.context.newPage();
    await side.setViewportSize({ width: 380, height: 700 });
    await side.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await side.getByRole('button', { name: 'Play from 0:12' }).waitFor();
    await shoot(side, 'side-panel');
    const dashboard = await h.context.newPage();
    await dashboard.setViewportSize({ width: 1000, height: 700 });
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#notes`);
    await dashboard.getByRole('heading', { name: 'Notes' }).scrollIntoViewIfNeeded();
    await shoot(dashboard, 'dashboard-notes');
  });

  it('remembering: the review page, notes and links on an item, in English and Hindi', async () => {
    h = await launch();
    await startTwoMonthsIn(h);
    const review = await h.context.newPage();
    await review.setViewportSize({ width: 760, height: 560 });
    await review.goto(`chrome-extension://${h.extensionId}/review.html`);
    await review.getByText('Note 1 of 3').waitFor();
    await shoot(review, 'review-card');
    await review.keyboard.press('Space');
    await review.locator('blockquote').waitFor();
    await shoot(review, 'review-note');
    const dashboard = await h.context.newPage();
    await dashboard.setViewportSize({ width: 1000, height: 900 });
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html#notes`);
    await dashboard.getByRole('link', { name: /Python Tutor/ }).waitFor();
    await dashboard.locator('#notes').scrollIntoViewIfNeeded();
    await shoot(dashboard, 'dashboard-notes-item');
    // In Hindi: the same cards, then the end of the review.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Interface language').selectOption('hi');
    await options.getByRole('heading', { level: 1, name: /सेटिंग्स/ }).waitFor();
    await review.reload();
    await review.getByText('3 में से नोट 1').waitFor();
    await expectDevanagari(review);
    await review.keyboard.press('Space');
    await review.locator('blockquote').waitFor();
    await shoot(review, 'hi-review-note');
    for (const key of ['1', 'Space', '2', 'Space', '3']) await review.keyboard.press(key);
    await review.getByRole('heading', { name: /आज आपने 3 नोट्स दोहराए/ }).waitFor();
    await shoot(review, 'hi-review-done');
    const popup = await popupAt(h);
    await shoot(popup, 'hi-popup-week-10');
  });

  it('in Hindi: the popup on first run and in week 1, the settings and the dashboard', async () => {
    h = await launch({ language: 'hi' });
    const first = await popupAt(h);
    await shoot(first, 'hi-popup-first-run');
    await expectDevanagari(first);
    await first.getByRole('button', { name: 'आज शुरू करें' }).click();
    await first.getByRole('heading', { name: /हफ़्ता 1 \/ 24/ }).waitFor();
    await shoot(first, 'hi-popup-week-1');
    await shoot(first, 'hi-popup-week-1-whole', true);
    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await shoot(options, 'hi-options', true);
    const dashboard = await h.context.newPage();
    await dashboard.setViewportSize({ width: 1000, height: 900 });
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dashboard.getByRole('heading', { level: 1 }).waitFor();
    await shoot(dashboard, 'hi-dashboard');
  });

  it('coming back: far behind in English and Hindi, past week 24, a site that changed', async () => {
    for (const language of ['en', 'hi'] as const) {
      h = await launch({ language });
      const popup = await popupAt(h);
      await startOn(popup, 12, language);
      await popup.locator('.resume').waitFor();
      // A reader that failed on two pages: the popup's one quiet line.
      await popup.evaluate(async (now) => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        };
        await chrome.storage.local.set({
          siteCheck: {
            'youtube-playlist': { failStreak: 2, lastFail: now, failedPage: 'b', found: {} },
          },
        });
      }, Date.now());
      await popup.locator('.site-check').waitFor();
      await shoot(popup, `${language === 'hi' ? 'hi-' : ''}popup-far-behind`);
      if (language === 'en') {
        const options = await h.context.newPage();
        await options.setViewportSize({ width: 900, height: 700 });
        await options.goto(`chrome-extension://${h.extensionId}/options.html`);
        const section = options.getByRole('heading', { name: 'Site check' });
        await section.scrollIntoViewIfNeeded();
        await shoot(options, 'options-site-check');
      }
      await h.close();
    }
    h = await launch();
    const popup = await popupAt(h);
    await startOn(popup, 27, 'en');
    await popup.locator('.resume').waitFor();
    await shoot(popup, 'popup-past-end');
    await h.close();
    // A week behind: the weekly review, opened (its day bars against the goal).
    h = await launch();
    const week2 = await popupAt(h);
    await startOn(week2, 2, 'en');
    await week2.locator('.review-banner > summary').click();
    await week2.locator('.review-days').scrollIntoViewIfNeeded();
    await shoot(week2, 'popup-review');
  });
});
