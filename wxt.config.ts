import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_MATCHES, GECKO_ID, GLOSSARY_DATA_FILE } from './utils/extension-constants';

/** Toolbar and store icons at every size the browsers and stores ask for (scripts/icons.ts). */
const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' };

/** User-added sites can be any web host; each one is requested on its own when the reader adds it. */
const USER_SITE_ORIGINS = ['*://*/*'] as const;

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can always see where a name comes from.
  imports: false,
  // Route `browser` through Mozilla's webextension-polyfill (promise-based API in every browser).
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    // UI strings live in public/_locales/<lang>/messages.json (utils/i18n.ts): a translation is a file.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // One source image (store/icon/cable-lens.svg), rendered by `npm run icons`.
    icons: ICONS,
    // The toolbar tooltip, set here rather than from the popup's <title> (which WXT would copy as plain text).
    action: { default_icon: ICONS, default_title: '__MSG_action_title__' },
    // storage: settings; activeTab + scripting: "Enhance this page" and user-added sites;
    // contextMenus: "Copy link to this paragraph". Every other host is asked for when the reader adds it.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...CONTENT_SCRIPT_MATCHES],
    // MV2 has no optional_host_permissions (WXT drops the key there): origins go in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: [...USER_SITE_ORIGINS] } : { optional_permissions: [...USER_SITE_ORIGINS] }),
    commands: {
      'toggle-routing': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_shortcut_toggle_routing__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // Preact JSX works through tsconfig's jsxImportSource; the preset adds dev-mode HMR.
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The glossary data is a packaged file the background serves on demand (utils/glossary-channel.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('utils/glossary/data/glossary-data.json'), relativeDest: GLOSSARY_DATA_FILE });
    },
  },
  // Headless machines: never let `wxt` dev try to open a browser (it crashes without a display).
  webExt: { disabled: true },
  zip: {
    // Firefox MV2 and MV3 zips would overwrite each other without {{manifestVersion}}.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-{{manifestVersion}}{{modeSuffix}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    // The AMO sources zip is for rebuilding the extension: images, test data and build leftovers
    // only make it bigger (WXT already leaves out node_modules, .output and *.test.ts files).
    excludeSources: ['artifacts/**', 'tests/**', '.ci/**', 'store/screenshots/**', 'docs/images/**', 'stats.html', '**/*.log'],
  },
});
