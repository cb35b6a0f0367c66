import { afterEach, beforeEach, expect } from 'vitest';
import {
  CLIP_SECONDS,
  LONG_CLIP,
  PY,
  UNLISTED,
  itemProgress,
  launch,
  mainVideo,
  openPopup,
  openYouTube,
  otherVideo,
  playToEnd,
  pyVideo,
  readStore,
  readVideo,
  type PlaylistVideoRow,
  startPlaying,
  startToday,
  stopServiceWorker,
  type Harness,
  type LaunchOptions,
} from './harness';

const PYTHON_1 = 'Python tutorials 1–14 (level 1)';
let h: Harness;

beforeEach(async () => {
  h = await launch();
  await startToday(h);
});
afterEach(async () => {
  await h.close();
});

/** Starts again in a browser whose YouTube media behaves otherwise. */
async function relaunch(options: LaunchOptions): Promise<void> {
  await h.close();
  h = await launch(options);
  await startToday(h);
}

const video = (id: string) => readVideo(h, id);

async function popupCount(title = PYTHON_1): Promise<string | null> {
  const popup = await openPopup(h);
  const bar = itemProgress(popup, title);
  await bar.waitFor();
  const value = await bar.getAttribute('aria-valuenow');
  await popup.close();
  return value;
}

describe('tracking YouTube watching', () => {
  it('counts video 1 of the Python playlist watched to the end, and learns the playlist', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(page);
    await expect
      .poll(async () => (await video(pyVideo(1)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const row = (await video(pyVideo(1)))!;
    expect(row.duration).toBeCloseTo(CLIP_SECONDS, 0);
    expect(row.coveredSeconds).toBeGreaterThan(CLIP_SECONDS * 0.9);
    await expect.poll(() => popupCount(), { timeout: 10_000 }).toBe('1');

    // The panel taught the extension the playlist's videos, titles and length.
    await expect
      .poll(async () => (await readStore<PlaylistVideoRow>(h, 'playlistVideos')).length, {
        timeout: 10_000,
      })
      .toBe(30);
    const placed = await readStore<PlaylistVideoRow>(h, 'playlistVideos');
    expect(placed.find((r) => r.position === 2)).toMatchObject({
      videoId: pyVideo(2),
      title: 'Python tutorial 2',
    });
    expect(await readStore(h, 'playlists')).toEqual([
      expect.objectContaining({
        playlistId: PY,
        total: 30,
        title: 'Python Tutorial for Beginners',
      }),
    ]);
    const daily = await readStore<{ studyMs: number }>(h, 'daily');
    expect(daily[0]!.studyMs).toBeGreaterThan(0);
  });

  it('updates an open popup live while watching', async () => {
    const popup = await openPopup(h);
    const bar = itemProgress(popup, PYTHON_1);
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(page);
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('1');
  });

  it('does not count a seek straight to the end', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(2)}&list=${PY}&index=2`);
    await playToEnd(page, CLIP_SECONDS - 1.5);
    await expect
      .poll(async () => (await video(pyVideo(2)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const row = (await video(pyVideo(2)))!;
    expect(row.watchedAt).toBeNull();
    expect(row.coveredSeconds).toBeLessThan(3);
    expect(row.intervals[0]![0]).toBeGreaterThan(CLIP_SECONDS - 3);
    expect(await popupCount()).toBe('0');
  });

  it('does not count what plays while the player shows an ad', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(3)}&list=${PY}&index=3`);
    // Watch 15 s → 20 s, then an 8 s ad plays in the same element, then 20 s → 24 s.
    await mainVideo(page).evaluate(async (v: HTMLVideoElement) => {
      if (v.readyState < 1)
        await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      v.currentTime = 15;
      await new Promise((r) => v.addEventListener('seeked', r, { once: true }));
      v.playbackRate = 4;
      await v.play();
      while (v.currentTime < 20) await new Promise((r) => setTimeout(r, 20));
    });
    await page.evaluate(() =>
      (window as unknown as { ytFixture: { playAd(): Promise<void> } }).ytFixture.playAd(),
    );
    await mainVideo(page).evaluate(async (v: HTMLVideoElement) => {
      while (v.currentTime < 24) await new Promise((r) => setTimeout(r, 20));
      v.pause();
    });
    await expect
      .poll(async () => (await video(pyVideo(3)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(3);
    const row = (await video(pyVideo(3)))!;
    // Nothing of the ad's own 0–8 s, and nothing beyond what the learner really played.
    expect(row.intervals.every(([s]) => s >= 14.5)).toBe(true);
    expect(row.coveredSeconds).toBeLessThanOrEqual(9.5);
    expect(row.duration).toBeCloseTo(CLIP_SECONDS, 0);
  });

  it('follows client-side navigation to the next video and counts it at its position', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(1)}&list=${PY}&index=1`);
    await playToEnd(page);
    await page
      .locator('ytd-playlist-panel-renderer:not([hidden]) ytd-playlist-panel-video-renderer')
      .nth(1)
      .locator('a#wc-endpoint')
      .click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`v=${pyVideo(2)}`);
    await expect
      .poll(() => mainVideo(page).evaluate((v: HTMLVideoElement) => v.currentSrc))
      .toContain(pyVideo(2));
    await playToEnd(page);
    await expect
      .poll(async () => (await video(pyVideo(2)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const placed = await readStore<PlaylistVideoRow>(h, 'playlistVideos');
    expect(placed.find((r) => r.videoId === pyVideo(2))?.position).toBe(2);
    await expect.poll(() => popupCount(), { timeout: 10_000 }).toBe('2');
    // Video 1's record was not touched by video 2's playing.
    expect((await video(pyVideo(1)))!.coveredSeconds).toBeLessThanOrEqual(CLIP_SECONDS + 0.5);
  });

  it('stores nothing for a playlist outside the roadmap', async () => {
    const page = await openYouTube(h, `/watch?v=${otherVideo(1)}&list=${UNLISTED}&index=1`);
    await playToEnd(page);
    await page.waitForTimeout(1500);
    expect(await readStore(h, 'videos')).toEqual([]);
    expect(await readStore(h, 'playlistVideos')).toEqual([]);
    expect(await readStore(h, 'daily')).toEqual([]);
  });

  it('loses nothing when the service worker is stopped in the middle of watching', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(4)}&list=${PY}&index=4`);
    await mainVideo(page).evaluate(async (v: HTMLVideoElement) => {
      if (v.readyState < 1)
        await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      v.playbackRate = 4;
      await v.play();
      while (v.currentTime < 12) await new Promise((r) => setTimeout(r, 20));
      v.pause();
    });
    await expect
      .poll(async () => (await video(pyVideo(4)))?.coveredSeconds ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(10);
    await stopServiceWorker(h);
    await playToEnd(page, 0);
    await expect
      .poll(async () => (await video(pyVideo(4)))?.watchedAt ?? null, { timeout: 15_000 })
      .not.toBeNull();
  });

  it('stores only what the page confirms: a video playing on without an event, then its tab crashing', async () => {
    await relaunch({ media: LONG_CLIP });
    const page = await openYouTube(h, `/watch?v=${pyVideo(8)}&list=${PY}&index=8`);
    await startPlaying(page);
    // No event since the start: nothing is stored from a guess of where the playhead is (the
    // start's report holds the first frames at most)…
    await page.waitForTimeout(8000);
    expect((await video(pyVideo(8)))?.coveredSeconds ?? 0).toBeLessThan(1);
    // …until the background, after 50 s without a report, asks the page, which reports `played`.
    await expect
      .poll(async () => (await video(pyVideo(8)))?.coveredSeconds ?? 0, {
        timeout: 60_000,
        interval: 2000,
      })
      .toBeGreaterThan(35);
    const confirmed = (await video(pyVideo(8)))!;
    const studied = (await readStore<{ studyMs: number }>(h, 'daily'))[0]!.studyMs;
    const played = await mainVideo(page).evaluate((v: HTMLVideoElement) => v.currentTime);
    expect(confirmed.coveredSeconds).toBeLessThanOrEqual(played);
    expect(studied).toBeLessThanOrEqual(played * 1000);
    expect(studied).toBeGreaterThan((confirmed.coveredSeconds - 2) * 1000);
    // The renderer dies (a debug URL crashes it at once, no page events): no last report, so
    // what played since the confirmation is lost, and nothing is gained.
    const crashed = new Promise((r) => page.once('crash', r));
    void page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    await new Promise((r) => setTimeout(r, 3000));
    const after = (await video(pyVideo(8)))!;
    expect(after.intervals).toEqual(confirmed.intervals);
    expect(after.watchedAt).toBeNull();
    expect((await readStore<{ studyMs: number }>(h, 'daily'))[0]!.studyMs).toBe(studied);
  }, 120_000);

  it('never counts a video whose media fails mid-way, however long one waits', async () => {
    // The connection breaks at the 480 s clip's middle byte: Chromium can play about half.
    await relaunch({ media: LONG_CLIP, mediaFailsFrom: Math.floor(LONG_CLIP.length / 2) });
    const page = await openYouTube(h, `/watch?v=${pyVideo(6)}&list=${PY}&index=6`);
    await startPlaying(page, 16);
    // At 16× the whole clip would have played in 30 s; wait past that and past the 60 s a
    // silent page may stay followed.
    await page.waitForTimeout(65_000);
    const state = await mainVideo(page).evaluate((v: HTMLVideoElement) => ({
      time: v.currentTime,
      ended: v.ended,
    }));
    expect(state.ended).toBe(false);
    expect(state.time).toBeLessThan(400);
    const row = await video(pyVideo(6));
    expect(row?.watchedAt ?? null).toBeNull();
    expect(row?.coveredSeconds ?? 0).toBeLessThanOrEqual(state.time + 0.5);
    expect(await popupCount()).toBe('0');
  }, 120_000);

  it('goes on following a playing video after the service worker was stopped', async () => {
    await relaunch({ media: LONG_CLIP });
    const page = await openYouTube(h, `/watch?v=${pyVideo(9)}&list=${PY}&index=9`);
    await startPlaying(page);
    await page.waitForTimeout(2000);
    // Stopped like Chrome stops an idle worker: what it followed in memory is gone, and the
    // page, told by its closed port, says again that the video plays.
    await stopServiceWorker(h);
    const stoppedAt = await mainVideo(page).evaluate((v: HTMLVideoElement) => v.currentTime);
    // The page reports again at once (its port closed), and the new worker asks it to confirm
    // after 50 s of silence: what played since counts.
    await expect
      .poll(async () => (await video(pyVideo(9)))?.coveredSeconds ?? 0, {
        timeout: 80_000,
        interval: 2000,
      })
      .toBeGreaterThan(stoppedAt + 30);
    expect(await mainVideo(page).evaluate((v: HTMLVideoElement) => v.paused || v.ended)).toBe(
      false,
    );
  }, 120_000);

  it('does not double count two tabs playing the same video', async () => {
    const url = `/watch?v=${pyVideo(5)}&list=${PY}&index=5`;
    const [a, b] = [await openYouTube(h, url), await openYouTube(h, url)];
    await Promise.all([playToEnd(a), playToEnd(b)]);
    await expect
      .poll(async () => (await video(pyVideo(5)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    await a.waitForTimeout(1000);
    const row = (await video(pyVideo(5)))!;
    expect(row.coveredSeconds).toBeLessThanOrEqual(CLIP_SECONDS + 0.5);
    expect(row.intervals).toHaveLength(1);
    expect(await popupCount()).toBe('1');
  });

  it('learns a playlist from a learner’s own /playlist page (the older rows), batch by batch', async () => {
    await relaunch({ youtubeLayout: 'own-playlist' });
    const page = await h.context.newPage();
    await page.goto(`https://www.youtube.com/playlist?list=${PY}`);
    await expect
      .poll(async () => (await readStore(h, 'playlistVideos')).length, { timeout: 15_000 })
      .toBe(30);
    expect(await readStore(h, 'playlists')).toEqual([expect.objectContaining({ total: 30 })]);
  });

  it('learns another channel’s playlist from its /playlist page (wrapped lockups), and the site check says the reader works', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://www.youtube.com/playlist?list=${PY}`);
    await expect
      .poll(async () => (await readStore(h, 'playlistVideos')).length, { timeout: 15_000 })
      .toBe(30);
    expect(await readStore(h, 'playlists')).toEqual([
      expect.objectContaining({ total: 30, title: 'Python Tutorial for Beginners' }),
    ]);
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect
      .poll(
        () =>
          ext.evaluate(async () => {
            const { chrome } = globalThis as unknown as {
              chrome: {
                storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
              };
            };
            const all = await chrome.storage.local.get('siteCheck');
            return (all.siteCheck as Record<string, { failStreak: number; lastOk?: number }>)?.[
              'youtube-playlist'
            ];
          }),
        { timeout: 20_000 },
      )
      .toMatchObject({ failStreak: 0, lastOk: expect.any(Number) });
    await ext.getByRole('heading', { name: 'Site check' }).waitFor();
    expect(await ext.getByText(/YouTube playlist page: Working/).count()).toBe(1);
  });

  it('learns a playlist from the 2026 /playlist page (lockup rows), batch by batch', async () => {
    await relaunch({ youtubeLayout: 'lockup-2026' });
    const page = await h.context.newPage();
    await page.goto(`https://www.youtube.com/playlist?list=${PY}`);
    await expect
      .poll(async () => (await readStore(h, 'playlistVideos')).length, { timeout: 15_000 })
      .toBe(30);
    const rows = await readStore<PlaylistVideoRow>(h, 'playlistVideos');
    expect(rows.find((r) => r.position === 14)).toMatchObject({
      videoId: pyVideo(14),
      title: 'Python tutorial 14',
    });
    expect(rows.some((r) => r.videoId === 'ot000000001')).toBe(false);
    expect(await readStore(h, 'playlists')).toEqual([expect.objectContaining({ total: 30 })]);
  });

  it('tracks a roadmap video opened without its playlist once the playlist is known', async () => {
    const learn = await h.context.newPage();
    await learn.goto(`https://www.youtube.com/playlist?list=${PY}`);
    await expect
      .poll(async () => (await readStore(h, 'playlistVideos')).length, { timeout: 15_000 })
      .toBe(30);
    const page = await openYouTube(h, `/watch?v=${pyVideo(6)}`);
    await playToEnd(page);
    await expect
      .poll(async () => (await video(pyVideo(6)))?.watchedAt ?? null, { timeout: 10_000 })
      .not.toBeNull();
    expect(await popupCount()).toBe('1');
  });

  it('ignores a hover preview playing on the home page', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.youtube.com/');
    await page.locator('#inline-preview-player video').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    expect(await readStore(h, 'videos')).toEqual([]);
  });

  // Headless Chromium does not bring an unpacked extension back after runtime.reload(), so
  // this checks the orphaned script's silence; a fresh page load injecting a new script is
  // what every other test here does.
  it('goes quiet in an open tab when the extension is reloaded', async () => {
    const page = await openYouTube(h, `/watch?v=${pyVideo(7)}&list=${PY}&index=7`);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/googlevideo|favicon/.test(message.text()))
        errors.push(message.text());
    });
    const ext = await openPopup(h);
    await ext
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await page.waitForTimeout(1000);

    // The orphaned content script sees playing, pausing and a client-side navigation.
    await playToEnd(page);
    await page.locator('ytd-playlist-panel-renderer:not([hidden]) a#wc-endpoint').nth(7).click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain(pyVideo(8));
    await playToEnd(page);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });
});
