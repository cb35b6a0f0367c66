// The interface in Hindi: with the browser in Hindi (Debian's chromium-l10n, LANGUAGE=hi), the
// popup, the settings, the dashboard and the panel under a video speak Hindi, pass axe, and
// the learner can switch the interface to English (or back) whatever the browser speaks.
import { afterEach, expect } from 'vitest';
import { violations } from './axe';
import { allowedNames, englishWords } from './english-words';
import { PY, launch, openYouTube, pyVideo, readStore, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const page = async (path: string, width = 1000) => {
  const p = await h!.context.newPage();
  await p.setViewportSize({ width, height: 700 });
  await p.goto(`chrome-extension://${h!.extensionId}/${path}`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  return p;
};

describe('in Hindi', () => {
  it('follows the browser’s language: popup, settings, dashboard and panel in Hindi, axe clean', async () => {
    h = await launch({ language: 'hi' });
    const popup = await page('popup.html', 390);
    expect(
      await popup.evaluate(() =>
        (
          globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
        ).chrome.i18n.getUILanguage(),
      ),
    ).toMatch(/^hi/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('hi');
    await popup.getByRole('heading', { name: 'आपके ML रोडमैप में स्वागत है' }).waitFor();
    // A Hindi reader is offered the Hindi playlists first.
    expect(await popup.getByLabel('जहाँ रोडमैप में हिंदी प्लेलिस्ट है, वहाँ वही देखें').isChecked()).toBe(true);
    await popup.getByRole('button', { name: 'आज शुरू करें' }).click();
    await popup.getByRole('heading', { name: /हफ़्ता 1 \/ 24/ }).waitFor();
    expect((await readStore<{ language: string }>(h, 'settings'))[0]!.language).toBe('hi');
    await popup.getByRole('checkbox', { name: '“असरदार ढंग से कैसे सीखें” को पूरा मानें' }).waitFor();
    expect(await popup.getByRole('button', { name: 'जारी रखें' }).count()).toBe(1);
    expect(await violations(popup)).toEqual([]);

    const options = await page('options.html');
    await options.getByRole('heading', { name: 'ML रोडमैप साथी की सेटिंग्स' }).waitFor();
    expect(await options.getByLabel('इंटरफ़ेस की भाषा').count()).toBe(1);
    expect(await violations(options)).toEqual([]);

    const dashboard = await page('dashboard.html');
    await dashboard.getByRole('heading', { name: 'आपका ML रोडमैप' }).waitFor();
    await dashboard.getByRole('heading', { name: 'पूरी योजना' }).waitFor();
    expect(await violations(dashboard)).toEqual([]);
    expect(await dashboard.title()).toBe('आपका ML रोडमैप');

    const review = await page('review.html');
    await review.getByRole('heading', { name: 'आज दोहराने के लिए कुछ नहीं है।' }).waitFor();
    expect(await violations(review)).toEqual([]);
    expect(await review.title()).toBe('अपने नोट्स दोहराएँ');
    // No English left outside names (sites, tools, the roadmap's titles), on every page.
    // A language is offered in its own name: English as English.
    const names = allowedNames(['English']);
    for (const p of [popup, options, dashboard, review])
      expect(await englishWords(p, names)).toEqual([]);
    // Devanagari's marks above and below the line are not clipped: no control or heading
    // cuts its text (taller or wider than its box).
    for (const p of [popup, options, dashboard])
      expect(
        await p.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, summary, label, h1, h2, h3, a')]
            // Shown, and not text kept for screen readers only.
            .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
            .filter((el) => getComputedStyle(el).overflow !== 'visible')
            .filter(
              (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
            )
            .map((el) => el.textContent!.trim().slice(0, 30)),
        ),
      ).toEqual([]);

    // The panel's words come from the background, in Hindi too.
    const video = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    const panel = video.locator('#ml-roadmap-companion');
    await panel.getByRole('button', { name: 'नोट जोड़ें' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('button', { name: 'फ़ोकस मोड' }).count()).toBe(1);
  });

  it('speaks the language the learner chose, whatever the browser’s', async () => {
    h = await launch({ language: 'hi' });
    const options = await page('options.html');
    await options.getByLabel('इंटरफ़ेस की भाषा').selectOption('en');
    await options.getByRole('heading', { name: 'ML Roadmap Companion settings' }).waitFor();
    const popup = await page('popup.html', 390);
    await popup.getByRole('heading', { name: 'Welcome to your ML roadmap' }).waitFor();
    // English readers are not pushed to the Hindi playlists.
    expect(
      await popup.getByLabel('Watch the Hindi playlists where the roadmap has them').isChecked(),
    ).toBe(false);
  });

  it('is chosen in an English browser too', async () => {
    h = await launch();
    const options = await page('options.html');
    await options.getByRole('heading', { name: 'ML Roadmap Companion settings' }).waitFor();
    await options.getByLabel('Interface language').selectOption('hi');
    await options.getByRole('heading', { name: 'ML रोडमैप साथी की सेटिंग्स' }).waitFor();
    await options.getByText('इंटरफ़ेस की भाषा सेव हुआ।').waitFor();
    expect((await readStore<{ uiLanguage: string }>(h, 'settings'))[0]!.uiLanguage).toBe('hi');
  });
});
