// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StartPrompt } from '../../components/StartPrompt';
import { startDayForWeek, toIsoDay } from '../../lib/plan/calendar';

afterEach(cleanup);

describe('the first run', () => {
  it('puts the two choices before Start today, which has the focus', () => {
    render(<StartPrompt onStart={() => undefined} totalWeeks={24} />);
    const start = screen.getByRole('button', { name: 'Start today' });
    expect(document.activeElement).toBe(start);
    for (const choice of screen.getAllByRole('checkbox'))
      expect(choice.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('starts a learner already on week N so that today falls in week N', () => {
    const onStart = vi.fn<(day: string, sync: boolean, track: string) => void>();
    render(<StartPrompt onStart={onStart} totalWeeks={24} />);
    const week = screen.getByLabelText('Or: I’m already on week');
    fireEvent.change(week, { target: { value: '25' } });
    expect(screen.getByRole('button', { name: 'Start at this week' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.change(week, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start at this week' }));
    expect(onStart).toHaveBeenCalledWith(startDayForWeek(new Date(), 5), false, 'en');
    expect(onStart.mock.calls[0]![0] < toIsoDay(new Date())).toBe(true);
  });
});
