import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_SCRIPT_MATCHES, GECKO_ID } from './utils/extension-constants';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can always see where a name comes from.
  imports: false,
  // Route `browser` through Mozilla's webextension-polyfill (promise-based API in every browser).
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Cable Lens',
    description:
      'Reads US diplomatic cables on mirror sites as clean, structured documents with explained markings and paragraph permalinks.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...CONTENT_SCRIPT_MATCHES],
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
  // Headless machines: never let `wxt` dev try to open a browser (it crashes without a display).
  webExt: { disabled: true },
  zip: {
    // Firefox MV2 and MV3 zips would overwrite each other without {{manifestVersion}}.
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}-mv{{manifestVersion}}{{modeSuffix}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    excludeSources: ['artifacts/**', 'tests/e2e/**', '.ci/**'],
  },
});
