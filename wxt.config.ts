import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ID, TRACK_COMMAND } from './lib/identity';
import { hostPermissions } from './lib/sites/hosts';

const syncServerOrigins = ['https://*/*', 'http://*/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel is added by WXT for Chrome only; listing it here would leak it into Firefox's manifest.
    permissions: ['storage', 'contextMenus', 'alarms'],
    host_permissions: hostPermissions,
    // A team's sync server can live anywhere; the one origin the reader enters is requested at
    // runtime. Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: syncServerOrigins }
      : { optional_permissions: syncServerOrigins }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      [TRACK_COMMAND]: { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandTrack__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
