// The layouts YouTube serves beside the classic one in 2026 (../../../shared/notes/sites.md):
// the grid watch page, the miniplayer, media streamed with ads stitched into the stream.
import { afterEach, expect } from 'vitest';
import {
  PY,
  launch,
  mainVideo,
  openYouTube,
  otherVideo,
  playToEnd,
  pyVideo,
  readStore,
  readVideo,
  startToday,
  type Harness,
  type LaunchOptions,
  type PlaylistVideoRow,
} from './harness';

let h: Harness;

async function start(options: LaunchOptions = {}): Promise<void> {
  h = await launch(options);
  await startToday(h);
}
afterEach(async () => {
  await h.close();
});

type Fixture = {
  toMiniplayer(href: string): void;
  miniplayerPlays(videoId: string): void;
  playStitchedAd(seconds: number): Promise<void>;
};

/** Plays the page's video at `rate` until its playhead reaches `to`, then pauses it. */
async function playUntil(page: import('playwright-core').Page, to: number, rate = 4) {
  await mainVideo(page).evaluate(
    async (v: HTMLVideoElement, [end, playbackRate]: [number, number]) => {
      if (v.readyState < 1)
        await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      v.muted = true;
      v.playbackRate = playbackRate;
      await v.play();
      while (v.currentTime < end) await new Promise((r) => setTimeout(r, 20));
      v.pause();
    },
    [to, rate] as [number, number],
  );
}

describe('YouTube’s other layouts', () => {
  it('tracks a video on the grid watch page and learns the playlist from its panel', async () => {
    await start({ youtubeLayout: 'grid-2026' });
    const page = await openYouTube(h, `/watch?v=${pyVideo(2)}&list=${PY}&index=2`);
    await expect.poll(() => page.locator('ytd-watch-grid #playlist #items > *').count()).toBe(30);
    await playToEnd(page);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(2)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const placed = await readStore<PlaylistVideoRow>(h, 'playlistVideos');
    expect(placed).toHaveLength(30);
    expect(placed.find((r) => r.videoId === pyVideo(2))).toMatchObject({
      position: 2,
      title: 'Python tutorial 2',
    });
  });

  it('tracks a video on the mobile site and learns the playlist from its panel', async () => {
    await start();
    const page = await h.context.newPage();
    await page.goto(`https://m.youtube.com/watch?v=${pyVideo(3)}&list=${PY}&index=3`);
    await page.locator('#player-container-id video').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('ytm-playlist-panel-video-renderer').count()).toBe(30);
    await playToEnd(page);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(3)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const placed = await readStore<PlaylistVideoRow>(h, 'playlistVideos');
    expect(placed).toHaveLength(30);
    expect(placed.find((r) => r.position === 3)).toMatchObject({
      videoId: pyVideo(3),
      title: 'Python tutorial 3',
    });
    // The next video, reached client-side: counted at its own position.
    // Each row has two links (the thumbnail and the title), as captured live.
    await page.locator('ytm-playlist-panel-video-renderer').nth(3).locator('a').first().click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain(pyVideo(4));
    await playToEnd(page);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(4)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    expect((await readVideo(h, pyVideo(3)))!.coveredSeconds).toBeLessThanOrEqual(30.5);
  });

  it('learns a playlist from the mobile site’s playlist page', async () => {
    await start();
    const page = await h.context.newPage();
    await page.goto(`https://m.youtube.com/playlist?list=${PY}`);
    await expect
      .poll(async () => (await readStore(h, 'playlistVideos')).length, { timeout: 15_000 })
      .toBe(30);
    expect(await readStore(h, 'playlists')).toEqual([expect.objectContaining({ total: 30 })]);
  });

  it('keeps counting a video that plays on in the miniplayer, until another video starts there', async () => {
    await start();
    const page = await openYouTube(h, `/watch?v=${pyVideo(4)}&list=${PY}&index=4`);
    await playUntil(page, 5);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(4)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(4);
    // To the home page while it plays: the video goes on in the miniplayer.
    await mainVideo(page).evaluate((v: HTMLVideoElement) => v.play());
    await page.evaluate(() =>
      (window as unknown as { ytFixture: Fixture }).ytFixture.toMiniplayer('/'),
    );
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/');
    await expect.poll(() => page.locator('ytd-miniplayer #movie_player video').count()).toBe(1);
    await playUntil(page, 20);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(4)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(18);
    // Another video in the miniplayer: not this one continuing, and not one the URL names.
    await page.evaluate(
      (id) => (window as unknown as { ytFixture: Fixture }).ytFixture.miniplayerPlays(id),
      otherVideo(1),
    );
    await mainVideo(page).evaluate(async (v: HTMLVideoElement) => {
      while (v.currentTime < 8) await new Promise((r) => setTimeout(r, 20));
      v.pause();
    });
    await page.waitForTimeout(1000);
    const row = (await readVideo(h, pyVideo(4)))!;
    expect(row.coveredSeconds).toBeLessThan(21);
    expect(row.intervals.every(([s]) => s >= 0)).toBe(true);
    expect((await readStore<{ videoId: string }>(h, 'videos')).map((v) => v.videoId)).toEqual([
      pyVideo(4),
    ]);
  });

  it('never counts an ad stitched into the stream, nor takes the longer duration', async () => {
    await start({ mse: true });
    const page = await openYouTube(h, `/watch?v=${pyVideo(5)}&list=${PY}&index=5`);
    expect(await mainVideo(page).evaluate((v: HTMLVideoElement) => v.currentSrc)).toMatch(/^blob:/);
    await playUntil(page, 8, 2);
    await mainVideo(page).evaluate((v: HTMLVideoElement) => v.play());
    await mainVideo(page).evaluate(async (v: HTMLVideoElement) => {
      while (v.currentTime < 10) await new Promise((r) => setTimeout(r, 20));
    });
    // Six seconds of the stream play under the ad classes (10 to 16), while it reads longer.
    await page.evaluate(() =>
      (window as unknown as { ytFixture: Fixture }).ytFixture.playStitchedAd(6),
    );
    await playUntil(page, 22, 2);
    await expect
      .poll(async () => (await readVideo(h, pyVideo(5)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(12);
    const row = (await readVideo(h, pyVideo(5)))!;
    expect(row.duration).toBeCloseTo(30, 0);
    // Nothing of what played under the ad classes.
    expect(row.intervals.some(([s, e]) => e > 10.5 && s < 15.5)).toBe(false);
    expect(row.coveredSeconds).toBeLessThanOrEqual(22 - 6 + 0.5);
  });
});
