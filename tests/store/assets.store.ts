// `npm run store-assets`: the store listing's images, rendered from the built extension on the
// imitation sites and written to store/images (tracked): four 1280×800 screenshots (the popup
// over a roadmap video with the companion panel, the dashboard, study mode with notes, the
// popup in Hindi) and the 440×280 small promo tile. tests/unit/store.test.ts checks their sizes.
import { mkdirSync, readFileSync } from 'node:fs';
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

const OUT = join(ROOT, 'store/images');
const SIZE = { width: 1280, height: 800 };

let h: Harness;
afterEach(async () => {
  await h.close();
});
beforeAll(() => mkdirSync(OUT, { recursive: true }));

async function popupImage(harness: Harness, week: number | null): Promise<Buffer> {
  const popup = await openPopup(harness);
  await popup.setViewportSize({ width: 390, height: 600 });
  await popup.getByRole('heading', { level: 1 }).waitFor();
  if (week !== null) await popup.waitForTimeout(300);
  return popup.screenshot();
}

/** Lays the popup's picture over `page` where the browser draws it: under the toolbar, right. */
async function overlayPopup(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(
    (src) => {
      const img = document.createElement('img');
      img.src = src;
      img.alt = '';
      img.style.cssText =
        'position:fixed;top:8px;right:24px;width:390px;z-index:2147483647;border-radius:8px;' +
        'box-shadow:0 8px 28px rgba(0,0,0,.35);border:1px solid rgba(0,0,0,.2)';
      document.body.append(img);
      return new Promise((resolve) => (img.onload = resolve));
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

describe('store images', () => {
  it('the popup over a roadmap video with the companion panel', async () => {
    h = await launch();
    await startInWeek(h, 1);
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await page.setViewportSize({ width: 660, height: 800 });
    await playToEnd(page);
    const panel = page.locator('#ml-roadmap-companion');
    await panel.getByText(/this video watched/).waitFor();
    const bottom = await panel.evaluate((el) => el.getBoundingClientRect().bottom);
    const video = await page.screenshot({
      clip: { x: 0, y: 0, width: 660, height: Math.min(640, Math.ceil(bottom) + 8) },
    });
    const stage = await h.context.newPage();
    await stage.setViewportSize(SIZE);
    await stage.setContent(
      `<!doctype html><body style="margin:0;height:100vh;background:#eff4ff">
      <img alt="" src="data:image/png;base64,${video.toString('base64')}" style="position:absolute;
      left:56px;top:80px;width:660px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.25)"></body>`,
    );
    await overlayPopup(stage, await popupImage(h, 1));
    await stage.evaluate(() => {
      const img = document.querySelectorAll<HTMLImageElement>('body > img')[1]!;
      img.style.top = '60px';
      img.style.right = '72px';
    });
    await stage.screenshot({ path: join(OUT, 'screenshot-1-popup-and-video.png') });
  });

  it('study mode with notes', async () => {
    h = await launch();
    await startInWeek(h, 3);
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await page.setViewportSize(SIZE);
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
    await page.screenshot({ path: join(OUT, 'screenshot-3-study-mode.png') });
  });

  it('the dashboard of a learner nine weeks in', async () => {
    h = await launch();
    await startTwoMonthsIn(h);
    const dashboard = await h.context.newPage();
    await dashboard.setViewportSize(SIZE);
    await dashboard.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dashboard.getByRole('heading', { level: 1 }).waitFor();
    await dashboard.waitForTimeout(500);
    await dashboard.screenshot({ path: join(OUT, 'screenshot-2-dashboard.png') });
  });

  it('the popup in Hindi', async () => {
    h = await launch({ language: 'hi' });
    const first = await openPopup(h);
    await first.getByRole('button', { name: 'आज शुरू करें' }).click();
    await first.getByRole('heading', { name: /हफ़्ता 1 \/ 24/ }).waitFor();
    const png = await popupImage(h, 1);
    const stage = await h.context.newPage();
    await stage.setViewportSize(SIZE);
    await stage.setContent(
      stageHtml('रोडमैप हिंदी में भी', 'हर हफ़्ते की चेकलिस्ट, अपने-आप गिने गए वीडियो, और आगे क्या पढ़ना है।'),
    );
    await stage.evaluate(() => document.fonts.ready);
    await overlayPopup(stage, png);
    await stage.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('body > img')!;
      img.style.top = '100px';
      img.style.right = '120px';
    });
    await stage.screenshot({ path: join(OUT, 'screenshot-4-hindi.png') });
  });

  it('the small promo tile', async () => {
    h = await launch({ extension: false });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(tileHtml());
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(OUT, 'promo-small-440x280.png') });
  });
});

const icon = () =>
  readFileSync(join(ROOT, 'store/icon.svg'), 'utf8').replace(/<!--[\s\S]*?-->/, '');

function stageHtml(title: string, line: string): string {
  return `<!doctype html><html lang="hi"><body style="margin:0;height:100vh;background:#eff4ff;
    font-family:'Noto Sans Devanagari','Noto Sans',sans-serif;color:#0f172a">
    <div style="position:absolute;left:96px;top:230px;width:560px">
      <div style="width:120px;height:120px">${icon().replace('width="512" height="512"', 'width="120" height="120"')}</div>
      <h1 style="font-size:44px;margin:24px 0 12px">${title}</h1>
      <p style="font-size:24px;line-height:1.5;margin:0;color:#334155">${line}</p>
    </div></body></html>`;
}

function tileHtml(): string {
  return `<!doctype html><html lang="en"><body style="margin:0;width:440px;height:280px;
    background:#2563eb;color:#fff;font-family:'Noto Sans',sans-serif;display:flex;
    align-items:center;gap:20px;padding:0 28px;box-sizing:border-box">
    <div style="width:112px;height:112px;flex:none">${icon().replace('width="512" height="512"', 'width="112" height="112"').replace('fill="#2563eb"', 'fill="#1d4ed8"')}</div>
    <div><div style="font-size:30px;font-weight:700;line-height:1.15">ML Roadmap Companion</div>
    <div style="font-size:17px;line-height:1.4;margin-top:10px">Zero to machine learning engineer in 24 weeks: know what to study today.</div></div>
    </body></html>`;
}
