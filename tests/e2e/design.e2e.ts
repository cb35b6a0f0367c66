// The design promises of the extension's pages, in light and dark: contrast (axe), type
// size, an empty bar that draws no fill (read from the pixels), this week first in a busy
// week, and Continue resuming what the learner was doing.
import { PNG } from 'pngjs';
import { afterEach, expect } from 'vitest';
import { violations } from './axe';
import type { Page } from 'playwright-core';
import {
  PY,
  launch,
  openPopup,
  openYouTube,
  playToEnd,
  pyVideo,
  startInWeek,
  type Harness,
} from './harness';
import { SCHEMES } from './fixture-sites';

let h: Harness;
afterEach(async () => {
  await h.close();
});

type Rgb = [number, number, number];

/** WCAG's contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function page(path: string): Promise<Page> {
  const p = await h.context.newPage();
  await p.setViewportSize({ width: path === 'popup.html' ? 390 : 1000, height: 600 });
  await p.goto(`chrome-extension://${h.extensionId}/${path}`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  return p;
}

/** The computed font size of every text-bearing element that shows text, and of controls. */
async function smallestText(p: Page): Promise<{ size: number; text: string }> {
  return p.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden,[aria-hidden="true"],script,style')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      const control = el.matches('button,input,select,label');
      if (!own && !control) continue;
      if (!el.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest.size) smallest = { size, text: el.textContent!.trim().slice(0, 40) };
    }
    return smallest;
  });
}

describe('the pages’ design', () => {
  it('meets contrast and type size on every page, in light and dark', async () => {
    h = await launch();
    const firstRun = await page('popup.html');
    for (const colorScheme of SCHEMES) {
      await firstRun.emulateMedia({ colorScheme });
      expect(await violations(firstRun), `first run, ${colorScheme}`).toEqual([]);
      expect((await smallestText(firstRun)).size).toBeGreaterThanOrEqual(14);
    }
    await firstRun.close();
    await startInWeek(h, 10);
    for (const path of ['popup.html', 'options.html', 'dashboard.html']) {
      const p = await page(path);
      // Closed groups hold text too: open them, so their contents are checked as well.
      for (const details of await p.locator('details').all())
        await details.locator('summary').first().click();
      const check = async (what: string) => {
        for (const colorScheme of SCHEMES) {
          await p.emulateMedia({ colorScheme });
          expect(await violations(p), `${what}, ${colorScheme}`).toEqual([]);
          const smallest = await smallestText(p);
          expect(smallest.size, `${what}: “${smallest.text}”`).toBeGreaterThanOrEqual(14);
        }
      };
      await check(path);
      if (path === 'popup.html') {
        // Far behind in week 10: the re-planning card too.
        await p.getByRole('button', { name: 'Plan the weeks ahead again' }).click();
        await check('re-planning');
      }
      await p.close();
    }
  });

  it('draws no fill for an empty bar, in light and dark', async () => {
    h = await launch();
    await startInWeek(h, 1);
    const popup = await page('popup.html');
    const bar = popup.getByRole('progressbar', { name: 'Roadmap progress' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    for (const colorScheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme });
      await popup.waitForTimeout(100);
      const png = PNG.sync.read(await bar.screenshot());
      // Away from the rounded ends, every pixel is the track's one colour.
      const colours = new Set<string>();
      for (let y = 1; y < png.height - 1; y++)
        for (let x = 6; x < png.width - 6; x++) {
          const i = (y * png.width + x) * 4;
          colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
        }
      expect([...colours], colorScheme).toHaveLength(1);
      // And it reads as empty: its track is nearer the page than a fill would be (a light
      // track on a dark page looks like a full bar).
      const track = [...colours][0]!.split(',').map(Number) as Rgb;
      const [background, fill] = (await popup.evaluate(() => {
        const probe = document.createElement('div');
        document.body.append(probe);
        const rgb = (colour: string) => {
          probe.style.color = colour;
          return getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
        };
        const root = getComputedStyle(document.documentElement);
        const result = [
          rgb(getComputedStyle(document.body).backgroundColor),
          rgb(root.getPropertyValue('--fill')),
        ];
        probe.remove();
        return result;
      })) as [Rgb, Rgb];
      expect(contrast(track, background), colorScheme).toBeLessThan(contrast(track, fill));
      expect(contrast(fill, track), colorScheme).toBeGreaterThanOrEqual(3);
    }
  });

  // Week 2, not week 10 as before: a learner 9 weeks behind is now offered to resume where the
  // work is, and the review waits meanwhile (issue 31); one week behind keeps both as they were.
  it('shows this week’s first item within the first 600 px in week 2, with last week’s work carried over', async () => {
    h = await launch();
    await startInWeek(h, 2);
    const popup = await page('popup.html');
    const week = popup.getByRole('list', { name: 'Checklist for week 2' });
    const first = week.getByRole('listitem').first();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(600);
    // The carried-over work is one closed group with its count, after this week.
    const group = popup.locator('details.carried-group');
    expect(await group.getAttribute('open')).toBeNull();
    // The week's review, once: opened, then dismissed for good.
    // Led by planned units and percent (issue 31), not whole items.
    await popup.getByText(/^Week 1 in review: \d+ of \d+ planned \(\d+ %\), \d+ min$/).click();
    await popup.getByRole('button', { name: 'Got it' }).click();
    await popup.reload();
    await popup.getByRole('heading', { name: /Week 2 of 24/ }).waitFor();
    // The day's figures come from the database code, as the review does: once they show,
    // the review would have too.
    await popup.getByText(/Studied today/).waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.getByText(/Week 1 in review/).count()).toBe(0);
    expect(await popup.getByRole('region', { name: 'Welcome back' }).count()).toBe(0);
    expect(await popup.locator('details.carried-group > summary').textContent()).toMatch(
      /Carried over from earlier weeks\s*\d+/,
    );
  });

  it('fits screens from 320 to 390 px wide without scrolling sideways, on day 1 and far behind', async () => {
    h = await launch();
    for (const week of [1, 10]) {
      if (week > 1) await startInWeek(h, week);
      for (const width of [320, 360, 390]) {
        const p = await h.context.newPage();
        await p.setViewportSize({ width, height: 700 });
        await p.goto(`chrome-extension://${h.extensionId}/popup.html`);
        await p.getByRole('heading', { level: 1 }).waitFor();
        await p.waitForTimeout(300);
        const overflow = await p.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          // Anything shown that reaches past the screen's right edge.
          past: [...document.querySelectorAll<HTMLElement>('main *')]
            .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((el) => `${el.tagName}.${el.className}`)
            .slice(0, 5),
        }));
        expect(overflow, `week ${week} at ${width} px`).toEqual({ page: 0, past: [] });
        await p.close();
      }
    }
  });

  it('welcomes back a learner far behind: one previewed move to the week of the earliest unfinished work, undoable', async () => {
    h = await launch();
    await startInWeek(h, 10);
    const popup = await page('popup.html');
    const card = popup.getByRole('region', { name: 'Welcome back' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/you are on week 1’s work|You are on week 1's work/i);
    expect(await card.textContent()).toMatch(
      /This week becomes week 1 \(.+\); the plan then ends on/,
    );
    // The review waits while the learner is offered to resume.
    expect(await popup.getByText(/in review:/).count()).toBe(0);
    await card.getByRole('button', { name: 'Resume at week 1' }).click();
    await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    await popup.getByText(/^Your plan moved: this is now week 1\./).waitFor();
    expect(await popup.getByRole('region', { name: 'Welcome back' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('heading', { name: /Week 10 of 24/ }).waitFor();
  });

  it('continues with the next Python video after video 1, without ticking anything first', async () => {
    h = await launch();
    await startInWeek(h, 1);
    const youtube = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(youtube);
    const popup = await openPopup(h);
    await expect
      .poll(() => popup.locator('#continue-what').textContent(), { timeout: 10_000 })
      .toContain('Python tutorial 2');
    // Today is one queue whose first row is Continue, with its reason; the video is not
    // listed a second time below it (week 1 started today: one Python video a day).
    const todayRegion = popup.getByRole('region', { name: 'Today' });
    expect(await todayRegion.getByRole('button', { name: 'Continue' }).count()).toBe(1);
    expect(await popup.locator('#continue-what').textContent()).toMatch(/^Where you left off:/);
    expect(await todayRegion.getByRole('link', { name: /Python tutorial 2/ }).count()).toBe(0);
    // Continue has the focus as the popup opens.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    // The other rows link to their page with a tick box; ticking one shows it done, and
    // unticking gives it back.
    const box = todayRegion.getByRole('checkbox', { name: /^Mark done: / }).first();
    const title = (await box.evaluate(
      (b) => (b as HTMLInputElement).labels?.[0]?.textContent,
    ))!.replace('Mark done: ', '');
    await box.check();
    const undo = todayRegion.getByRole('checkbox', { name: `Mark not done: ${title}` });
    await expect.poll(() => undo.isChecked()).toBe(true);
    await undo.uncheck();
    await expect
      .poll(() => todayRegion.getByRole('checkbox', { name: `Mark done: ${title}` }).isChecked())
      .toBe(false);
    // Enter on Continue opens it.
    await todayRegion.getByRole('button', { name: 'Continue' }).focus();
    // The popup closes itself once the tab is open, which can be before a whole key press
    // (down and up) has been sent: only the key down is needed, and a closed popup is the
    // expected end.
    await popup.keyboard.down('Enter').catch((error: Error) => {
      if (!popup.isClosed()) throw error;
    });
    await expect
      .poll(() => h.context.pages().some((p) => p.url().includes(`v=${pyVideo(2)}`)), {
        timeout: 10_000,
      })
      .toBe(true);
  });

  it('re-plans from the popup when far behind (two weeks out, a catch-up week, a spread), and undoes each', async () => {
    h = await launch();
    await startInWeek(h, 7);
    const popup = await page('popup.html');
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    await popup.getByRole('button', { name: 'Plan the weeks ahead again' }).click();
    await popup.getByRole('spinbutton', { name: 'Weeks to move the plan out by' }).fill('2');
    // Previewed before it is applied.
    await expect
      .poll(() => popup.locator('.replan-preview').textContent())
      .toMatch(/^You would be in week 5 \(.+\) instead of week 7; the plan would end on/);
    await popup.getByRole('button', { name: 'Apply the new plan' }).click();
    await popup.getByRole('heading', { name: /Week 5 of 24/ }).waitFor();
    const today = new Date();
    const dates = await popup.locator('.dates').textContent();
    expect(dates).toContain(String(today.getDate()));
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    // Reopened: the plan is as it was.
    await popup.reload();
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    // A catch-up week, listed on the dashboard and undone there.
    await popup.getByRole('button', { name: 'Plan the weeks ahead again' }).click();
    await popup.getByRole('radio', { name: /Take a catch-up week now/ }).check();
    await popup.getByRole('button', { name: 'Apply the new plan' }).click();
    await popup.getByRole('heading', { name: /Week 6 of 24/ }).waitFor();
    await popup.getByText(/^Catch-up week: finish what earlier weeks left/).waitFor();
    const dashboard = await page('dashboard.html');
    await dashboard.getByRole('heading', { name: 'Changes to your plan' }).waitFor();
    expect(await dashboard.getByText(/a catch-up week/).count()).toBe(1);
    await dashboard.getByRole('button', { name: 'Undo the latest change' }).click();
    await dashboard.getByText('The latest change was undone.').waitFor();
    await popup.reload();
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    // Spread: the dates stay, the carried-over work becomes a share of each week left.
    await popup.getByRole('button', { name: 'Plan the weeks ahead again' }).click();
    await popup.getByRole('radio', { name: /Spread what is carried over/ }).check();
    await expect
      .poll(() => popup.locator('.replan-preview').textContent())
      .toMatch(/shared out over the 18 weeks left/);
    await popup.getByRole('button', { name: 'Apply the new plan' }).click();
    await popup.getByText(/^What was carried over is now shared out/).waitFor();
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    await popup.locator('details.carried-group > summary').click();
    expect(await popup.getByText(/^Spread over the weeks left: /).count()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText('The change of plan was undone.').waitFor();
    expect(await popup.getByText(/^Spread over the weeks left: /).count()).toBe(0);
  });

  it('shows the finish-date forecast only once the learner turns it on', async () => {
    h = await launch();
    await startInWeek(h, 3);
    const dashboard = await page('dashboard.html');
    expect(await dashboard.getByRole('heading', { name: 'When you would finish' }).count()).toBe(0);
    const options = await page('options.html');
    await options
      .getByLabel('Show when I would finish at my pace (a range of dates, on the dashboard)')
      .check();
    await options.getByText('Forecast setting saved.').waitFor();
    await dashboard.getByRole('heading', { name: 'When you would finish' }).waitFor();
    // Nothing done in the last weeks: no dates are made up.
    await dashboard.getByText(/^Not enough to go on yet/).waitFor();
  });
});
