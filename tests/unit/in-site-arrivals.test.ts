import { inSiteArrivals } from '../../lib/service/in-site-arrivals';

describe('arrivals on the exercises repository inside GitHub', () => {
  const REPO = 'https://github.com/codebasics/py/tree/master/Basics/Exercise/1_print';

  it('injects when a tab moves onto the repository from elsewhere, once per arrival', () => {
    const arrivals = inSiteArrivals();
    expect(arrivals.changed(1, 'https://github.com/someone/else')).toBe(false);
    expect(arrivals.changed(1, REPO)).toBe(true);
    // Moving inside the repository: the script there follows it.
    expect(arrivals.changed(1, `${REPO}/solution.py`)).toBe(false);
    expect(arrivals.changed(1, 'https://github.com/explore')).toBe(false);
    expect(arrivals.changed(1, REPO)).toBe(true);
    // Another tab is another story.
    expect(arrivals.changed(2, REPO)).toBe(true);
  });

  it('injects when it knows nothing of the tab (a restarted worker), and never elsewhere', () => {
    const arrivals = inSiteArrivals();
    expect(arrivals.changed(3, REPO)).toBe(true);
    arrivals.closed(3);
    expect(arrivals.changed(3, REPO)).toBe(true);
    for (const url of [
      'https://github.com/codebasicsx/py',
      'https://gist.github.com/codebasics/1',
      'https://example.com/codebasics/py',
      'not a url',
    ])
      expect(arrivals.changed(4, url)).toBe(false);
  });
});
