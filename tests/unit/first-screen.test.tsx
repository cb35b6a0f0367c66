// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The popup's first screen as the worker renders it ahead (components/popup-first-screen.tsx)
 * is the popup's own first render, and the page shows it until React takes over without
 * losing a click (lib/browser/prepaint.ts).
 */
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { act } from 'react';
import { renderFirstScreen } from '../../components/popup-first-screen';
import { PopupApp } from '../../components/PopupApp';
import { readViewRows } from '../../lib/db/popup-view-repo';
import { setStatus } from '../../lib/db/checks-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { decodeIndex, isCurrentRow } from '../../lib/db/index-codec';
import { rebuildIndex } from '../../lib/db/progress-index';
import { fromEarlyRows } from '../../lib/progress/snapshot-from-rows';
import { loadBundle, paintKeptView, takeOver, PREPAINT_MARK } from '../../lib/browser/prepaint';
import { VIEW_KEY, type PopupViewRow } from '../../lib/prepaint/popup-view';
import { language, setLanguage } from '../../lib/i18n/i18n';
import { freshDb, recordPlay } from './db-helpers';
import { toIsoDay } from '../../lib/plan/iso-day';
import { PY, vid } from './helpers';
import type { CompanionDb } from '../../lib/db/database';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeAll(() => {
  // WXT's fake browser leaves the browser's language to the test: an English browser.
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
});

/**
 * A render's DOM, written so that only what the learner meets counts: React's server and
 * client renders differ in how they write the same DOM (attribute order, `<!-- -->` between
 * adjacent texts, spaces in styles), in useId's ids (numbered here by first use), and in `autofocus` (the client
 * focuses the element itself; on the kept screen the browser does, the same element).
 */
function canonical(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  const ids = new Map<string, string>();
  const id = (value: string) => {
    if (!ids.has(value)) ids.set(value, `id${ids.size}`);
    return ids.get(value)!;
  };
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    const attributes = [...element.attributes]
      .filter((a) => a.name !== 'autofocus')
      .map((a) => {
        // Styles as the DOM writes them back (`left: 50%;`), whichever way they came.
        if (a.name === 'style') return `style="${a.value.replace(/\s|;$/g, '')}"`;
        const value = a.value
          .split(' ')
          .map((part) => (/^_[rR]_/.test(part) ? id(part) : part))
          .join(' ');
        return `${a.name}="${value}"`;
      })
      .sort()
      .join(' ');
    const tag = element.tagName.toLowerCase();
    return `<${tag} ${attributes}>${[...element.childNodes].map(write).join('')}</${tag}>`;
  };
  return [...box.childNodes].map(write).join('');
}

async function learner(db: CompanionDb, uiLanguage: 'en' | 'hi' = 'en') {
  const start = new Date();
  start.setDate(start.getDate() - 8);
  await updateSettings(db, { startDate: toIsoDay(start), uiLanguage }, 1);
  await rebuildIndex(db);
  await recordPlay(
    db,
    {
      videoId: vid(PY, 1),
      playlistId: PY,
      position: 1,
      duration: 60,
      intervals: [[0, 60]],
      currentTime: 60,
    },
    { now: 2, threshold: 0.9 },
  );
  await setStatus(db, 'dsa', 'done', 3);
}

/** The popup's own first render of the same rows, in this page. */
function clientRender(rows: Awaited<ReturnType<typeof readViewRows>>): string {
  const early = fromEarlyRows({
    settings: rows.settings,
    checks: rows.checks,
    index: isCurrentRow(rows.index) ? decodeIndex(rows.index) : undefined,
  });
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(<PopupApp early={early} host={{ search: '', reviewSeen: '' }} />));
  const html = host.innerHTML;
  root.unmount();
  return html;
}

describe('the popup’s first screen, rendered ahead', () => {
  it('is what the popup’s first render draws from the same rows, in English and Hindi', async () => {
    for (const uiLanguage of ['en', 'hi'] as const) {
      const db = freshDb();
      await learner(db, uiLanguage);
      const rows = await readViewRows(db);
      const before = language();
      const screen = await renderFirstScreen(rows);
      // The worker's own words stay in its language.
      expect(language()).toBe(before);
      expect(screen?.lang).toBe(uiLanguage);
      expect(screen?.html).toContain(uiLanguage === 'hi' ? 'हफ़्ता' : 'Week 2 of 24');
      setLanguage(uiLanguage);
      expect(canonical(screen!.html)).toBe(canonical(clientRender(rows)));
      setLanguage(before);
    }
  });

  it('is taken over by React as it is, even when the popup has news the worker cannot know', async () => {
    // The page's storage says no completion was told yet; the worker cannot read it. Told
    // on the first render, the line made React's render differ and redraw the whole screen
    // (a tick pressed meanwhile was lost): it comes after the take-over instead.
    localStorage.setItem('items-celebrated', '[]');
    const db = freshDb();
    await learner(db);
    const rows = await readViewRows(db);
    const screen = await renderFirstScreen(rows);
    expect(screen?.html).not.toContain('Well done');
    const container = document.createElement('div');
    container.innerHTML = screen!.html;
    const box = container.querySelector('input[type="checkbox"]');
    const early = fromEarlyRows({
      settings: rows.settings,
      checks: rows.checks,
      index: isCurrentRow(rows.index) ? decodeIndex(rows.index) : undefined,
    });
    const redrawn = vi.fn<() => void>();
    // Only the first render's pass is asked about; the news is for the next.
    await act(async () => {
      hydrateRoot(container, <PopupApp early={early} />, { onRecoverableError: redrawn });
    });
    expect(redrawn).not.toHaveBeenCalled();
    expect(container.querySelector('input[type="checkbox"]')).toBe(box);
    expect(container.textContent).toContain('Data structures & algorithms done. Well done!');
    localStorage.clear();
  });

  it('is nothing while the popup’s first render would wait for the database', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-30' }, 1);
    const rows = await readViewRows(db);
    expect(await renderFirstScreen({ ...rows, index: undefined })).toBeNull();
  });

  it('is nothing before the plan has started (the first run’s form is React’s alone)', async () => {
    const db = freshDb();
    await updateSettings(db, { dailyGoalMinutes: 45 }, 1);
    await rebuildIndex(db);
    const rows = await readViewRows(db);
    expect(rows.index).toBeDefined();
    expect(await renderFirstScreen(rows)).toBeNull();
  });
});

const VIEW: PopupViewRow = {
  key: VIEW_KEY,
  version: '1',
  day: '2026-12-05',
  inputs: 'x',
  lang: 'hi',
  title: 'शीर्षक',
  html: '<main><input type="checkbox" id="a"><label for="a">Tick</label><button type="button">Continue</button><a href="#x">Plan</a></main>',
};

function page() {
  document.documentElement.innerHTML = '<head></head><body><div id="root"></div></body>';
  performance.clearMarks();
}

describe('the kept screen on the page', () => {
  beforeEach(page);

  it('is painted into an empty root, in its language, with the page’s marks', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    expect(document.querySelector('#root button')?.textContent).toBe('Continue');
    expect(document.documentElement.lang).toBe('hi');
    expect(document.title).toBe('शीर्षक');
    expect(performance.getEntriesByName(PREPAINT_MARK)).toHaveLength(1);
    expect(performance.getEntriesByName('checklist-rendered')).toHaveLength(1);
  });

  it('never over what another render drew already', () => {
    document.getElementById('root')!.innerHTML = '<p>React was first</p>';
    paintKeptView(document, VIEW, {});
    expect(document.getElementById('root')!.textContent).toBe('React was first');
    expect(performance.getEntriesByName(PREPAINT_MARK)).toHaveLength(0);
  });

  it('holds a click until React has hydrated the screen, then does it on the same elements', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const root = document.getElementById('root')!;
    const box = root.querySelector('input')!;
    const button = root.querySelector('button')!;
    // A tick box changes at once, as the learner expects; a button waits.
    box.click();
    expect(box.checked).toBe(true);
    button.click();
    button.click();
    const kept = takeOver(scope, document);
    expect(kept.painted).toBe(true);
    // React hydrates: the same elements, now with its handlers.
    const seen: string[] = [];
    box.addEventListener('click', () => seen.push(`tick ${box.checked}`));
    button.addEventListener('click', () => seen.push('continue'));
    kept.after();
    // The box is set back and clicked (React sees it change), the button is pressed once.
    expect(seen).toEqual(['tick true', 'continue']);
    expect(box.checked).toBe(true);
  });

  it('holds a click made while React hydrates: React sees it only once it has the screen', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const root = document.getElementById('root')!;
    const kept = takeOver(scope, document);
    // hydrateRoot: React listens on the root at once, its hydration comes later.
    const react: string[] = [];
    const listen = (event: Event) =>
      react.push(
        `${(event.target as Element).tagName} ${(event.target as HTMLInputElement).checked}`,
      );
    root.addEventListener('click', listen, true);
    const box = root.querySelector('input')!;
    box.click();
    // The learner sees the change at once; React, not yet hydrated, is not told.
    expect(box.checked).toBe(true);
    expect(react).toEqual([]);
    kept.after();
    // Hydrated: set back and clicked, so React sees the change it handles, once.
    expect(react).toEqual(['INPUT true']);
    expect(box.checked).toBe(true);
    // From then on React has every click as it comes.
    box.click();
    expect(react).toEqual(['INPUT true', 'INPUT false']);
  });

  it('a tick box clicked twice before React is left as it was', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const box = document.querySelector<HTMLInputElement>('#root input')!;
    box.click();
    box.click();
    const kept = takeOver(scope, document);
    const clicked = vi.fn<() => void>();
    box.addEventListener('click', clicked);
    kept.after();
    expect(clicked).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });

  it('when React draws its own screen, does a held click at the same place', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const root = document.getElementById('root')!;
    root.querySelector('input')!.click();
    root.querySelector('button')!.click();
    const kept = takeOver(scope, document);
    const clicked: string[] = [];
    root.innerHTML = VIEW.html;
    root.querySelector('input')!.addEventListener('click', () => clicked.push('tick'));
    root.querySelector('button')!.addEventListener('click', () => clicked.push('continue'));
    kept.after();
    expect(clicked).toEqual(['tick', 'continue']);
    expect(root.querySelector('input')!.checked).toBe(true);
  });

  it('does not do a held click on a control that changed meanwhile, and lets links be', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const root = document.getElementById('root')!;
    root.querySelector('button')!.click();
    const link = root.querySelector('a')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    const kept = takeOver(scope, document);
    root.innerHTML = VIEW.html.replace('Continue', 'Start today');
    const clicked = vi.fn<() => void>();
    root.querySelector('button')!.addEventListener('click', clicked);
    kept.after();
    expect(clicked).not.toHaveBeenCalled();
  });

  it('lets React’s own clicks through once it has taken over', () => {
    const scope = {};
    paintKeptView(document, VIEW, scope);
    const kept = takeOver(scope, document);
    kept.after();
    const box = document.querySelector<HTMLInputElement>('#root input')!;
    box.click();
    expect(box.checked).toBe(true);
  });

  it('takes over nothing when nothing was painted', () => {
    const kept = takeOver({}, document);
    expect(() => {
      kept.after();
    }).not.toThrow();
  });
});

describe('the popup’s bundle', () => {
  beforeEach(page);

  it('is asked for once, from the tags the build keeps inert', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<template id="bundle"><script type="module" crossorigin src="/chunks/popup.js"></script><link rel="modulepreload" crossorigin href="/chunks/react.js"></template>',
    );
    loadBundle(document);
    loadBundle(document);
    const script = document.head.querySelectorAll('script');
    expect(script).toHaveLength(1);
    expect(script[0]!.getAttribute('src')).toBe('/chunks/popup.js');
    expect(script[0]!.getAttribute('type')).toBe('module');
    expect(document.head.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(1);
  });
});
