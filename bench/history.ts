import type { Page } from 'playwright-core';
import { PY } from '../tests/e2e/harness';

/**
 * Two years of study, written straight into the extension's IndexedDB (as fast as a benchmark
 * needs). Open an extension page once afterwards: its first read rebuilds the progress index.
 */
export async function fillHistory(page: Page) {
  await page.evaluate(
    ({ py }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ml-roadmap-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(
            [
              'settings',
              'videos',
              'videoParts',
              'playlistVideos',
              'playlists',
              'pages',
              'checks',
              'daily',
              'derived',
            ],
            'readwrite',
          );
          const now = Date.now();
          const start = new Date(now - 9 * 7 * 86_400_000);
          const iso = (d: Date) =>
            `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          tx.objectStore('settings').put({
            key: 'settings',
            startDate: iso(start),
            language: 'en',
            watchedThreshold: 0.9,
            companionPanel: true,
            dailyGoalMinutes: 30,
            reminderEnabled: false,
            reminderTime: '19:00',
            // A learner who answered the offer to sync (as the first run asks).
            syncEnabled: false,
            chosenAt: { startDate: now, syncEnabled: now },
            updatedAt: now,
          });
          const lists = [
            py,
            'PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO',
            'PLeo1K3hjS3uu_n_a__MI_KktGTLYopZ12',
            'PL08903FB7ACA1C2FB',
            'PLeo1K3hjS3uset9zIVzJWqplaWBiacTEU',
            'PLeo1K3hjS3uuASpe-1LjfG5f14Bnozjwy',
            'PLeo1K3hjS3uu4Lr8_kro2AqaO6CFYgKOl',
            'PLeo1K3hjS3uuKaU2nBDwr6zrSOTzNCs0l',
            'PLeo1K3hjS3uvCeTYTeyfe0-rN5r8zn9rw',
            'PLPbgcxheSpE0aBsefANDYe2X_-tyJbBMr',
            'PLeo1K3hjS3uu7CxAacxVndI4bE_o3BDtO',
          ];
          let n = 0;
          for (const list of lists) {
            tx.objectStore('playlists').put({
              playlistId: list,
              title: `Playlist ${list}`,
              total: 300,
              updatedAt: now,
            });
            for (let position = 1; position <= 300; position++) {
              const videoId = `v${String(n++).padStart(10, '0')}`;
              tx.objectStore('playlistVideos').put({
                playlistId: list,
                videoId,
                position,
                title: `Tutorial ${position}`,
                updatedAt: now,
              });
              const intervals: [number, number][] = [];
              for (let i = 0; i < 30; i++) intervals.push([i * 20, i * 20 + 12]);
              const watched = position % 3 !== 0;
              tx.objectStore('videoParts').put({
                videoId,
                intervals: watched ? [[0, 600]] : intervals,
              });
              tx.objectStore('videos').put({
                videoId,
                duration: 600,
                coveredSeconds: watched ? 600 : 360,
                watchedAt: watched ? now : null,
                currentTime: 300,
                updatedAt: now,
              });
            }
          }
          for (let d = 0; d < 730; d++)
            tx.objectStore('daily').put({
              day: iso(new Date(now - d * 86_400_000)),
              studyMs: (d % 7) * 600_000,
            });
          for (let p = 0; p < 800; p++)
            tx.objectStore('pages').put({
              resourceId: p % 2 ? 'khan-cs-principles' : 'kaggle-eda',
              key: `page/${p}`,
              category: p % 2 ? 'lesson' : 'notebook',
              group: 'digital-information',
              visited: p % 5 !== 0,
              activeMs: 60_000,
            });
          for (const key of ['dsa', 'khan-cs-principles#the-internet', 'statistics-book#step-1'])
            tx.objectStore('checks').put({ key, status: 'done', at: now });
          // Written past the extension: its progress index is stale, the first read rebuilds it.
          tx.objectStore('derived').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { py: PY },
  );
}
