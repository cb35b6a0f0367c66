import { afterEach, beforeEach, expect } from 'vitest';
import { launch, openPopup, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async () => {
  await h.close();
});

describe('the popup', () => {
  it('asks for a start date, then shows this week’s checklist and keeps a tick', async () => {
    const popup = await openPopup(h);
    await popup.getByRole('button', { name: 'Start today' }).waitFor();
    await popup.getByLabel('Or pick a start date').waitFor();
    await popup.getByRole('button', { name: 'Start today' }).click();

    await expect
      .poll(() => popup.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Week 1 of 24/);
    expect(await popup.getByText('Computer science principles, level 1 coding').count()).toBe(1);
    const python = popup.getByRole('progressbar', {
      name: 'Python tutorials 1–14 (level 1) progress',
    });
    expect(await python.getAttribute('aria-valuenow')).toBe('0');
    expect(await python.getAttribute('aria-valuemax')).toBe('14');
    expect(await popup.getByText('Videos 1–4').count()).toBe(1);

    const tick = popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' });
    await tick.check();
    await popup.close();

    const again = await openPopup(h);
    await again.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    const reopened = again.getByRole('checkbox', {
      name: 'Mark “Data structures & algorithms” done',
    });
    expect(await reopened.isChecked()).toBe(true);

    // Untick by keyboard, then browse the plan with the week buttons.
    await reopened.focus();
    await again.keyboard.press('Space');
    await expect.poll(() => reopened.isChecked()).toBe(false);
    await again.getByRole('button', { name: 'Next week' }).click();
    await again.getByRole('heading', { name: /Week 2 of 24/ }).waitFor();
    expect(await again.getByText('Videos 5–7').count()).toBe(1);
    await again.getByRole('button', { name: 'Previous week' }).press('Enter');
    await again.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
  });

  it('keeps a start made the moment before the popup closes: the background writes it', async () => {
    const popup = await openPopup(h);
    await popup.getByRole('button', { name: 'Start today' }).click();
    await popup.close();
    const again = await openPopup(h);
    await expect
      .poll(() => again.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Week 1 of 24/);
  });

  it('takes a picked start date and shows the week it falls in', async () => {
    const popup = await openPopup(h);
    const past = new Date();
    past.setDate(past.getDate() - 7 * 6 - 1);
    const iso = `${past.getFullYear()}-${String(past.getMonth() + 1).padStart(2, '0')}-${String(past.getDate()).padStart(2, '0')}`;
    await popup.getByLabel('Or pick a start date').fill(iso);
    await popup.getByRole('button', { name: 'Start on this date' }).click();
    await popup.getByRole('heading', { name: /Week 7 of 24/ }).waitFor();
    const item = popup.getByRole('progressbar', {
      name: 'Python tutorials 15–27 (level 2) progress',
    });
    expect(await item.getAttribute('aria-valuemax')).toBe('13');
    expect(
      await popup
        .getByRole('link', { name: 'Python tutorials 15–27 (level 2)' })
        .getAttribute('href'),
    ).toContain('list=PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0');
  });

  it('lets the options page change the language and reset progress after confirming', async () => {
    const popup = await openPopup(h);
    await popup.getByRole('button', { name: 'Start today' }).click();
    await popup.getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' }).check();

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Video language').selectOption('hi');
    await options.getByRole('button', { name: 'Reset progress…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.getByRole('button', { name: 'Reset progress…' }).click();
    await options.getByRole('button', { name: 'Yes, erase all progress' }).click();
    await options.getByText('All progress was erased.').waitFor();

    await popup.reload();
    await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
    expect(
      await popup
        .getByRole('checkbox', { name: 'Mark “Data structures & algorithms” done' })
        .isChecked(),
    ).toBe(false);
    expect(
      await popup
        .getByRole('list', { name: 'Checklist for week 1' })
        .getByRole('link', { name: 'Python tutorials 1–14 (level 1)', exact: true })
        .getAttribute('href'),
    ).toContain('PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO');
  });
});
