// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { browser } from 'wxt/browser';
import { useStudyTime } from '../../entrypoints/review/use-study-time';

function Page() {
  useStudyTime();
  return <p>reviewing</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('time on the review page', () => {
  it('is reported while the page is in use, and not once the learner has left it idle', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 4, 10));
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return undefined;
    });
    render(<Page />);
    // Keys pressed through the first half minute: all of it counts.
    for (let s = 0; s < 30; s += 5) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
      vi.advanceTimersByTime(5000);
    }
    expect(sent).toEqual([{ type: 'ui:study', activeMs: 30_000 }]);
    // Then nothing for five minutes: a minute of grace after the last key (at 25 s), no more.
    vi.advanceTimersByTime(5 * 60_000);
    const total = sent.reduce<number>((sum, m) => sum + (m as { activeMs: number }).activeMs, 0);
    expect(total).toBe(85_000);
  });
});
