import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { CompanionDb, SCHEMA_VERSION } from '../../lib/db/database';
import { readEarlyRows, startEarlyRead, takeEarlyRows } from '../../lib/db/early-read';
import { decodeIndex, encodeIndex, INDEX_FORMAT } from '../../lib/db/index-codec';
import { buildIndex } from '../../lib/db/progress-index';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { fromEarlyRows } from '../../lib/progress/snapshot-from-rows';
import { setCheck } from '../../lib/db/checks-repo';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { recordVisit } from '../../lib/db/pages-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { PY, vid } from './helpers';
import { watchWhole } from './db-helpers';

async function fill(db: CompanionDb) {
  await updateSettings(db, { startDate: '2026-11-24' }, 1);
  await learnPlaylist(
    db,
    {
      playlistId: PY,
      title: 'Python',
      total: 3,
      items: [1, 2, 3].map((n) => ({ videoId: vid(PY, n), position: n, title: `Part ${n}` })),
    },
    2,
  );
  await watchWhole(db, PY, 1, 3);
  await recordVisit(db, { resourceId: 'kaggle-eda', key: 'a/b', category: 'notebook' }, 4);
  await setCheck(db, 'dsa', true, 5);
}

describe('early read', () => {
  it('reads the settings, ticks and index, giving the snapshot Dexie gives', async () => {
    const name = `early-${Math.random()}`;
    const db = new CompanionDb(name);
    await fill(db);
    const rows = await readEarlyRows(indexedDB, name, SCHEMA_VERSION);
    const early = fromEarlyRows(rows);
    expect(early?.settings.startDate).toBe('2026-11-24');
    expect(early?.snapshot).toEqual(await readSnapshot(db));
    expect(early?.snapshot.watchedVideos).toEqual(new Set([vid(PY, 1)]));
    db.close();
  });

  it('expects the schema version Dexie declares', () => {
    expect(new CompanionDb(`version-${Math.random()}`).verno).toBe(SCHEMA_VERSION);
  });

  it('never creates a database that does not exist yet', async () => {
    // Its own IndexedDB, so "no database yet" really means none.
    const factory = new IDBFactory();
    expect(await readEarlyRows(factory, 'none-yet', SCHEMA_VERSION)).toBeNull();
    expect(await factory.databases()).toEqual([]);
  });

  it('leaves a database of an older schema to Dexie, which upgrades it', async () => {
    const name = `early-old-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({ settings: 'key', checks: 'key' });
    await old.open();
    old.close();
    expect(await readEarlyRows(indexedDB, name, SCHEMA_VERSION)).toBeNull();
  });

  it('is not used when the index is missing, broken or made with another threshold', async () => {
    const name = `early-stale-${Math.random()}`;
    const db = new CompanionDb(name);
    await fill(db);
    const rows = (await readEarlyRows(indexedDB, name, SCHEMA_VERSION))!;
    expect(fromEarlyRows({ ...rows, index: undefined })).toBeNull();
    expect(
      fromEarlyRows({
        ...rows,
        settings: { ...rows.settings!, watchedThreshold: 0.5 },
      }),
    ).toBeNull();
    await db.derived.put({
      key: 'progress',
      threshold: 0.9,
      format: INDEX_FORMAT,
      json: '{not json',
    });
    expect(await readEarlyRows(indexedDB, name, SCHEMA_VERSION)).toBeNull();
    // Nor one of layout 2 (no seconds left of half-watched videos): it is rebuilt.
    await db.derived.put({
      key: 'progress',
      threshold: 0.9,
      format: 2,
      json: '{"watched":[],"resumeAt":[["abcdefghijk",42]],"playlists":[],"pages":[]}',
    });
    expect((await readEarlyRows(indexedDB, name, SCHEMA_VERSION))!.index).toBeUndefined();
    // An index of the older layout (titles of watched videos left out) is rebuilt, not used.
    await db.derived.put({
      key: 'progress',
      threshold: 0.9,
      json: '{"watched":[],"resumeAt":[],"playlists":[],"pages":[]}',
    });
    const old = (await readEarlyRows(indexedDB, name, SCHEMA_VERSION))!;
    expect(old.index).toBeUndefined();
    expect(fromEarlyRows(old)).toBeNull();
    db.close();
  });

  it('hands its rows to the page, or nothing when it is late or absent', async () => {
    const scope: Record<string, unknown> = {};
    expect(await takeEarlyRows(scope, 10)).toBeNull();
    startEarlyRead(scope, () => new Promise(() => {}));
    expect(await takeEarlyRows(scope, 10)).toBeNull();
    const rows = { settings: undefined, checks: [], index: undefined };
    startEarlyRead(scope, async () => rows);
    expect(await takeEarlyRows(scope, 10)).toBe(rows);
    // Taken once: a second page render does not reuse old rows.
    expect(await takeEarlyRows(scope, 10)).toBeNull();
  });
});

describe('index encoding', () => {
  it('round-trips and gives one string whatever the order it was built in', async () => {
    const name = `codec-${Math.random()}`;
    const db = new CompanionDb(name);
    await fill(db);
    const index = await buildIndex(db);
    const row = encodeIndex(index);
    expect(decodeIndex(row)).toEqual(index);
    const reversed = {
      ...index,
      watched: new Set([...index.watched].reverse()),
      pages: new Map([...index.pages].reverse()),
      playlists: new Map([...index.playlists].reverse()),
    };
    expect(encodeIndex(reversed)).toEqual(row);
    db.close();
  });

  it('keeps gaps, a video watched in two playlists and single videos apart', () => {
    const index = {
      threshold: 0.9,
      watched: new Set(['aaaaaaaaaaa', 'sssssssssss']),
      resumeAt: new Map([['bbbbbbbbbbb', 42]]),
      resumeLeft: new Map([['bbbbbbbbbbb', 318]]),
      playlists: new Map([
        [
          'PL1',
          {
            total: 40,
            byPosition: new Map([
              [3, 'aaaaaaaaaaa'],
              [7, 'bbbbbbbbbbb'],
            ]),
            titles: new Map([['bbbbbbbbbbb', 'B: a title with "quotes"']]),
          },
        ],
        ['PL2', { byPosition: new Map([[1, 'aaaaaaaaaaa']]), titles: new Map() }],
        ['PL3', { total: 5, byPosition: new Map(), titles: new Map() }],
      ]),
      pages: new Map([
        [
          'khan\nlesson-1',
          { resourceId: 'khan', key: 'lesson-1', category: 'lesson', visited: false, group: 'u1' },
        ],
      ]),
    };
    expect(decodeIndex(encodeIndex(index))).toEqual(index);
  });
});
