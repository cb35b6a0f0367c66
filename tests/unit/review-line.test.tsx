// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ROADMAP } from '../../data/roadmap';
import { ReviewLine } from '../../components/ReviewLine';
import { getDb } from '../../lib/db/database';
import { setCheck } from '../../lib/db/checks-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { addItemNote } from '../../lib/notes/notes-repo';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Only the clock is fake: the database's own timers keep running. */
const at = (day: number, hour = 9) => vi.setSystemTime(new Date(2026, 10, day, hour));

describe('the popup’s review line (a fake clock)', () => {
  it('appears the day after the item of a note is done, not before, and names its week', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = getDb();
    at(2);
    await updateSettings(db, { startDate: '2026-11-02' }, Date.now());
    at(16);
    const note = await addItemNote(
      db,
      ROADMAP,
      { itemId: 'khan-sql', text: 'joins' },
      {
        now: Date.now(),
        id: 'line-note',
      },
    );
    expect(note.ok && note.note.week).toBe(3);
    await setCheck(db, 'khan-sql', true, Date.now());

    at(16, 22);
    const { unmount } = render(<ReviewLine roadmap={ROADMAP} />);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('link')).toBeNull();
    unmount();

    at(17, 7);
    render(<ReviewLine roadmap={ROADMAP} />);
    const link = await screen.findByRole('link', { name: 'Review: 1 note from week 3 ▸' });
    expect(link.getAttribute('href')).toMatch(/review\.html$/);
  });
});
