import { afterEach, beforeEach, expect } from 'vitest';
import {
  GITHUB_LINKS,
  KHAN_UNITS,
  MLFLOW_SIDEBAR,
  itemProgress,
  launch,
  openPopup,
  readStore,
  startInWeek,
  startToday,
  type Harness,
} from './harness';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async () => {
  await h.close();
});

interface PageRow {
  resourceId: string;
  key: string;
  visited: boolean;
  group?: string;
  category: string;
}

const KHAN_ITEM = 'Khan Academy: Computer science principles';

async function sectionLabels(): Promise<string[]> {
  const popup = await openPopup(h);
  await popup.getByText(`Sections of “${KHAN_ITEM}”`).click();
  const labels = await popup.locator('.steps label').allTextContents();
  await popup.close();
  return labels;
}

describe('study sites', () => {
  it('records Khan lessons in two units and a client-side navigation to a third', async () => {
    await startToday(h);
    const [first, second] = [
      KHAN_UNITS['computers-101']![0]!,
      KHAN_UNITS['x2d2f703b37b450a3:the-internet']![0]!,
    ];
    const page = await h.context.newPage();
    await page.goto(`https://www.khanacademy.org${first}`);
    await page.getByRole('navigation', { name: 'Lessons in this unit' }).waitFor();
    await page.mouse.move(10, 10);
    const other = await h.context.newPage();
    await other.goto(`https://www.khanacademy.org${second}`);

    await expect
      .poll(async () => (await readStore<PageRow>(h, 'pages')).filter((p) => p.visited).length, {
        timeout: 10_000,
      })
      .toBe(2);
    await expect
      .poll(sectionLabels, { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          'Digital information · 1 of 3 lessons opened',
          'The Internet · 1 of 2 lessons opened',
        ]),
      );

    // In-site navigation: the URL changes without a page load.
    await page.getByRole('link', { name: 'binary-numbers' }).click();
    await expect
      .poll(async () => (await readStore<PageRow>(h, 'pages')).filter((p) => p.visited).length, {
        timeout: 10_000,
      })
      .toBe(3);
    await expect
      .poll(sectionLabels, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Digital information · 2 of 3 lessons opened']));

    // Finishing the Internet unit's lessons completes that section: the item moves.
    await other.getByRole('link', { name: 'ip-addresses' }).click();
    const popup = await openPopup(h);
    await expect
      .poll(() => itemProgress(popup, KHAN_ITEM).getAttribute('aria-valuenow'), { timeout: 10_000 })
      .toBe('1');
  });

  it('counts a Kaggle notebook and a dataset toward the EDA item in its weeks', async () => {
    await startInWeek(h, 10);
    const page = await h.context.newPage();
    await page.goto('https://www.kaggle.com/code/someone/eda-of-titanic');
    await page.goto('https://www.kaggle.com/datasets/someone/house-prices');
    const popup = await openPopup(h);
    const bar = itemProgress(popup, 'Kaggle: exploratory data analysis');
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('2');
    expect(await bar.getAttribute('aria-valuemax')).toBe('8');
  });

  it('counts MLflow’s tutorial pages of today’s docs, latest and versioned as one, not the hub', async () => {
    await startInWeek(h, 23);
    const page = await h.context.newPage();
    await page.goto('https://mlflow.org/docs/latest/ml/tutorials-and-examples/');
    const docs = page.getByRole('navigation', { name: 'Docs sidebar' });
    // Overviews are not tutorials: the section pages below them are.
    for (const path of MLFLOW_SIDEBAR.slice(1)) {
      await docs.getByRole('link', { name: path, exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.pathname)).toBe(path);
    }
    // The same tutorial in a versioned copy of the docs, loaded anew: not a sixth page.
    await page.goto(
      'https://mlflow.org/docs/3.1.0/ml/getting-started/logging-first-model/step1-tracking-server/index.html',
    );
    const popup = await openPopup(h);
    const bar = itemProgress(popup, 'MLflow tutorials');
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('5');
    expect(await bar.getAttribute('aria-valuemax')).toBe('5');
    await page.waitForTimeout(1000);
    const keys = (await readStore<PageRow>(h, 'pages')).map((p) => p.key).sort();
    expect(keys).toEqual([
      'deep-learning/pytorch/guide',
      'getting-started/logging-first-model/step1-tracking-server',
      'getting-started/logging-first-model/step2-mlflow-client',
      'tracking/tutorials/remote-server',
      'traditional-ml/tutorials/hyperparameter-tuning',
    ]);
  });

  it('sees the exercises repository reached from elsewhere on GitHub without a page load', async () => {
    await startToday(h);
    const page = await h.context.newPage();
    await page.goto('https://github.com/someone/else');
    const links = page.getByRole('navigation', { name: 'Docs sidebar' });
    await links.getByRole('link', { name: GITHUB_LINKS[1]!, exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(GITHUB_LINKS[1]);
    await expect
      .poll(async () => (await readStore<PageRow>(h, 'pages')).map((p) => p.key), {
        timeout: 10_000,
      })
      .toEqual(['Basics/Exercise/1_print']);
    // Inside the repository, the script already there follows the next move.
    await links.getByRole('link', { name: GITHUB_LINKS[2]!, exact: true }).click();
    await expect
      .poll(async () => (await readStore<PageRow>(h, 'pages')).map((p) => p.key).sort(), {
        timeout: 10_000,
      })
      .toEqual(['Basics/Exercise/1_print', 'Basics/Exercise/2_variables']);
    // And back out of it: nothing recorded for the rest of GitHub.
    await links.getByRole('link', { name: GITHUB_LINKS[0]!, exact: true }).click();
    await page.waitForTimeout(1500);
    expect(await readStore<PageRow>(h, 'pages')).toHaveLength(2);
  });

  it('stores nothing for pages outside the roadmap', async () => {
    await startToday(h);
    const page = await h.context.newPage();
    await page.goto(
      'https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:functions/a/what-is-a-function',
    );
    await page.goto('https://www.kaggle.com/competitions/titanic');
    await page.goto('https://mlflow.org/docs/latest/ml/getting-started/');
    await page.waitForTimeout(1500);
    expect(await readStore(h, 'pages')).toEqual([]);
    expect(await readStore(h, 'daily')).toEqual([]);
  });
});
