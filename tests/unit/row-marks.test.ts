// @vitest-environment happy-dom
/**
 * Marks on a roadmap playlist's own rows on YouTube (issue 35): what the background says of
 * each video, and how the page puts it on the rows of every layout, in each row's link's name.
 */
import { ROADMAP } from '../../data/roadmap';
import type { RowMarks } from '../../lib/protocol/messages';
import { rowMarks } from '../../lib/service/row-marks';
import { markPanel, markPlaylistPage } from '../../lib/youtube/page-dom';
import {
  capture,
  desktopPanelOf,
  HAVE_REAL_DOM,
  PY,
  REAL_DOM_SKIPPED,
  snapshotWith,
  vid,
} from './helpers';

const WORDS = { watched: 'watched', played: '{p}% played', week: 'this week' };

describe('what the background marks', () => {
  it('watched videos, the tenths played of a started one (never rounded up), this week’s share', () => {
    const snapshot = snapshotWith({ watched: [1, 2], known: 14 });
    const coverage = new Map([
      [vid(PY, 3), 0.47],
      [vid(PY, 4), 0.999],
      [vid(PY, 5), 0.05],
    ]);
    const marks = rowMarks(ROADMAP, snapshot, PY, coverage, 1);
    // Week 1 of Python level 1 (14 videos over 4 weeks): videos 1–4.
    expect(marks.rows).toEqual({
      [vid(PY, 1)]: 'w t',
      [vid(PY, 2)]: 'w t',
      [vid(PY, 3)]: 'p40 t',
      [vid(PY, 4)]: 'p90 t',
    });
    // Another week: its own share; before the plan starts, none.
    expect(rowMarks(ROADMAP, snapshot, PY, coverage, 2).rows[vid(PY, 5)]).toBe('t');
    expect(Object.values(rowMarks(ROADMAP, snapshot, PY, coverage, null).rows)).not.toContain('t');
    // Another playlist's videos are not this one's.
    expect(rowMarks(ROADMAP, snapshot, 'PLother12345', coverage, 1).rows).toEqual({});
  });
});

const LIST = PY;
const MARKS: RowMarks = {
  rows: { [vid(LIST, 1)]: 'w t', [vid(LIST, 2)]: 'p40', [vid(LIST, 9)]: 'w' },
  words: WORDS,
};
const link = (n: number, extra = '') =>
  `<a ${extra} href="/watch?v=${vid(LIST, n)}&list=${LIST}&index=${n}"><span id="video-title">Lesson ${n}</span></a>`;
const mark = (n: number) =>
  document.querySelector(`a[href*="${vid(LIST, n)}"] > .mlrc-mark`) as HTMLElement | null;

/** The words a screen reader hears for a row's link. */
const nameOf = (n: number) =>
  document
    .querySelector(`a[href*="${vid(LIST, n)}"]`)!
    .textContent!.replace(/\s+/g, ' ')
    .trim();

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('marks on the rows of every layout', () => {
  const layouts: [string, () => void, (m: RowMarks) => void][] = [
    [
      'the older watch page panel',
      () =>
        (document.body.innerHTML = `<ytd-playlist-panel-renderer><div id="items">${[1, 2, 3]
          .map(
            (n) =>
              `<ytd-playlist-panel-video-renderer>${link(n, 'id="wc-endpoint"')}</ytd-playlist-panel-video-renderer>`,
          )
          .join('')}</div></ytd-playlist-panel-renderer>`),
      (m) => markPanel(document, LIST, m),
    ],
    [
      'the grid layout’s panel, rows wrapped',
      () =>
        (document.body.innerHTML = `<ytd-watch-grid><div id="playlist"><div id="items">${[1, 2, 3]
          .map(
            (n) =>
              `<div class="wrap"><ytd-playlist-panel-video-renderer>${link(n, 'id="wc-endpoint"')}</ytd-playlist-panel-video-renderer></div>`,
          )
          .join('')}</div></div></ytd-watch-grid>`),
      (m) => markPanel(document, LIST, m),
    ],
    [
      'the mobile panel',
      () =>
        (document.body.innerHTML = `<ytm-playlist-panel-renderer>${[1, 2, 3]
          .map(
            (n) =>
              `<ytm-playlist-panel-video-renderer>${link(n)}</ytm-playlist-panel-video-renderer>`,
          )
          .join('')}</ytm-playlist-panel-renderer>`),
      (m) => markPanel(document, LIST, m),
    ],
    [
      'the /playlist page’s lockups',
      () =>
        (document.body.innerHTML = `<ytd-browse page-subtype="playlist">${[1, 2, 3]
          .map(
            (n) =>
              `<yt-lockup-view-model>${link(n, 'class="ytLockupViewModelContentImage"')}<h3>Lesson ${n}</h3></yt-lockup-view-model>`,
          )
          .join('')}</ytd-browse>`),
      (m) => markPlaylistPage(document, LIST, m),
    ],
  ];

  it.each(layouts)(
    '%s: ✓, the part played and this week, in each row’s link name',
    (_, build, put) => {
      build();
      put(MARKS);
      expect(mark(1)?.dataset.m).toBe('w t');
      expect(nameOf(1)).toBe('Lesson 1, watched, this week');
      expect(mark(2)?.dataset.p).toBe('40');
      expect(nameOf(2)).toContain('40% played');
      // A row with nothing to say is left alone; one mark per row, even wrapped.
      expect(mark(3)).toBeNull();
      expect(document.querySelectorAll('.mlrc-mark')).toHaveLength(2);
    },
  );

  it.each(layouts)(
    '%s: put again, changes nothing; a mark gone is taken off',
    async (_, build, put) => {
      build();
      put(MARKS);
      const first = mark(1);
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      put(MARKS);
      await Promise.resolve();
      // The same marks again (each read of the rows puts them): the page is not touched.
      expect(changes).toHaveLength(0);
      expect(mark(1)).toBe(first);
      observer.disconnect();
      put({ ...MARKS, rows: { [vid(LIST, 2)]: 'w' } });
      expect(mark(1)).toBeNull();
      expect(mark(2)?.dataset.m).toBe('w');
      expect(nameOf(2)).toBe('Lesson 2, watched');
    },
  );

  it('never touches rows of another playlist', () => {
    document.body.innerHTML = `<ytd-playlist-panel-renderer><div id="items"><ytd-playlist-panel-video-renderer>${link(1, 'id="wc-endpoint"').replace(LIST, 'PLother12345')}</ytd-playlist-panel-video-renderer></div></ytd-playlist-panel-renderer>`;
    markPanel(document, LIST, MARKS);
    expect(document.querySelector('.mlrc-mark')).toBeNull();
  });
});

describe.skipIf(!HAVE_REAL_DOM)(
  `marks on real captures of live YouTube pages${REAL_DOM_SKIPPED}`,
  () => {
    const marks = (list: string, ids: string[]): RowMarks => ({
      rows: Object.fromEntries(ids.map((id) => [id, 'w'])),
      words: WORDS,
    });

    it('the desktop panel’s selected row, plain and wrapped', () => {
      for (const wrapped of [false, true]) {
        desktopPanelOf(capture('filtertube-playlist-selected-row.html'), wrapped);
        markPanel(document, 'RDUc8KFRqO3IM', marks('RDUc8KFRqO3IM', ['tlYcUqEPN58']));
        const put = document.querySelectorAll('a#wc-endpoint > .mlrc-mark');
        expect(put).toHaveLength(1);
        expect(put[0]!.textContent).toBe(', watched');
      }
    });

    it('the mobile watch page’s panel rows', () => {
      document.body.innerHTML = capture('filtertube-ytm-watch-player-dom.html');
      const rows = document.querySelectorAll('ytm-playlist-panel-video-renderer');
      const ids = [...rows].map(
        (row) =>
          /v=([\w-]{11})/.exec(row.querySelector('a[href*="watch"]')!.getAttribute('href')!)![1]!,
      );
      markPanel(document, 'RDNLDFEkIvcbc', marks('RDNLDFEkIvcbc', ids));
      expect(document.querySelectorAll('.mlrc-mark').length).toBe(ids.length);
      // Another list's marks touch none of them.
      document.querySelectorAll('.mlrc-mark').forEach((m) => m.remove());
      markPanel(document, 'PLother00000', marks('PLother00000', ids));
      expect(document.querySelectorAll('.mlrc-mark').length).toBe(0);
    });
  },
);
