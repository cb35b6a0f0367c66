/**
 * The small roadmap panel under a tracked video. Built with createElement and textContent:
 * YouTube enforces Trusted Types, so `innerHTML` would throw there. It sits in the page's
 * flow below the player and the title, never over the video or its controls. Its look comes
 * from the stylesheet the manifest injects (entrypoints/youtube.content/style.css); in the
 * page's own DOM rather than a shadow root, so that YouTube's shortcuts see typing in the note
 * field as typing (a shadow root would show them its host, not an input).
 */
import { panelKey, type CompanionInfo, type NoteRequest } from '../protocol/messages';
import { clockTime as clock } from '../notes/note-time';

/** What the panel asks of the page: the moment to note, and the learner's actions. */
export interface PanelActions {
  open(url: string): void;
  /** The video shown now and its playhead; null when no tracked video plays here. */
  moment(): { videoId: string; seconds: number; playlistId?: string | undefined } | null;
  /** Resolves to whether the note was kept. */
  note(note: NoteRequest): Promise<unknown>;
  focus(on: boolean): unknown;
  /** The hand mark of the video on screen (the background pushes the panel after it). */
  mark(watched: boolean): unknown;
}

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
  const below = doc.querySelector('#below');
  if (below) return (below.before(host), true);
  const player =
    doc.querySelector('#player-container-id,ytd-watch-flexy #player') ??
    doc.querySelector('#movie_player')?.parentElement;
  player?.after(host);
  return !!player;
}

type Part =
  | 'weeks'
  | 'item'
  | 'position'
  | 'fill'
  | 'body'
  | 'toggle'
  | 'next'
  | 'focus'
  | 'mark'
  | 'note'
  | 'form'
  | 'input'
  | 'saved';

export class CompanionPanel {
  // `#` fields: the minifier shortens them (this script is held to 6 KB gzip).
  #host: HTMLElement | null = null;
  #parts: Record<Part, HTMLElement> | null = null;
  #nextUrl = '';
  #collapsed = false;
  /** The moment "Add a note" took: the note belongs to that video, at that time. */
  #moment: ReturnType<PanelActions['moment']> = null;
  readonly #doc: Document;
  readonly #act: PanelActions;

  constructor(doc: Document, actions: PanelActions) {
    this.#doc = doc;
    this.#act = actions;
  }

  #button(text: string, onClick: () => void, className?: string): HTMLButtonElement {
    const b = make(this.#doc, 'button', className);
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  #build(): HTMLElement {
    const doc = this.#doc;
    const host = make(doc, 'section');
    host.id = 'ml-roadmap-companion';
    const header = make(doc, 'header');
    const weeks = make(doc, 'span', 'brand');
    const toggle = this.#button('', () => {
      this.#collapsed = !this.#collapsed;
      this.#render();
    });
    header.append(weeks, toggle);
    const body = make(doc, 'div');
    const item = make(doc, 'p');
    const position = make(doc, 'p');
    // The bar is this video's (the line above says so in words), not the item's.
    const bar = make(doc, 'div', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = make(doc, 'div', 'fill');
    bar.append(fill);
    const next = this.#button('', () => this.#nextUrl && this.#act.open(this.#nextUrl), 'next');
    const focus = this.#button('', () =>
      this.#act.focus(focus.getAttribute('aria-pressed') !== 'true'),
    );
    const acts = make(doc, 'div', 'acts');
    const note = this.#button('', () => this.openNote(), 'note');
    const mark = this.#button('', () => this.#act.mark(!this.#info?.watched));
    acts.append(next, note, mark, focus);
    // One field: Enter keeps the note, and an empty one closes the field.
    const form = make(doc, 'form');
    const input = make(doc, 'input');
    input.maxLength = 2000;
    form.append(input);
    form.hidden = true;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = input.value.trim();
      const moment = this.#moment;
      // The words of now: the panel may show another video by the time the answer comes.
      const w = this.#info!.words;
      if (text && moment)
        void this.#act
          .note({ ...moment, text })
          .then((kept) => (saved.textContent = kept ? w.saved : w.notSaved));
      this.#closeNote();
    });
    const saved = make(doc, 'p');
    saved.setAttribute('role', 'status');
    body.append(item, position, bar, acts, form, saved);
    host.append(header, body);
    this.#parts = {
      weeks,
      item,
      position,
      fill,
      body,
      toggle,
      next,
      focus,
      mark,
      note,
      form,
      input,
      saved,
    };
    return host;
  }

  /** "Add a note" (its button or the keyboard shortcut): the field, at the playhead now. */
  openNote(): void {
    const parts = this.#parts;
    const moment = this.#act.moment();
    if (!parts || !moment) return;
    this.#moment = moment;
    this.#collapsed = false;
    this.#render();
    const input = parts.input as HTMLInputElement;
    // Also its accessible name (a placeholder is one when nothing else names a field).
    input.placeholder = this.#info!.words.noteAt.replace('{t}', clock(moment.seconds));
    input.value = '';
    parts.form.hidden = false;
    parts.saved.textContent = '';
    parts.input.focus();
  }

  #closeNote(): void {
    this.#moment = null;
    if (this.#parts) this.#parts.form.hidden = true;
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

  /** The progress line and bar, on every reply (a few a minute at most). */
  #renderProgress(): void {
    const info = this.#info;
    const parts = this.#parts;
    if (!info || !parts) return;
    parts.position.textContent = info.progress;
    parts.fill.style.width = `${info.watched ? 100 : Math.round(info.coverage * 100)}%`;
  }

  #render(): void {
    const info = this.#info;
    const parts = this.#parts;
    if (!info || !parts) return;
    this.#renderProgress();
    const w = info.words;
    this.#host!.setAttribute('aria-label', w.region);
    parts.weeks.textContent = `${w.brand} · ${info.weeks}`;
    parts.focus.textContent = w.focus;
    parts.mark.textContent = info.watched ? w.unmark : w.mark;
    parts.note.textContent = w.note;
    parts.item.textContent = info.itemTitle;
    this.#nextUrl = info.next?.url ?? '';
    parts.next.hidden = !info.next;
    parts.next.textContent = info.next?.label ?? '';
    parts.focus.setAttribute('aria-pressed', String(!!info.focus));
    parts.body.hidden = this.#collapsed;
    const c = this.#collapsed;
    parts.toggle.textContent = c ? w.show : w.hide;
    parts.toggle.setAttribute('aria-expanded', String(!c));
    parts.toggle.setAttribute('aria-label', c ? w.showLabel : w.hideLabel);
  }

  hide(): void {
    this.#host?.remove();
    this.#info = null;
    this.#shown = '';
    this.#closeNote();
  }
}
