// `npm run test:release` (after `npm run release`): the three store packages as uploaded. The
// manifests say what the stores check (Chrome 116 for the side panel, the final Firefox id,
// the data-collection declarations, every icon size), the 128 px icon is 96 px of artwork in
// a transparent 16 px margin, addons.mozilla.org's linter finds no error and warns only about
// library code, the sources package rebuilds the Firefox package byte for byte in a clean
// folder, and the unzipped packages themselves start in Chromium and Firefox.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, expect } from 'vitest';
import { ROOT } from '../e2e/fixture-sites';
import { launch } from '../e2e/harness';
import { launchFirefox, until } from '../firefox/harness';
import { FIREFOX_ID } from '../../wxt.config';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipOf = (kind: 'chrome' | 'firefox' | 'sources') =>
  join(ROOT, '.output', `${name}-${version}-${kind}.zip`);

const temp: string[] = [];
function unzipped(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlrc-release-'));
  temp.push(dir);
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const chrome = unzipped(zipOf('chrome'));
const firefox = unzipped(zipOf('firefox'));
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    icons: Record<string, string>;
  };

describe('the store packages', () => {
  it('declare what the stores check', () => {
    const c = manifestOf(chrome);
    expect(c.manifest_version).toBe(3);
    expect(c.minimum_chrome_version).toBe('116');
    const f = manifestOf(firefox) as { browser_specific_settings?: { gecko: object } };
    expect(f.browser_specific_settings?.gecko).toMatchObject({
      id: FIREFOX_ID,
      data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] },
    });
    // A final id: a GUID, never a placeholder domain.
    expect(FIREFOX_ID).toMatch(
      /^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/,
    );
    for (const dir of [chrome, firefox]) {
      const { icons } = manifestOf(dir);
      expect(
        Object.keys(icons)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual([16, 32, 48, 96, 128]);
      for (const [size, path] of Object.entries(icons)) {
        const png = PNG.sync.read(readFileSync(join(dir, path)));
        expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('draw the 128 px icon as 96 px of artwork inside a transparent 16 px margin', () => {
    const png = PNG.sync.read(readFileSync(join(chrome, manifestOf(chrome).icons['128']!)));
    let [top, left, bottom, right] = [128, 128, -1, -1];
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++) {
        if (png.data[(y * 128 + x) * 4 + 3] === 0) continue;
        [top, left] = [Math.min(top, y), Math.min(left, x)];
        [bottom, right] = [Math.max(bottom, y), Math.max(right, x)];
      }
    expect([top, left, bottom, right]).toEqual([16, 16, 111, 111]);
  });

  it('pass addons.mozilla.org’s linter: no error, warnings only from libraries', () => {
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', firefox, '--output', 'json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const report = JSON.parse(out) as {
      errors: unknown[];
      warnings: { code: string; file: string; line: number; column: number }[];
    };
    expect(report.errors).toEqual([]);
    // Each warning is one of the two library sites SOURCE-CODE-REVIEW.md explains.
    const LIBRARY: Record<string, RegExp> = {
      // zod's probe for a schema compiler, skipped when jitless (lib/validation/zod.ts).
      DANGEROUS_EVAL: /jitless\|\|.{0,120}Function\(``\)/,
      // React DOM's dangerouslySetInnerHTML, which our components never use.
      UNSAFE_VAR_ASSIGNMENT: /__html.{0,160}innerHTML=/,
    };
    for (const w of report.warnings) {
      const line = readFileSync(join(firefox, w.file), 'utf8').split('\n')[w.line - 1]!;
      const around = line.slice(Math.max(0, w.column - 200), w.column + 100);
      expect(LIBRARY[w.code], `${w.code} in ${w.file}`).toBeDefined();
      expect(around, `${w.code} in ${w.file}`).toMatch(LIBRARY[w.code]!);
    }
  });

  it('rebuild the Firefox package byte for byte from the sources package, in a clean folder', () => {
    const sources = unzipped(zipOf('sources'));
    expect(files(sources)).toContain('SOURCE-CODE-REVIEW.md');
    expect(files(sources).some((f) => f.startsWith('tests/') || f.startsWith('.env'))).toBe(false);
    // The reviewers' commands (SOURCE-CODE-REVIEW.md), from the npm cache when it has them.
    // A reviewer's shell, not this test runner's (vitest sets NODE_ENV, MODE and its own).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|MODE$|TEST$)/.test(key)),
    );
    const run = (command: string, args: string[]) =>
      execFileSync(command, args, { cwd: sources, env, stdio: 'ignore' });
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
    run('npx', ['wxt', 'build', '-b', 'firefox']);
    const built = join(sources, '.output/firefox-mv2');
    expect(files(built)).toEqual(files(firefox));
    for (const file of files(firefox))
      expect(
        readFileSync(join(built, file)).equals(readFileSync(join(firefox, file))),
        relative(firefox, join(firefox, file)),
      ).toBe(true);
  }, 300_000);

  it('start as unzipped from the store in Chromium', async () => {
    const h = await launch({ extensionDir: chrome });
    try {
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
      await popup.getByRole('button', { name: 'Start today' }).click();
      await popup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
      expect(await popup.getByRole('button', { name: 'Continue' }).count()).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('start as unzipped from the store in Firefox', async () => {
    const h = await launchFirefox('popup.html', {}, {}, false, zipOf('firefox'));
    try {
      const text = () => h.start.evaluate(() => document.body.innerText);
      await until(async () => (await text()).includes('Start today'));
      await h.start.evaluate(() =>
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent === 'Start today')!
          .click(),
      );
      await until(async () => (await text()).includes('Week 1 of 24'));
      expect(await text()).toContain('Continue');
    } finally {
      await h.close();
    }
  });
});
