// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ROADMAP } from '../../data/roadmap';
import { Heatmap } from '../../components/Heatmap';
import { PlanOverview } from '../../components/PlanOverview';
import { WeekView } from '../../components/WeekView';
import { VideoList } from '../../components/VideoList';
import { heatmapDays } from '../../lib/habits/streaks';
import { weekChecklist } from '../../lib/plan/checklist';
import { PY, snapshotWith, vid } from './helpers';

afterEach(cleanup);

describe('dashboard components', () => {
  it('the heatmap names each day’s minutes for screen readers and on hover', () => {
    const days = heatmapDays(new Map([['2026-11-23', 42]]), new Date(2026, 10, 24), 30);
    render(<Heatmap days={days} goalMinutes={30} />);
    const cell = screen.getByRole('listitem', { name: 'Monday 23 November 2026: 42 minutes' });
    expect(cell.getAttribute('title')).toBe('Monday 23 November 2026: 42 minutes');
    expect(cell.className).toContain('level-4');
  });

  it('the plan marks the current week, past weeks with unfinished work, and offers skip', () => {
    const onStatus = vi.fn<(key: string, status: string) => void>();
    render(
      <PlanOverview
        roadmap={ROADMAP}
        status={{ state: 'active', week: 6, dayOfWeek: 2 }}
        snapshot={snapshotWith({ watched: [1, 2] })}
        threshold={0.9}
        onCheck={() => undefined}
        onStatus={onStatus}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(8);
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Week 6');
    // The dashboard's strip scrolls to each week by its id.
    expect(current?.id).toBe('week-6');
    // The flag shows once per phase, naming its weeks: none for the current week.
    expect(screen.getAllByText(/work left in weeks? /).map((flag) => flag.textContent)).toEqual([
      ' · work left in weeks 1, 2, 3, 4',
      ' · work left in week 5',
    ]);
    const bar = screen.getByRole('progressbar', {
      name: 'Python tutorials 1–14 (level 1) progress',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    // Skip waits in the item's menu.
    const more = screen.getByLabelText('More for “Data structures & algorithms”');
    expect(more.closest('details')?.open).toBe(false);
    fireEvent.click(more);
    fireEvent.click(screen.getByRole('button', { name: 'Skip “Data structures & algorithms”' }));
    expect(onStatus).toHaveBeenCalledWith('dsa', 'skipped');
  });

  it('the week view lists the checklist with labelled ticks and progress bars', () => {
    const snapshot = snapshotWith({ watched: [1] });
    const onCheck = vi.fn<(key: string, done: boolean) => void>();
    render(
      <WeekView
        roadmap={ROADMAP}
        startDate="2026-11-24"
        status={{ state: 'active', week: 1, dayOfWeek: 1 }}
        week={1}
        snapshot={snapshot}
        entries={weekChecklist(ROADMAP, 1, snapshot)}
        onWeekChange={() => undefined}
        onCheck={onCheck}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Week 1 of 24');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }),
    );
    expect(onCheck).toHaveBeenCalledWith('dsa', true);
    // Bars only for quantities: not for one-off tasks, nor for a playlist of unknown size;
    // the whole roadmap's after the week's.
    expect(screen.getAllByRole('progressbar').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Khan Academy: Computer science principles progress',
      'Python tutorials 1–14 (level 1) progress',
      'Roadmap progress',
    ]);
    expect(
      screen
        .getByRole('progressbar', { name: 'Python tutorials 1–14 (level 1) progress' })
        .getAttribute('aria-valuetext'),
    ).toBe('1 of 14 videos; 4 by the end of this week');
    // One row per item where it fits: the count and this week's range beside the bar, a short
    // link while the size is unknown, nothing to say for a one-off still to do.
    expect(screen.getByText('1/14').parentElement?.textContent).toBe(
      '1/14 · This week: Videos 1–4',
    );
    expect(
      screen.getAllByRole('link', { name: 'Open the playlist to start counting ▸' }).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Not done yet|Size unknown/)).toBeNull();
    // The current week needs no "this week" pill.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Week 1 of 24');
  });

  it('names items with nothing in this week in one line, and offers the way back from another week', () => {
    const snapshot = snapshotWith({});
    const entries = weekChecklist(ROADMAP, 2, snapshot);
    const [first, ...rest] = entries;
    // A short item over a long phase: its share of this week is empty.
    const idle = { ...first!, share: { from: 2, to: 1 }, target: 'Nothing new this week' };
    const onWeekChange = vi.fn<(week: number) => void>();
    render(
      <WeekView
        roadmap={ROADMAP}
        startDate="2026-11-24"
        status={{ state: 'active', week: 5, dayOfWeek: 1 }}
        week={2}
        snapshot={snapshot}
        entries={[idle, ...rest]}
        onWeekChange={onWeekChange}
        onCheck={() => undefined}
      />,
    );
    const line = screen.getByText(/^Also in this phase:/);
    expect(line.textContent).toBe(`Also in this phase: ${first!.resource.title}`);
    expect(screen.queryByText(/Nothing new|catch up/)).toBeNull();
    expect(
      screen.queryByRole('checkbox', { name: `Mark “${first!.resource.title}” done` }),
    ).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to this week' }));
    expect(onWeekChange).toHaveBeenCalledWith(5);
  });

  it('the video list says how a range is counted, shows where each video sits, and lets the learner count by position', () => {
    const c = ROADMAP.phases[0]!.resources.find((r) => r.id === 'python-level-1')!.completion;
    if (c.type !== 'videos') throw new Error('not a playlist item');
    // Tutorial N sits at position N + 1 (an introduction came first).
    const titles = new Map([[vid(PY, 1), 'Why learn Python?']]);
    for (let n = 1; n <= 20; n++) titles.set(vid(PY, n + 1), `Python Tutorial - ${n}. Topic ${n}`);
    const snapshot = { ...snapshotWith({ known: 21 }), videoTitles: titles };
    const onCheck = vi.fn<(key: string, done: boolean) => void>();
    const { rerender } = render(
      <VideoList
        itemId="python-level-1"
        variant={c.variants[0]!}
        snapshot={snapshot}
        threshold={0.9}
        onCheck={onCheck}
      />,
    );
    expect(
      screen.getByText(
        'Counted by the numbers in the titles: tutorials 1 to 14, wherever they sit in the playlist.',
      ),
    ).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(14);
    expect(screen.getByRole('columnheader', { name: 'Position' })).toBeTruthy();
    expect([...rows[8]!.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).toEqual([
      '9',
      '10',
      'Python Tutorial - 9. Topic 9',
    ]);
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Count by position instead (videos 1 to 14 of the playlist)',
      }),
    );
    expect(onCheck).toHaveBeenCalledWith('python-level-1#count-by-position', true);
    rerender(
      <VideoList
        itemId="python-level-1"
        variant={c.variants[0]!}
        snapshot={{
          ...snapshot,
          checks: new Map([['python-level-1#count-by-position', true]]),
        }}
        threshold={0.9}
        onCheck={onCheck}
      />,
    );
    expect(
      screen.getByText('Counted by position, as you chose: videos 1 to 14 of the playlist.'),
    ).toBeTruthy();
    expect(screen.getAllByRole('row').slice(1)[0]!.textContent).toContain('Why learn Python?');
    // Counted by position, the position column would repeat the number: it is left out.
    expect(screen.queryByRole('columnheader', { name: 'Position' })).toBeNull();
    // Short visible labels; the video's title in each button's accessible name.
    const mark = screen.getByRole('button', { name: 'Mark watched “Why learn Python?”' });
    expect(mark.firstChild?.textContent).toBe('Mark watched');
    fireEvent.click(
      screen.getByRole('button', { name: 'Count by the tutorial numbers in the titles' }),
    );
    expect(onCheck).toHaveBeenLastCalledWith('python-level-1#count-by-position', false);
  });
});

describe('an item done by watching (issue 31)', () => {
  it('shows ticked, says it was counted from what was watched, and is not ticked by hand', async () => {
    const { ChecklistItem } = await import('../../components/ChecklistItem');
    const snapshot = snapshotWith({
      watched: Array.from({ length: 14 }, (_, i) => i + 1),
      total: 40,
    });
    const entry = weekChecklist(ROADMAP, 1, snapshot).find(
      (e) => e.resource.id === 'python-level-1',
    )!;
    expect(entry.progress.complete).toBe(true);
    const onCheck = vi.fn<(key: string, done: boolean) => void>();
    render(
      <ul>
        <ChecklistItem entry={entry} url="https://example.invalid/" onCheck={onCheck} />
      </ul>,
    );
    const box = screen.getByRole('checkbox', {
      name: '“Python tutorials 1–14 (level 1)” is done: counted from what you watched and opened',
    }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(true);
    expect(
      screen.getByText(/counted from what you watched and opened; change it by hand/),
    ).toBeTruthy();
  });
});
