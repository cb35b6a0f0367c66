// What a store listing needs, kept in the repository: the name and description within the
// stores' limits in every locale (Edge checks each), the documents, the listing's images at
// the stores' sizes, and tool versions that agree with each other.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import config, { FIREFOX_ID } from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const locales = readdirSync(join(ROOT, 'public/_locales'));
const catalogue = (locale: string) =>
  JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<
    string,
    { message: string }
  >;
const chars = (text: string) => [...text].length;

describe('the store listing', () => {
  it.each(locales)('keeps the name ≤ 75 and the description ≤ 132 characters in %s', (locale) => {
    const messages = catalogue(locale);
    expect(chars(messages.extName!.message)).toBeLessThanOrEqual(75);
    expect(chars(messages.extDescription!.message)).toBeLessThanOrEqual(132);
    expect(chars(messages.extDescription!.message)).toBeGreaterThan(40);
  });

  it('has its documents: a licence named in package.json, privacy in both languages, the listing', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string; engines: { node: string } };
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License/);
    for (const doc of ['PRIVACY.md', 'PRIVACY.hi.md', 'STORE.md', 'CHANGELOG.md'])
      expect(existsSync(join(ROOT, doc)), doc).toBe(true);
    // The Hindi policy is Hindi, and both name the same storage and sync facts.
    expect(read('PRIVACY.hi.md').match(/[\u0900-\u097F]/g)!.length).toBeGreaterThan(1000);
    for (const doc of ['PRIVACY.md', 'PRIVACY.hi.md'])
      for (const fact of ['storage.sync', 'IndexedDB', 'www.kaggle.com', 'unlimitedStorage'])
        expect(read(doc), `${doc}: ${fact}`).toContain(fact);
    // The changelog has an entry for the version being packaged.
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(read('CHANGELOG.md')).toContain(`## ${version}`);
  });

  it('justifies every permission and host the manifest asks for', async () => {
    const store = read('STORE.md');
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = (config.manifest as (env: object) => Record<string, string[] | undefined>)({
        browser,
        manifestVersion: browser === 'chrome' ? 3 : 2,
        mode: 'production',
        command: 'build',
      });
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
      ];
      expect(asked.length).toBeGreaterThan(4);
      for (const permission of asked) expect(store, permission).toContain(`\`${permission}\``);
    }
    // Added by WXT for the side panel entrypoint in Chrome.
    expect(store).toContain('`sidePanel`');
  });

  it('has the listing images at the stores’ sizes', () => {
    const dir = join(ROOT, 'store/images');
    const sizes = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => {
        const png = PNG.sync.read(readFileSync(join(dir, f)));
        return `${png.width}x${png.height}`;
      });
    expect(sizes.filter((s) => s === '1280x800').length).toBeGreaterThanOrEqual(4);
    expect(sizes).toContain('440x280');
  });

  it('builds with one Node version everywhere it is named, and keeps secrets out', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string; npm: string } };
    const nvmrc = read('.nvmrc').trim();
    // engines names a floor (`>=x.y.z`) that .nvmrc's exact version meets, in the same major.
    const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node)!.slice(1).map(Number);
    const exact = /^(\d+)\.(\d+)\.(\d+)$/.exec(nvmrc)!.slice(1).map(Number);
    expect(exact[0]).toBe(floor[0]);
    expect(exact[1]! * 1000 + exact[2]!).toBeGreaterThanOrEqual(floor[1]! * 1000 + floor[2]!);
    expect(read('SOURCE-CODE-REVIEW.md')).toContain(`Node.js ${nvmrc}`);
    expect(read('SOURCE-CODE-REVIEW.md')).toContain(FIREFOX_ID);
    expect(read('.gitignore').split('\n')).toContain('.env.submit');
  });
});
