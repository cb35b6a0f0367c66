// Remembering what was studied: notes of finished videos come back for review (the popup's one
// line, the review page driven by the keyboard), notes and links of one's own on any item
// from the dashboard, and the settings' switch.
import { afterEach, expect } from 'vitest';
import { violations } from './axe';
import { KHAN_UNITS } from './fixture-sites';
import {
  launch,
  openPopup,
  readStore,
  startToday,
  startTwoMonthsIn,
  type Harness,
  extensionPage,
} from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const NOTES = ['print() takes any number of arguments', 'Variables are names, not boxes'];

it('a learner two months in reviews the notes of videos they finished, from the popup, by keyboard', async () => {
  h = await launch();
  await startTwoMonthsIn(h);
  const popup = await openPopup(h);
  const line = popup.getByRole('link', { name: /^Review: \d+ notes from week \d+ ▸$/ });
  await line.waitFor();
  // The two notes of the watched video and the note of the finished item; never the link.
  expect(await line.textContent()).toMatch(/^Review: 3 notes/);
  expect(await line.getAttribute('href')).toMatch(/\/review\.html$/);
  await popup.close();

  const page = await extensionPage(h!, 'review.html');
  await page.getByText('Note 1 of 3').waitFor();
  expect(await violations(page)).toEqual([]);
  const seen: string[] = [];
  for (const [i, key] of (['1', '3', '2'] as const).entries()) {
    await page.getByText(`Note ${i + 1} of 3`).waitFor();
    // Recall first: the note shows only when asked for.
    expect(await page.getByRole('button', { name: 'Remembered' }).count()).toBe(0);
    await page.keyboard.press('Space');
    const note = page.locator('blockquote');
    await note.waitFor();
    seen.push((await note.textContent())!);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press(key);
  }
  expect(seen).toEqual(expect.arrayContaining(NOTES));
  await page.getByRole('heading', { name: 'You reviewed 3 notes today. Well done.' }).waitFor();
  await page.getByText('Remembered 1, fuzzy 1, forgot 1.').waitFor();

  // Each graded note has its place in the schedule: tomorrow, or in a week.
  const reviews = await readStore<{ step: number; dueDay: string; log: number[] }>(h, 'reviews');
  expect(reviews.map((r) => r.step).sort()).toEqual([0, 0, 1]);
  expect(reviews.every((r) => r.log.length === 1)).toBe(true);

  // Nothing is due any more today: the popup's line is gone, the page says so.
  const again = await openPopup(h);
  await again.getByRole('heading', { name: /Week 10 of 24/ }).waitFor();
  await again.getByRole('button', { name: 'Continue' }).first().waitFor();
  await again.waitForTimeout(300);
  expect(await again.getByRole('link', { name: /^Review:/ }).count()).toBe(0);
  await again.close();
  await page.reload();
  await page.getByRole('heading', { name: 'Nothing to review today.' }).waitFor();
  await page.getByText(/^Next review: /).waitFor();
});

it('notes and links of one’s own on any item, from the dashboard; the switch turns review off', async () => {
  h = await launch();
  await startToday(h);
  const dashboard = await extensionPage(h!, 'dashboard.html');
  const form = dashboard.getByRole('group', { name: 'Add a note or a link of your own' });
  await form.waitFor();
  const item = form.getByLabel('For');
  const kaggle = await item
    .locator('option')
    .filter({ hasText: /Kaggle/ })
    .first()
    .getAttribute('value');
  await item.selectOption(kaggle!);
  await form.getByLabel('Your note').fill('describe() and info() before any plot');
  await form.getByRole('button', { name: 'Add to the item' }).click();
  await form.getByText('Note saved.').waitFor();

  await form.getByLabel('Link title').fill('Evil');
  await form.getByLabel('Web address').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add the link' }).click();
  await form.getByText(/That is not a web address/).waitFor();
  await form.getByLabel('Link title').fill('Seaborn gallery');
  await form.getByLabel('Web address').fill('seaborn.pydata.org/examples');
  await form.getByRole('button', { name: 'Add the link' }).click();
  await form.getByText('Link saved. Only you see it.').waitFor();

  const notes = dashboard.locator('#notes ul.notes');
  await notes.getByText('describe() and info() before any plot').waitFor();
  // The side panel's link to all notes lands on them, below the whole plan.
  const all = await extensionPage(h!, 'dashboard.html#notes');
  await expect
    .poll(() => all.getByRole('heading', { name: 'Notes', exact: true }).isVisible())
    .toBe(true);
  await expect
    .poll(() =>
      all.evaluate(() => document.getElementById('notes-heading')!.getBoundingClientRect().top),
    )
    .toBeLessThan(await all.evaluate(() => innerHeight));
  await all.close();
  const link = notes.getByRole('link', { name: 'Seaborn gallery' });
  expect(await link.getAttribute('href')).toBe('https://seaborn.pydata.org/examples');
  expect(await violations(dashboard)).toEqual([]);
  const stored = await readStore<{ itemId: string; url?: string; videoId?: string }>(h, 'notes');
  expect(stored).toHaveLength(2);
  expect(new Set(stored.map((n) => n.itemId))).toEqual(new Set([kaggle]));
  expect(stored.some((n) => n.videoId !== undefined)).toBe(false);

  // The side panel beside a study page: the item's notes and links, any item chosen.
  const side = await extensionPage(h!, 'sidepanel.html');
  const items = side.getByRole('region', { name: 'Notes and links on this item' });
  await items.waitFor();
  // With no roadmap page open, the panel starts on the plan's next step.
  await expect.poll(() => items.getByLabel('For').inputValue()).toBe('tip-effective-learning');
  await items.getByLabel('For').selectOption(kaggle!);
  await items.getByText('describe() and info() before any plot').waitFor();
  await items.getByRole('link', { name: 'Seaborn gallery' }).waitFor();
  await items.getByLabel('Your note').fill('Check for missing values first');
  await items.getByRole('button', { name: 'Add to the item' }).click();
  await items.getByText('Check for missing values first').waitFor();
  expect(await violations(side)).toEqual([]);
  await side.close();

  // Beside a roadmap page (a Khan unit), the panel starts on that page's item.
  const khan = await h.context.newPage();
  await khan.goto(`https://www.khanacademy.org${KHAN_UNITS['computers-101']![0]!}`);
  await khan.getByRole('navigation', { name: 'Lessons in this unit' }).waitFor();
  const beside = await extensionPage(h!, 'sidepanel.html');
  const region = beside.getByRole('region', { name: 'Notes and links on this item' });
  await expect.poll(() => region.getByLabel('For').inputValue()).toBe('khan-cs-principles');

  const options = await extensionPage(h!, 'options.html');
  await options.getByRole('checkbox', { name: /Bring my notes back for review/ }).uncheck();
  const review = await extensionPage(h!, 'review.html');
  await review.getByText(/Spaced review is off/).waitFor();
});
