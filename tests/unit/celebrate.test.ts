import { ROADMAP } from '../../data/roadmap';
import { completedItems, readCelebrated, toCelebrate } from '../../lib/plan/celebrate';
import { snapshotWith } from './helpers';

describe('the first time an item completes (issue 31)', () => {
  it('says it once, and no old news the first time the list is kept', () => {
    const none = completedItems(ROADMAP, snapshotWith());
    const python = completedItems(
      ROADMAP,
      snapshotWith({ watched: Array.from({ length: 14 }, (_, i) => i + 1), total: 40 }),
    );
    expect(python).toContain('python-level-1');
    expect(none).not.toContain('python-level-1');
    // First open with this feature: nothing said, everything complete kept.
    expect(toCelebrate(python, null)).toEqual({ fresh: [], keep: python });
    // Kept before it was complete: said now, then kept.
    const said = readCelebrated(JSON.stringify(none));
    const now = toCelebrate(python, said);
    expect(now.fresh).toEqual(['python-level-1']);
    expect(toCelebrate(python, new Set(now.keep)).fresh).toEqual([]);
    expect(readCelebrated('{broken')).toBeNull();
  });
});
