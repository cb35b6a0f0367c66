// @vitest-environment happy-dom
/**
 * Focus mode's stylesheet may hide only leaves: recommendations, comments, Shorts shelves,
 * end-screen cards. Whatever YouTube's markup becomes, no rule of it may hide the player, its
 * controls, the playlist panel or our panel, nor anything that holds them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOCUS_CLASS } from '../../lib/service/focus-mode';

const CSS = readFileSync(
  join(import.meta.dirname, '../../entrypoints/youtube.content/style.css'),
  'utf8',
).replace(/\/\*[\s\S]*?\*\//g, '');

/** The rules that hide things in focus mode. */
const focusSelectors = [...CSS.matchAll(/([^{}]+)\{([^}]*)\}/g)]
  .filter(
    ([, selectors, body]) => selectors!.includes(FOCUS_CLASS) && /display:\s*none/.test(body!),
  )
  .map(([, selectors]) => selectors!.replace(/\s+/g, ' ').trim());

/** The one rule's parts: `html.CLASS :is(HIDDEN…):not(:has(SPARED…))`. */
const rule = /^html\.(\S+) :is\((.*)\):not\( ?:has\((.*)\) ?\)$/.exec(focusSelectors[0] ?? '');
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const HIDDEN = list(rule?.[2] ?? '');
const SPARED = list(rule?.[3] ?? '').join(',');

/** Whether the rule hides `el` (evaluated part by part: the test DOM lacks `:has`). */
const hides = (el: Element) =>
  document.documentElement.classList.contains(FOCUS_CLASS) &&
  HIDDEN.some((s) => el.matches(s)) &&
  !el.matches(SPARED) &&
  el.querySelector(SPARED) === null;

const KEPT = [
  '#movie_player',
  'video',
  '.ytp-chrome-bottom',
  '#playlist',
  'ytd-playlist-panel-renderer',
  'ytm-playlist-panel-video-renderer',
  '#ml-roadmap-companion',
];

// The layouts the pages come in (the classic and the grid watch page, the mobile one, the
// home page), and the same with blocks moved around, as a redesign might.
const LAYOUTS = [
  `<ytd-watch-flexy><div id="columns"><div id="primary"><div id="player"><div id="movie_player"><video></video><div class="ytp-chrome-bottom"></div><div class="ytp-ce-element"></div><div class="ytp-endscreen-content"></div></div></div><div id="below"><ytd-watch-metadata></ytd-watch-metadata><section id="ml-roadmap-companion"></section><ytd-comments id="comments"></ytd-comments></div></div><div id="secondary"><ytd-playlist-panel-renderer id="playlist"></ytd-playlist-panel-renderer><div id="related"><ytd-watch-next-secondary-results-renderer></ytd-watch-next-secondary-results-renderer></div></div></div></ytd-watch-flexy>`,
  `<ytd-watch-grid><div id="primary"><div id="movie_player"><video></video></div></div><div id="secondary"><div id="playlist"></div><ytd-comments id="comments"></ytd-comments></div><div id="bottom-grid"><ytd-rich-grid-renderer></ytd-rich-grid-renderer></div></ytd-watch-grid>`,
  `<ytm-watch><div id="player-container-id"><div id="movie_player"><video></video></div></div><ytm-playlist-panel-video-renderer></ytm-playlist-panel-video-renderer><ytm-comment-section-renderer></ytm-comment-section-renderer><ytm-reel-shelf-renderer></ytm-reel-shelf-renderer></ytm-watch>`,
  `<ytd-browse page-subtype="home"><ytd-rich-grid-renderer><ytd-rich-shelf-renderer is-shorts></ytd-rich-shelf-renderer></ytd-rich-grid-renderer></ytd-browse>`,
  // 2026: the grid page's comments in the engagement panel and the comment teaser; the mobile
  // page's recommendations and comment teaser; the new Shorts shelf on the home page.
  `<ytd-watch-grid><div id="primary"><div id="movie_player"><video></video><div class="ytp-fullscreen-grid-stills-container"><a class="ytp-modern-videowall-still"></a></div></div><div id="comment-teaser"></div></div><div id="secondary"><div id="playlist"></div><ytd-engagement-panel-section-list-renderer target-id="engagement-panel-comments-section"></ytd-engagement-panel-section-list-renderer></div></ytd-watch-grid>`,
  `<ytm-watch><div id="player-container-id"><div id="movie_player"><video></video></div></div><ytm-playlist-panel-renderer><ytm-playlist-panel-video-renderer></ytm-playlist-panel-video-renderer></ytm-playlist-panel-renderer><ytm-comments-entry-point-header-renderer></ytm-comments-entry-point-header-renderer><ytm-item-section-renderer section-identifier="related-items"></ytm-item-section-renderer></ytm-watch>`,
  `<ytd-browse page-subtype="home"><ytd-rich-section-renderer><grid-shelf-view-model><ytm-shorts-lockup-view-model></ytm-shorts-lockup-view-model></grid-shelf-view-model></ytd-rich-section-renderer></ytd-browse>`,
  // A redesign that nests the player and the playlist inside the blocks focus hides.
  `<ytd-watch-flexy><div id="related"><div id="movie_player"><video></video></div></div><ytd-comments><ytd-playlist-panel-renderer id="playlist"></ytd-playlist-panel-renderer></ytd-comments></ytd-watch-flexy>`,
];

describe('focus mode’s stylesheet', () => {
  it('is one rule under the class, naming the distractions and what is always spared', () => {
    expect(focusSelectors).toHaveLength(1);
    expect(rule?.[1]).toBe(FOCUS_CLASS);
    expect(HIDDEN.length).toBeGreaterThan(8);
    for (const kept of KEPT) expect(SPARED.split(',')).toContain(kept);
  });

  it('hides recommendations, comments and end-screen cards where they are', () => {
    document.documentElement.className = FOCUS_CLASS;
    document.body.innerHTML = LAYOUTS[0]!;
    for (const sel of ['#related', 'ytd-comments', '.ytp-ce-element', '.ytp-endscreen-content'])
      expect(hides(document.querySelector(sel)!), sel).toBe(true);
    document.documentElement.className = '';
    expect(hides(document.querySelector('#related')!)).toBe(false);
  });

  it('hides what YouTube shows in 2026: the end-of-video wall, engagement-panel comments, teasers, mobile recommendations, the new Shorts shelf', () => {
    document.documentElement.className = FOCUS_CLASS;
    const wanted = [
      '.ytp-fullscreen-grid-stills-container',
      '#comment-teaser',
      'ytd-engagement-panel-section-list-renderer',
      'ytm-comments-entry-point-header-renderer',
      'ytm-item-section-renderer',
      'grid-shelf-view-model',
    ];
    const seen = new Set<string>();
    for (const layout of LAYOUTS.slice(4, 7)) {
      document.body.innerHTML = layout;
      for (const sel of wanted) {
        const el = document.querySelector(sel);
        if (!el) continue;
        seen.add(sel);
        expect(hides(el), sel).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual([...wanted].sort());
  });

  it('never hides the player, its controls, the playlist or our panel, in any layout', () => {
    document.documentElement.className = FOCUS_CLASS;
    const wrong: string[] = [];
    let hidden = 0;
    for (const layout of LAYOUTS) {
      document.body.innerHTML = layout;
      for (const el of document.querySelectorAll('*')) {
        if (!hides(el)) continue;
        hidden += 1;
        for (const kept of KEPT)
          if (el.matches(kept) || el.querySelector(kept)) wrong.push(`${el.tagName} holds ${kept}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(hidden).toBeGreaterThan(10);
  });

  it('shows a block again once a redesign puts the player or the playlist in it', () => {
    document.documentElement.className = FOCUS_CLASS;
    document.body.innerHTML = LAYOUTS[LAYOUTS.length - 1]!;
    expect(hides(document.querySelector('#related')!)).toBe(false);
    expect(hides(document.querySelector('ytd-comments')!)).toBe(false);
  });
});
