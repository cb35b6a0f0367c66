// @vitest-environment happy-dom
/**
 * The page readers and focus mode on real captures of live YouTube pages (2026), read in place
 * from ../shared/fixtures/real-dom (fetched data: never copied into this repository). CI has
 * ../shared; where it is missing these tests are skipped, and say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMainVideo, readPanel, readPlaylistPage } from '../../lib/youtube/page-dom';
import { FOCUS_CLASS } from '../../lib/service/focus-mode';
import { capture, desktopPanelOf, HAVE_REAL_DOM, REAL_DOM_SKIPPED, wrapAll } from './helpers';

const CSS = readFileSync(
  join(import.meta.dirname, '../../entrypoints/youtube.content/style.css'),
  'utf8',
).replace(/\/\*[\s\S]*?\*\//g, '');
const HIDDEN = (/:is\(([^)]*)\)/.exec(CSS)?.[1] ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

describe.skipIf(!HAVE_REAL_DOM)(`real captures of live YouTube pages${REAL_DOM_SKIPPED}`, () => {
  it('the mobile watch page: its panel’s rows with their positions, and the main video', () => {
    document.body.innerHTML = capture('filtertube-ytm-watch-player-dom.html');
    const panel = readPanel(document, 'RDNLDFEkIvcbc');
    expect(panel?.items.map((i) => i.position)).toEqual([1, 2, 8]);
    expect(panel?.items.every((i) => i.title)).toBe(true);
    // No "N / M" counter on the mobile panel: no total, never a wrong one.
    expect(panel?.total).toBeUndefined();
    expect(findMainVideo(document)?.classList.contains('html5-main-video')).toBe(true);
    // Another list's id reads nothing from it.
    expect(readPanel(document, 'PLother00000')).toBeNull();
  });

  it('the mobile panel with its rows wrapped reads each row once', () => {
    document.body.innerHTML = capture('filtertube-ytm-watch-player-dom.html');
    const plain = readPanel(document, 'RDNLDFEkIvcbc');
    wrapAll('ytm-playlist-panel-video-renderer', 'ytm-playlist-panel-video-wrapper-renderer');
    expect(readPanel(document, 'RDNLDFEkIvcbc')).toEqual(plain);
  });

  it('a desktop panel row, plain or wrapped, is read once; the miniplayer’s panel is not the page’s', () => {
    for (const wrapped of [false, true]) {
      desktopPanelOf(capture('filtertube-playlist-selected-row.html'), wrapped);
      const panel = readPanel(document, 'RDUc8KFRqO3IM');
      expect(panel?.items.map(({ videoId, position }) => ({ videoId, position }))).toEqual([
        { videoId: 'tlYcUqEPN58', position: 12 },
      ]);
      expect(panel?.total).toBeUndefined();
    }
    // The same row only inside the miniplayer: not the watch page's panel.
    document.body.innerHTML =
      '<ytd-miniplayer><ytd-playlist-panel-renderer><div id="items"></div></ytd-playlist-panel-renderer></ytd-miniplayer>';
    document.querySelector('#items')!.innerHTML = capture('filtertube-playlist-selected-row.html');
    expect(readPanel(document, 'RDUc8KFRqO3IM')).toBeNull();
  });

  it('a panel header without rows (a Mix) reads nothing', () => {
    document.body.innerHTML = capture('filtertube-playlist-panel-header-mix-dom.html');
    expect(readPanel(document, 'RDUc8KFRqO3IM')).toBeNull();
  });

  it('lockups of the home page are no playlist’s videos', () => {
    document.body.innerHTML = capture('filtertube-main-doms-mutated-main-dom.html');
    expect(document.querySelectorAll('yt-lockup-view-model').length).toBeGreaterThan(0);
    expect(readPlaylistPage(document, 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0')).toBeNull();
  });

  it('focus mode hides the 2025+ end-of-video wall, its cards and countdown, not the player', () => {
    document.body.innerHTML = capture('filtertube-playlist-player-endscreen-dom.html');
    document.documentElement.className = FOCUS_CLASS;
    const hidden = (el: Element) => HIDDEN.some((s) => el.matches(s));
    for (const sel of [
      '.ytp-fullscreen-grid-stills-container',
      '.ytp-autonav-endscreen-countdown-overlay',
      '.ytp-ce-element',
    ]) {
      const el = document.querySelector(sel);
      expect(el, sel).not.toBeNull();
      expect(hidden(el!), sel).toBe(true);
    }
    const player = document.querySelector('#movie_player');
    if (player) expect(hidden(player)).toBe(false);
  });

  it('focus mode hides the mobile page’s recommendations', () => {
    document.body.innerHTML = capture('filtertube-ytm-watch-player-dom.html');
    const related = document.querySelector(
      'ytm-item-section-renderer[section-identifier="related-items"]',
    );
    expect(related).not.toBeNull();
    expect(HIDDEN.some((s) => related!.matches(s))).toBe(true);
  });
});
