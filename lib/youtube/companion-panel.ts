/**
 * The small roadmap panel under a tracked video. Built with createElement and textContent:
 * YouTube enforces Trusted Types, so `innerHTML` would throw there. It sits in the page's
 * flow below the player and the title, never over the video or its controls.
 */
import { panelKey, type CompanionInfo } from '../protocol/messages';

const CSS = `:host{display:block;margin:12px 0;font:14px/1.4 Roboto,Arial,sans-serif;color:var(--yt-spec-text-primary,#0f0f0f)}
section{border:1px solid #2563eb55;border-radius:12px;padding:8px 12px;background:#2563eb10}
header{display:flex;align-items:center;gap:8px}
.brand{flex:1;font-weight:600}
p{margin:4px 0}
.bar{height:4px;border-radius:2px;background:#8884;overflow:hidden}
.fill{height:100%;background:#2563eb}
button{font:inherit;cursor:pointer;border-radius:16px;border:1px solid #2563eb;padding:2px 12px;background:transparent;color:inherit}
button.next{background:#2563eb;color:#fff;margin-top:4px}
button:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
[hidden]{display:none}`;

function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  return el;
}

/**
 * Below the player and the video's title: after YouTube's title block (`ytd-watch-metadata`)
 * or before `#below`, else right after the player's container.
 */
function place(doc: Document, host: HTMLElement): boolean {
  const title = doc.querySelector('ytd-watch-metadata');
  if (title) return (title.after(host), true);
  const below = doc.querySelector('ytd-watch-flexy #below') ?? doc.querySelector('#below');
  if (below?.parentElement) {
    below.parentElement.insertBefore(host, below);
    return true;
  }
  const player =
    doc.querySelector('#player-container-id') ??
    doc.querySelector('ytd-watch-flexy #player') ??
    doc.querySelector('#movie_player')?.parentElement;
  if (!player) return false;
  player.insertAdjacentElement('afterend', host);
  return true;
}

export class CompanionPanel {
  // `#` fields: the minifier shortens them (this script is held to 6 KB gzip).
  #host: HTMLElement | null = null;
  #parts: Record<
    'weeks' | 'item' | 'position' | 'fill' | 'body' | 'toggle' | 'next',
    HTMLElement
  > | null = null;
  #nextUrl = '';
  #collapsed = false;
  readonly #doc: Document;
  readonly #open: (url: string) => void;

  constructor(doc: Document, open: (url: string) => void) {
    this.#doc = doc;
    this.#open = open;
  }

  #build(): HTMLElement {
    const doc = this.#doc;
    const host = make(doc, 'div');
    host.id = 'ml-roadmap-companion';
    const root = host.attachShadow({ mode: 'open' });
    const style = make(doc, 'style');
    style.textContent = CSS;
    const section = make(doc, 'section');
    section.setAttribute('aria-label', 'ML roadmap companion');
    const header = make(doc, 'header');
    const weeks = make(doc, 'span', 'brand');
    const toggle = make(doc, 'button');
    toggle.type = 'button';
    toggle.setAttribute('aria-controls', 'body');
    toggle.addEventListener('click', () => {
      this.#collapsed = !this.#collapsed;
      this.#render();
    });
    header.append(weeks, toggle);
    const body = make(doc, 'div');
    body.id = 'body';
    const item = make(doc, 'p');
    const position = make(doc, 'p');
    const bar = make(doc, 'div', 'bar');
    const fill = make(doc, 'div', 'fill');
    bar.append(fill);
    const next = make(doc, 'button', 'next');
    next.type = 'button';
    next.addEventListener('click', () => this.#nextUrl && this.#open(this.#nextUrl));
    body.append(item, position, bar, next);
    section.append(header, body);
    root.append(style, section);
    this.#parts = { weeks, item, position, fill, body, toggle, next };
    return host;
  }

  #info: CompanionInfo | null = null;

  #shown = '';

  show(info: CompanionInfo): void {
    this.#host ??= this.#build();
    // YouTube re-renders its page parts: put the panel back if it was removed.
    const reinserted = !this.#host.isConnected;
    if (reinserted && !place(this.#doc, this.#host)) return;
    // Replies usually change the percentage alone: touch the page only where what it shows
    // changes.
    const key = panelKey(info);
    this.#info = info;
    if (reinserted || key !== this.#shown) {
      this.#shown = key;
      this.#render();
    } else this.#renderProgress();
  }

  #renderProgress(): void {
    const info = this.#info;
    const parts = this.#parts;
    if (!info || !parts) return;
    const percent = info.watched ? 100 : Math.round(info.coverage * 100);
    if (percent === this.#percent) return;
    this.#percent = percent;
    const where = info.unit
      ? `Video ${info.unit}${info.unitTotal ? ` of ${info.unitTotal}` : ''} · `
      : '';
    parts.position.textContent = `${where}${info.watched ? 'watched ✓' : `${percent}% watched`}`;
    parts.fill.style.width = `${percent}%`;
  }

  #percent = -1;

  #render(): void {
    const info = this.#info;
    const parts = this.#parts;
    if (!info || !parts) return;
    this.#percent = -1;
    this.#renderProgress();
    parts.weeks.textContent = `ML roadmap · ${info.weeks}`;
    parts.item.textContent = info.itemTitle;
    this.#nextUrl = info.next?.url ?? '';
    parts.next.hidden = !info.next;
    parts.next.textContent = info.next ? `Next: ${info.next.label}` : '';
    parts.body.hidden = this.#collapsed;
    const verb = this.#collapsed ? 'Show' : 'Hide';
    parts.toggle.textContent = verb;
    parts.toggle.setAttribute('aria-expanded', String(!this.#collapsed));
    parts.toggle.setAttribute('aria-label', `${verb} the roadmap panel`);
  }

  hide(): void {
    this.#host?.remove();
    this.#info = null;
    this.#shown = '';
  }
}
