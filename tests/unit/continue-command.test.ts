import { ROADMAP } from '../../data/roadmap';
import { setCheck } from '../../lib/db/checks-repo';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { handleCommand } from '../../lib/service/continue';
import type { TabsApi } from '../../lib/service/open-resource';
import { freshDb, recordPlay } from './db-helpers';
import { PY, vid } from './helpers';

function fakeTabs() {
  const opened: string[] = [];
  const tabs: TabsApi = {
    query: async () => [],
    update: async () => undefined,
    create: async ({ url }) => opened.push(url),
    focusWindow: async () => undefined,
  };
  return { tabs, opened };
}

describe('the Continue shortcut', () => {
  it('opens what Continue opens: the next unwatched video after video 1', async () => {
    const db = freshDb();
    const { tabs, opened } = fakeTabs();
    let optionsOpened = 0;
    const deps = {
      db,
      roadmap: ROADMAP,
      tabs,
      openOptions: async () => void optionsOpened++,
      now: () => new Date(2026, 10, 25),
    };

    // No start date yet: the settings open.
    expect(await handleCommand(deps, 'continue-studying')).toBeNull();
    expect(optionsOpened).toBe(1);

    await updateSettings(db, { startDate: '2026-11-24' }, 1);
    for (const id of ['tip-effective-learning', 'khan-cs-principles', 'dsa'])
      await setCheck(db, id, true, 1);
    await learnPlaylist(
      db,
      { playlistId: PY, items: [1, 2, 3].map((n) => ({ videoId: vid(PY, n), position: n })) },
      1,
    );
    await recordPlay(
      db,
      {
        videoId: vid(PY, 1),
        playlistId: PY,
        position: 1,
        duration: 60,
        intervals: [[0, 60]],
        playedMs: 0,
        currentTime: 60,
      },
      { now: 2, day: '2026-11-25', threshold: 0.9 },
    );

    const url = `https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2`;
    expect(await handleCommand(deps, 'continue-studying')).toBe(url);
    expect(opened).toEqual([url]);
    expect(await handleCommand(deps, 'something-else')).toBeNull();
    expect(opened).toHaveLength(1);
  });
});
