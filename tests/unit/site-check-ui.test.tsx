// @vitest-environment happy-dom
import { afterEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteCheckLine } from '../../components/SiteCheckLine';
import { SiteCheckSection } from '../../components/SiteCheckSection';
import { SITE_CHECK_KEY } from '../../lib/browser/site-check-store';
import { recordCheck, type SiteCheck } from '../../lib/sites/site-check';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

const T = Date.UTC(2026, 11, 1, 12);

describe('the site check on the pages (issue 30)', () => {
  it('the popup says nothing after one failure, and one quiet line after two pages', async () => {
    let state: SiteCheck = recordCheck({}, 'youtube-playlist', false, 'PLa', T);
    await fakeBrowser.storage.local.set({ [SITE_CHECK_KEY]: state });
    const { container, rerender } = render(<SiteCheckLine />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
    state = recordCheck(state, 'youtube-playlist', false, 'PLb', T + 1);
    await fakeBrowser.storage.local.set({ [SITE_CHECK_KEY]: state });
    rerender(<SiteCheckLine />);
    expect(
      await screen.findByText(
        /YouTube's playlist page has changed: its length can't be read there for now\. Your watching still counts\./,
      ),
    ).toBeTruthy();
  });

  it('the settings list every reader’s state and offer a report', async () => {
    let state: SiteCheck = recordCheck({}, 'youtube-video', true, 'v1', T);
    state = recordCheck(state, 'khan-unit', false, 'u1', T);
    await fakeBrowser.storage.local.set({ [SITE_CHECK_KEY]: state });
    render(<SiteCheckSection />);
    expect(await screen.findByText(/Working: last read/)).toBeTruthy();
    expect(screen.getByText(/Failed once, .*; a second page will tell/)).toBeTruthy();
    expect(screen.getAllByText(/Not used yet/)).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Copy a report' })).toBeTruthy();
  });
});
