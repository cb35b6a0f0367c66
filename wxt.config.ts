import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { REPOSITORY_MATCH } from './lib/service/in-site-arrivals';
import packageJson from './package.json' with { type: 'json' };

/** The add-on's id on addons.mozilla.org: it can never change after the first upload. */
export const FIREFOX_ID = '{3200d3da-e245-4ee4-831e-b65e8a21681f}';
/** The project's public page, once it has one (package.json's `homepage`). */
const HOMEPAGE: string | undefined = (packageJson as { homepage?: string }).homepage;

// Hosts the content scripts read; nothing else is requested so the extension never sees
// unrelated browsing.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Every icon size drawn from one source, its margin included (tests/unit/store.test.ts).
  autoIcons: { baseIconPath: 'store/icon.svg', sizes: [128, 96, 48, 32, 16] },
  imports: false,
  manifest: ({ browser }) => ({
    // From the message catalogues in public/_locales (English and Hindi): the browser shows
    // them in its own language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The side panel (notes beside the video) is the newest API used: Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(HOMEPAGE ? { homepage_url: HOMEPAGE } : {}),
    // `scripting`: to start the study-sites script in a tab that reached the exercises
    // repository from elsewhere on GitHub without a page load (see README, Privacy).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    // Asked for only when the learner turns the daily reminder on.
    optional_permissions: ['notifications'],
    // Only the roadmap's sites: YouTube to find an already open tab of the next resource; the
    // exercises repository's paths so that a tab's move there inside GitHub is seen (the
    // content scripts' own matches already cover the same pages).
    host_permissions: ['*://www.youtube.com/*', '*://m.youtube.com/*', REPOSITORY_MATCH],
    commands: {
      'continue-studying': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandContinue__',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandAddNote__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Final: addons.mozilla.org ties the listing to this id forever.
              id: FIREFOX_ID,
              // 140: the first ESR that reads `data_collection_permissions` (Debian's
              // firefox-esr is 140 on bookworm, 153 on newer releases).
              strict_min_version: '140.0',
              // Nothing is sent to us. Sync, off until the learner turns it on, hands a summary to
              // Firefox's storage.sync, which Mozilla's servers carry when Firefox Sync is on:
              // asked for then (lib/browser/sync-consent.ts), as browsing activity.
              data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] },
            },
            // Firefox for Android reads that key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts run on every YouTube page: they use only runtime.sendMessage and the
    // content-script context, which return promises natively (Chrome MV3, Firefox), so they
    // skip webextension-polyfill (about 3 KB gzip each), and WXT's context class gives way to a
    // lean one with the same constructor. Every other entrypoint keeps both.
    // They are also minified by terser, a few passes: about 60 bytes gzip smaller than the
    // default minifier, in a script held to 6 KB.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 3 } },
      };
      const alias = config.resolve?.alias;
      const kept = Array.isArray(alias)
        ? alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser')
        : Object.entries(alias ?? {})
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement: replacement as string }));
      // WXT's content-script context, cut to what the scripts use (lib/browser/content-context.ts).
      config.resolve = {
        ...config.resolve,
        alias: [
          {
            find: /^wxt\/utils\/content-script-context$/,
            replacement: fileURLToPath(
              new URL('./lib/browser/content-context.ts', import.meta.url),
            ),
          },
          ...kept,
        ],
      };
    },
  },
  // The backup reader's worker (lib/backup/parse-worker.ts) is an ES module: it loads Hindi's
  // catalogue on demand, as the pages do.
  vite: () => ({
    worker: { format: 'es' },
    plugins: [popupBundleAfterFirstPaint(), firstScreenModules.plugin],
    build: {
      // Chrome and Firefox load `modulepreload` themselves; Vite's fallback was one more file.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: [firstScreenModules.group] } } },
    },
    resolve: {
      // The worker renders the popup's first screen with `renderToString` alone (see
      // lib/prepaint/popup-view.ts): `react-dom/server` would also bring the streaming renderer,
      // ~80 KB gzip more in a worker that starts often.
      alias: [
        {
          find: /^react-dom\/server$/,
          replacement: fileURLToPath(
            new URL(
              './node_modules/react-dom/cjs/react-dom-server-legacy.browser.production.js',
              import.meta.url,
            ),
          ),
        },
      ],
    },
  }),
  // `npm run release`: the store packages and, for addons.mozilla.org's reviewers, the sources
  // that rebuild the Firefox package byte for byte (SOURCE-CODE-REVIEW.md; tests/release).
  zip: {
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: [
      'tests/**',
      'bench/**',
      'bench-results/**',
      'docs/**',
      'store/images/**',
      'vitest.*.config.ts',
      '.env*',
    ],
  },
});

/**
 * The popup's bundle is asked for by its early script once that has painted the kept first
 * screen (lib/prepaint/popup-view.ts): the browser fetches every module the HTML names as soon
 * as it sees them, and those 13 fetches delayed the early script's own start and read by
 * ~30 ms (measured). The tags are kept in an inert <template id="bundle"> that the early
 * script loads from (entrypoints/early-read.ts); nothing else changes.
 */
function popupBundleAfterFirstPaint(): Plugin {
  const BUNDLE_TAG = /\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g;
  return {
    name: 'popup-bundle-after-first-paint',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.path.endsWith('/popup/index.html') && !context.path.endsWith('/popup.html'))
          return html;
        const tags = html.match(BUNDLE_TAG) ?? [];
        if (tags.length === 0) return html;
        return html
          .replace(BUNDLE_TAG, '')
          .replace('</body>', `<template id="bundle">${tags.join('')}\n</template>\n</body>`);
      },
    },
  };
}

/**
 * The modules the popup's and the dashboard's first renders import, in one shared file
 * (`page-core`) instead of ten: every module file a page loads costs its thread ~3 ms in Chrome
 * (measured: a page importing 11 one-line modules showed its first mark ~30 ms later than one
 * importing none), and the dashboard's first render waited for eleven. What they load later
 * (the database, the notes, Hindi) stays in files of its own. The set is the static import
 * graph from both pages' entries, taken once the graph is known (buildEnd, before chunking);
 * modules only one page uses stay in that page's file (`minShareCount`).
 */
const firstScreenModules = (() => {
  const ENTRY = /[\\/]entrypoints[\\/](popup|dashboard)[\\/]main\.tsx$/;
  const reached = new Set<string>();
  const plugin: Plugin = {
    name: 'first-screen-modules',
    buildEnd() {
      reached.clear();
      const stack = [...this.getModuleIds()].filter((id) => ENTRY.test(id));
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (reached.has(id)) continue;
        reached.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  // WXT's (empty) plugin loader that every page imports goes with them too.
  const group = {
    name: 'page-core',
    minShareCount: 2,
    test: (id: string) => reached.has(id) || /virtual:wxt-(html-)?plugins$/.test(id),
  };
  return { plugin, group };
})();
