import type { PopupViewRow } from '../prepaint/popup-view';

/**
 * The popup's kept first screen on the page (see lib/prepaint/popup-view.ts), until React
 * renders the same screen and takes over. It looks and reads as the popup does; what needs
 * React (a tick, Continue, a button) is held meanwhile and done once React is there, so a
 * click is never lost. Links work as they are.
 */

/** Where the painted page leaves what React must take over. */
const SLOT = '__mlRoadmapPrepaint';

/** Set when the kept screen was painted (tests and the benchmark read it). */
export const PREPAINT_MARK = 'popup-prepainted';

/** A click held for React: on what, and where that is (child positions from the root). */
interface Held {
  element: Element;
  path: number[];
  tag: string;
  text: string;
}

const ACTIONABLE = 'button, input, select, textarea, label, summary, [role="button"]';

const isToggle = (element: Element | undefined): element is HTMLInputElement =>
  element instanceof HTMLInputElement && element.type === 'checkbox';

function pathOf(root: Element, element: Element): number[] {
  const path: number[] = [];
  for (let node: Element = element; node !== root; node = node.parentElement!)
    path.unshift([...node.parentElement!.children].indexOf(node));
  return path;
}

function at(root: Element, path: number[]): Element | undefined {
  let node: Element | undefined = root;
  for (const index of path) node = node?.children[index];
  return node;
}

/**
 * Paints the kept screen into `#root` once the page has it (the script runs from the page's
 * head: the rows may come before the body is parsed, and always before the bundle runs, which
 * waits for the parse) and nothing else drew there yet.
 */
export function paintKeptView(doc: Document, view: PopupViewRow, scope: object): void {
  if (!doc.getElementById('root') && doc.readyState === 'loading')
    doc.addEventListener('readystatechange', () => paintNow(doc, view, scope), { once: true });
  else paintNow(doc, view, scope);
}

function paintNow(doc: Document, view: PopupViewRow, scope: object): void {
  const root = doc.getElementById('root');
  if (!root || root.firstChild) return;
  doc.documentElement.lang = view.lang;
  doc.title = view.title;
  // Parsed inert (no script of it could run), then moved in: the same nodes innerHTML would
  // give, without an innerHTML assignment for a store's reviewers to question.
  root.replaceChildren(...new DOMParser().parseFromString(view.html, 'text/html').body.childNodes);
  const held: Held[] = [];
  const hold = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.(ACTIONABLE);
    if (!target || !root.contains(target)) return;
    // A label's click reaches its control as a click of its own: that one is held.
    if (target instanceof HTMLLabelElement && target.control) return;
    // A tick box changes at once, as the learner expects (and React finds it changed); any
    // other control waits for React.
    if (!isToggle(target)) event.preventDefault();
    // Held from React too: it listens on this same root from `hydrateRoot` on, while its
    // hydration is still to come (it is scheduled, not done at once). A click it saw then on
    // an element it had not hydrated yet was lost (the tick box's change was already made, so
    // React found none; seen in 1 of 3 e2e runs).
    event.stopImmediatePropagation();
    held.push({
      element: target,
      path: pathOf(root, target),
      tag: target.tagName,
      text: target.textContent ?? '',
    });
  };
  root.addEventListener('click', hold, true);
  (scope as Record<string, unknown>)[SLOT] = {
    release: () => {
      root.removeEventListener('click', hold, true);
      return held;
    },
  };
  // Measured once laid out, as the page shows it (the next frame paints it).
  void root.offsetHeight;
  performance.mark(PREPAINT_MARK);
  performance.mark('checklist-rendered');
}

export interface TakeOver {
  /** Whether the kept screen is on the page: React then hydrates it instead of replacing it. */
  painted: boolean;
  /**
   * Once React's first render (the hydration) is committed: stops holding clicks and does
   * what was clicked until then, once each.
   */
  after(): void;
}

/** What React does around its first render when the kept screen was painted (else nothing). */
export function takeOver(scope: object, doc: Document): TakeOver {
  const slot = (scope as Record<string, unknown>)[SLOT] as { release(): Held[] } | undefined;
  delete (scope as Record<string, unknown>)[SLOT];
  if (!slot) return { painted: false, after: () => undefined };
  return {
    painted: true,
    after: () => {
      const held = slot.release();
      const root = doc.getElementById('root');
      if (!root) return;
      // A tick box clicked twice is as it was; anything else is done once.
      const times = new Map<Element, { held: Held; count: number }>();
      for (const click of held) {
        const seen = times.get(click.element);
        if (seen) seen.count += 1;
        else times.set(click.element, { held: click, count: 1 });
      }
      for (const { held: click, count } of times.values()) {
        if (isToggle(click.element) && count % 2 === 0) continue;
        if (click.element.isConnected) {
          // React hydrated the kept screen: the same element, already changed by the click.
          // Set back and clicked, it changes again, and React sees a change and handles it.
          if (isToggle(click.element)) click.element.checked = !click.element.checked;
          (click.element as HTMLElement).click();
          continue;
        }
        // React drew its own screen (it differed): the same place, if it holds the same control.
        const element = at(root, click.path);
        if (element?.tagName === click.tag && element.textContent === click.text)
          (element as HTMLElement).click();
      }
    },
  };
}

/**
 * Asks for the popup's bundle, whose tags the build keeps in an inert `<template id="bundle">`
 * (wxt.config.ts): once, and once the page is parsed.
 */
export function loadBundle(doc: Document): void {
  if (doc.readyState === 'loading') {
    doc.addEventListener('readystatechange', () => loadBundle(doc), { once: true });
    return;
  }
  const template = doc.getElementById('bundle') as HTMLTemplateElement | null;
  if (!template || template.dataset.loaded) return;
  template.dataset.loaded = 'yes';
  for (const tag of [...template.content.children]) {
    const element = doc.createElement(tag.tagName.toLowerCase());
    for (const { name, value } of [...tag.attributes]) element.setAttribute(name, value);
    doc.head.append(element);
  }
}
