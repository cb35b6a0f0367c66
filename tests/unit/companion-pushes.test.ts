import { panelWords } from '../../lib/service/companion';
import { companionPushes } from '../../lib/service/companion-pushes';
import type { CompanionInfo } from '../../lib/protocol/messages';

const VIDEO = 'py000000003';
const INFO: CompanionInfo = {
  itemTitle: 'Python Tutorial for Beginners',
  weeks: 'Weeks 1–4',
  unit: 3,
  unitTotal: 30,
  coverage: 0.1,
  watched: false,
  progress: 'Video 3 of 30 · 10% watched',
  words: panelWords(),
  next: { url: 'https://www.youtube.com/watch?v=py000000004', label: 'Video 4' },
};
const classify = { type: 'yt:classify', payload: { videoId: VIDEO } };
const report = { type: 'yt:progress', payload: { videoId: VIDEO } };

describe('pushes of companion panel changes', () => {
  it('pushes nothing while only the percentage moves', () => {
    const pushes = companionPushes();
    expect(pushes.after(classify, { tracked: true, companion: INFO }, true)).toBeNull();
    for (const coverage of [0.2, 0.3, 0.5])
      expect(pushes.after(report, { stored: true, companion: { ...INFO, coverage } }, false)).toBe(
        null,
      );
  });

  it('pushes a change of anything else once, and a removed panel as null', () => {
    const pushes = companionPushes();
    pushes.after(classify, { tracked: true, companion: INFO }, true);
    const watched = { ...INFO, coverage: 0.95, watched: true, next: undefined };
    expect(pushes.after(report, { stored: true, companion: watched }, false)).toEqual({
      videoId: VIDEO,
      companion: watched,
    });
    expect(pushes.after(report, { stored: true, companion: watched }, false)).toBeNull();
    expect(pushes.after(report, { stored: true }, false)).toEqual({
      videoId: VIDEO,
      companion: null,
    });
  });

  it('does not push what a reply already carries, and pushes after a new port knows nothing', () => {
    const pushes = companionPushes();
    expect(pushes.after(report, { stored: true, companion: INFO }, true)).toBeNull();
    expect(pushes.after(report, { stored: true, companion: INFO }, false)).toBeNull();
    // A restarted worker: the page shows a panel the new port was never told about.
    expect(companionPushes().after(report, { stored: true, companion: INFO }, false)).toEqual({
      videoId: VIDEO,
      companion: INFO,
    });
  });

  it('ignores other messages and malformed ones', () => {
    const pushes = companionPushes();
    for (const message of [
      null,
      'yt:progress',
      { type: 'page:visit', payload: { url: 'https://mlflow.org/' } },
      { type: 'yt:progress' },
      { type: 'yt:progress', payload: { videoId: 42 } },
    ])
      expect(pushes.after(message, { stored: true, companion: INFO }, false)).toBeNull();
  });
});
