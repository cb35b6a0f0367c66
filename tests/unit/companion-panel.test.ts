// @vitest-environment happy-dom
import { panelWords } from '../../lib/service/companion';
import { CompanionPanel, type PanelActions } from '../../lib/youtube/companion-panel';
import type { CompanionInfo, NoteRequest } from '../../lib/protocol/messages';

const INFO: CompanionInfo = {
  itemTitle: 'Python Tutorial for Beginners',
  weeks: 'Weeks 1–4',
  unit: 3,
  unitTotal: 30,
  coverage: 0.25,
  watched: false,
  progress: 'Video 3 of 30 · 25% watched',
  words: panelWords(),
  next: { url: 'https://www.youtube.com/watch?v=py000000004', label: 'Next: Video 4' },
  focus: false,
};

function mount(
  moment: ReturnType<PanelActions['moment']> = { videoId: 'py000000003', seconds: 42 },
) {
  document.body.innerHTML = '<ytd-watch-flexy><div id="below"></div></ytd-watch-flexy>';
  const opened: string[] = [];
  const notes: NoteRequest[] = [];
  const focused: boolean[] = [];
  const marked: boolean[] = [];
  let kept = true;
  const panel = new CompanionPanel(document, {
    open: (url) => opened.push(url),
    moment: () => moment && { ...moment },
    note: async (note) => (notes.push(note), kept),
    focus: (on) => focused.push(on),
    mark: (watched) => marked.push(watched),
  });
  const root = () => document.getElementById('ml-roadmap-companion');
  const text = () => root()?.textContent ?? '';
  const width = () => root()?.querySelector<HTMLElement>('.fill')?.style.width;
  const button = (name: string) =>
    [...root()!.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return {
    panel,
    opened,
    notes,
    focused,
    marked,
    root,
    text,
    width,
    button,
    refuse: () => (kept = false),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the companion panel under a tracked video', () => {
  it('shows the item, the video’s place and how much of it was played', () => {
    const { panel, text, width } = mount();
    panel.show(INFO);
    expect(text()).toContain('ML roadmap · Weeks 1–4');
    expect(text()).toContain('Python Tutorial for Beginners');
    expect(text()).toContain('Video 3 of 30 · 25% watched');
    expect(width()).toBe('25%');
  });

  it('updates only the progress when only the coverage changed, and everything otherwise', () => {
    const { panel, root, text, width } = mount();
    panel.show(INFO);
    const title = root()!.querySelectorAll('p')[0]!;
    const titleNode = title.firstChild;
    panel.show({ ...INFO, coverage: 0.5, progress: 'Video 3 of 30 · 50% watched' });
    expect(text()).toContain('Video 3 of 30 · 50% watched');
    expect(width()).toBe('50%');
    // The title was not rewritten (textContent would have replaced its text node).
    expect(title.firstChild).toBe(titleNode);
    panel.show({
      ...INFO,
      coverage: 0.95,
      watched: true,
      progress: 'Video 3 of 30 · watched ✓',
      words: panelWords(),
      itemTitle: 'Another item',
    });
    expect(text()).toContain('Video 3 of 30 · watched ✓');
    expect(text()).toContain('Another item');
    expect(width()).toBe('100%');
  });

  it('comes back after the page removed it, and its buttons work', () => {
    const { panel, opened, root, text } = mount();
    panel.show(INFO);
    root()!.remove();
    panel.show({ ...INFO, coverage: 0.3, progress: 'Video 3 of 30 · 30% watched' });
    expect(text()).toContain('30% watched');
    root()!.querySelector<HTMLButtonElement>('button.next')!.click();
    expect(opened).toEqual([INFO.next!.url]);
    const toggle = root()!.querySelector<HTMLButtonElement>('header button')!;
    expect(toggle.getAttribute('aria-label')).toBe('Hide the roadmap panel');
    toggle.click();
    expect(toggle.getAttribute('aria-label')).toBe('Show the roadmap panel');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root()!.querySelector<HTMLElement>('header + div')!.hidden).toBe(true);
    panel.hide();
    expect(root()).toBeNull();
  });

  it('sits after the video’s title block, and its Next button says what is next', () => {
    document.body.innerHTML =
      '<ytd-watch-flexy><div id="below"><ytd-watch-metadata><h1>Title</h1></ytd-watch-metadata><div id="comments"></div></div></ytd-watch-flexy>';
    const { panel, root } = mount();
    document.body.innerHTML =
      '<ytd-watch-flexy><div id="below"><ytd-watch-metadata><h1>Title</h1></ytd-watch-metadata><div id="comments"></div></div></ytd-watch-flexy>';
    panel.show(INFO);
    expect(root()!.previousElementSibling?.tagName).toBe('YTD-WATCH-METADATA');
    expect(root()!.querySelector('button.next')!.textContent).toBe('Next: Video 4');
  });

  it('shows focus mode’s state and asks for the other one', () => {
    const { panel, button, focused } = mount();
    panel.show(INFO);
    expect(button('Focus mode').getAttribute('aria-pressed')).toBe('false');
    button('Focus mode').click();
    expect(focused).toEqual([true]);
    panel.show({ ...INFO, focus: true });
    expect(button('Focus mode').getAttribute('aria-pressed')).toBe('true');
    button('Focus mode').click();
    expect(focused).toEqual([true, false]);
  });

  it('marks the video on screen by hand, and offers the way back once it shows as watched', () => {
    const { panel, button, marked, text } = mount();
    panel.show(INFO);
    button('Mark watched').click();
    expect(marked).toEqual([true]);
    // The background pushes the panel with the hand mark said as such.
    panel.show({
      ...INFO,
      watched: true,
      progress: 'Video 3 of 30 · this video watched ✓ (set by hand)',
    });
    expect(text()).toContain('(set by hand)');
    button('Mark unwatched').click();
    expect(marked).toEqual([true, false]);
  });

  it('takes a note at the moment “Add a note” was pressed, for that video', async () => {
    const moment = { videoId: 'py000000003', seconds: 42, playlistId: 'PLlist' };
    const { panel, button, root, notes, text } = mount(moment);
    panel.show(INFO);
    const form = root()!.querySelector('form')!;
    expect(form.hidden).toBe(true);
    button('Add a note').click();
    expect(form.hidden).toBe(false);
    const input = form.querySelector('input')!;
    expect(input.placeholder).toBe('Note at 0:42 (Enter saves it)');
    expect(document.activeElement).toBe(input);
    // The playhead moves on while the learner types: the note keeps the moment of the press.
    moment.seconds = 50;
    input.value = '  Lists are mutable  ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(notes).toEqual([
      { videoId: 'py000000003', seconds: 42, playlistId: 'PLlist', text: 'Lists are mutable' },
    ]);
    expect(form.hidden).toBe(true);
    expect(text()).toContain('Note saved.');
  });

  it('sends nothing for an empty note, says when one was not kept, and needs a moment', async () => {
    const { panel, button, root, notes, text, refuse } = mount();
    panel.show(INFO);
    const form = root()!.querySelector('form')!;
    button('Add a note').click();
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(notes).toEqual([]);
    expect(form.hidden).toBe(true);
    refuse();
    button('Add a note').click();
    form.querySelector('input')!.value = 'x';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(text()).toContain('Not saved: try again.');

    const none = mount(null);
    none.panel.show(INFO);
    none.button('Add a note').click();
    expect(none.root()!.querySelector('form')!.hidden).toBe(true);
  });
});
