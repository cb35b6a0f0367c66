import { ROADMAP } from '../../data/roadmap';
import { handleMessage, type HandlerDeps } from '../../lib/service/message-handler';
import { StudyLedger } from '../../lib/tracking/study-time';
import {
  brokenReaders,
  readSiteCheck,
  recordCheck,
  siteReport,
  type Reader,
  type SiteCheck,
} from '../../lib/sites/site-check';
import { freshDb } from './db-helpers';
import { PY, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const T = Date.UTC(2026, 11, 1, 12);

describe('the site check’s record (issue 30)', () => {
  it('says a reader failed only after failures on two different pages in a row', () => {
    let s: SiteCheck = {};
    s = recordCheck(s, 'youtube-playlist', false, 'PLa', T, { 'yt-lockup-view-model': 0 });
    expect(brokenReaders(s)).toEqual([]);
    // The same page again (a reload) is not a second page.
    s = recordCheck(s, 'youtube-playlist', false, 'PLa', T + 1);
    expect(brokenReaders(s)).toEqual([]);
    s = recordCheck(s, 'youtube-playlist', false, 'PLb', T + 2);
    expect(brokenReaders(s)).toEqual(['youtube-playlist']);
    // One success and it is working again.
    s = recordCheck(s, 'youtube-playlist', true, 'PLc', T + 3);
    expect(brokenReaders(s)).toEqual([]);
    expect(s['youtube-playlist']).toMatchObject({ lastOk: T + 3, lastFail: T + 2, failStreak: 0 });
  });

  it('reports what each reader expects and found, with no address', () => {
    let s: SiteCheck = {};
    s = recordCheck(s, 'youtube-panel', false, `${PY}/${vid(PY, 1)}`, T, {
      'ytd-playlist-panel-renderer': 1,
      'ytd-playlist-panel-video-renderer': 0,
    });
    const report = siteReport(s, { version: '0.1.0', browser: 'Test' });
    expect(report).toContain('youtube-panel: expects the playlist panel');
    expect(report).toContain('ytd-playlist-panel-video-renderer ×0');
    expect(report).not.toContain(PY);
    expect(report).not.toContain(vid(PY, 1));
    expect(report).not.toMatch(/https?:/);
  });

  it('reads only what it can trust from storage', () => {
    expect(readSiteCheck(null)).toEqual({});
    expect(
      readSiteCheck({
        'youtube-video': { failStreak: -1 },
        other: { failStreak: 1 },
        kaggle: { failStreak: 0 },
      }),
    ).toEqual({ kaggle: { failStreak: 0 } });
  });
});

describe('the readers’ outcomes through the message handler (issue 30)', () => {
  function deps() {
    const calls: [Reader, boolean, string, Record<string, number> | undefined][] = [];
    const d: HandlerDeps = {
      db: freshDb(),
      roadmap: ROADMAP,
      extensionId: EXT,
      ledger: new StudyLedger(),
      now: () => new Date(T),
      siteCheck: async (reader, ok, page, found) => void calls.push([reader, ok, page, found]),
    };
    return { d, calls };
  }
  const from = (url: string) => ({ id: EXT, url, tab: { id: 1, url } });
  const check = (reader: string, ok: boolean, found?: Record<string, number>) => ({
    type: 'yt:check',
    payload: { reader, ok, ...(found ? { found } : {}) },
  });

  it('keeps a YouTube reader’s outcome only on a roadmap page', async () => {
    const { d, calls } = deps();
    const roadmapList = `https://www.youtube.com/playlist?list=${PY}`;
    expect(await handleMessage(d, check('playlist', false, { a: 1 }), from(roadmapList))).toEqual({
      stored: true,
    });
    const other = 'https://www.youtube.com/playlist?list=PLother000000000';
    expect(await handleMessage(d, check('playlist', false), from(other))).toEqual({
      stored: false,
    });
    const watch = `https://www.youtube.com/watch?v=${vid(PY, 2)}&list=${PY}&index=2`;
    await handleMessage(d, check('panel', true), from(watch));
    await handleMessage(d, check('video', true), from(watch));
    // A video of no roadmap playlist: nothing expected there.
    await handleMessage(
      d,
      check('video', false),
      from('https://www.youtube.com/watch?v=abcdefghijk'),
    );
    expect(calls).toEqual([
      ['youtube-playlist', false, PY, { a: 1 }],
      ['youtube-panel', true, `${PY}/${vid(PY, 2)}`, undefined],
      ['youtube-video', true, vid(PY, 2), undefined],
    ]);
  });

  it('refuses a malformed outcome', async () => {
    const { d, calls } = deps();
    const url = `https://www.youtube.com/playlist?list=${PY}`;
    for (const bad of [
      check('everything', false),
      { type: 'yt:check', payload: { reader: 'video', ok: 'no' } },
      check('video', false, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}`, 1]))),
    ])
      expect(await handleMessage(d, bad, from(url))).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('a Khan unit page that settled without its lessons is a failure; with them, a success', async () => {
    const { d, calls } = deps();
    const unit =
      'https://www.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:digital-information';
    const visit = (listed?: string[]) => ({
      type: 'page:visit',
      payload: { url: unit, settled: true, ...(listed ? { listed } : {}) },
    });
    await handleMessage(d, visit(), from(unit));
    await handleMessage(d, visit([`${unit}/x2d2f703b37b450a3:binary-numbers/v/bits`]), from(unit));
    // Not settled yet: says nothing.
    await handleMessage(d, { type: 'page:visit', payload: { url: unit } }, from(unit));
    expect(calls.map(([reader, ok]) => [reader, ok])).toEqual([
      ['khan-unit', false],
      ['khan-unit', true],
    ]);
  });
});
