// @vitest-environment happy-dom
import { CompanionPanel } from '../../lib/youtube/companion-panel';
import type { CompanionInfo } from '../../lib/protocol/messages';

const INFO: CompanionInfo = {
  itemTitle: 'Python Tutorial for Beginners',
  weeks: 'Weeks 1–4',
  unit: 3,
  unitTotal: 30,
  coverage: 0.25,
  watched: false,
  next: { url: 'https://www.youtube.com/watch?v=py000000004', label: 'Video 4' },
};

function mount() {
  document.body.innerHTML = '<ytd-watch-flexy><div id="below"></div></ytd-watch-flexy>';
  const opened: string[] = [];
  const panel = new CompanionPanel(document, (url) => opened.push(url));
  const root = () => document.getElementById('ml-roadmap-companion')?.shadowRoot ?? null;
  const text = () => root()?.querySelector('section')?.textContent ?? '';
  const width = () => root()?.querySelector<HTMLElement>('.fill')?.style.width;
  return { panel, opened, root, text, width };
}

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
    panel.show({ ...INFO, coverage: 0.5 });
    expect(text()).toContain('Video 3 of 30 · 50% watched');
    expect(width()).toBe('50%');
    // The title was not rewritten (textContent would have replaced its text node).
    expect(title.firstChild).toBe(titleNode);
    panel.show({ ...INFO, coverage: 0.95, watched: true, itemTitle: 'Another item' });
    expect(text()).toContain('Video 3 of 30 · watched ✓');
    expect(text()).toContain('Another item');
    expect(width()).toBe('100%');
  });

  it('comes back after the page removed it, and its buttons work', () => {
    const { panel, opened, root, text } = mount();
    panel.show(INFO);
    document.getElementById('ml-roadmap-companion')!.remove();
    panel.show({ ...INFO, coverage: 0.3 });
    expect(text()).toContain('30% watched');
    root()!.querySelector<HTMLButtonElement>('button.next')!.click();
    expect(opened).toEqual([INFO.next!.url]);
    const toggle = root()!.querySelector<HTMLButtonElement>('header button')!;
    expect(toggle.getAttribute('aria-label')).toBe('Hide the roadmap panel');
    toggle.click();
    expect(toggle.getAttribute('aria-label')).toBe('Show the roadmap panel');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root()!.getElementById('body')!.hidden).toBe(true);
    panel.hide();
    expect(root()).toBeNull();
  });

  it('sits after the video’s title block, and its Next button says what is next', () => {
    document.body.innerHTML =
      '<ytd-watch-flexy><div id="below"><ytd-watch-metadata><h1>Title</h1></ytd-watch-metadata><div id="comments"></div></div></ytd-watch-flexy>';
    const panel = new CompanionPanel(document, () => undefined);
    panel.show(INFO);
    const host = document.getElementById('ml-roadmap-companion')!;
    expect(host.previousElementSibling?.tagName).toBe('YTD-WATCH-METADATA');
    expect(host.shadowRoot!.querySelector('button.next')!.textContent).toBe('Next: Video 4');
  });
});
