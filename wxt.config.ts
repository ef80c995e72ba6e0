import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ANNOTATE_COMMAND, GECKO_ID, TRACK_COMMAND } from './lib/identity';
import { hostPermissions } from './lib/sites/hosts';

const syncServerOrigins = ['https://*/*', 'http://*/*'];

/**
 * The annotation editor frame, framed inside the card on the supported sites' pages. Manifest V3
 * names the sites that may frame it; Manifest V2 (Firefox) has only a list of paths, reachable
 * from any page — which gains a page nothing: the frame answers only for the tab's open card
 * (entrypoints/background/editor-sessions.ts), and Firefox's extension host is random per install.
 */
const editorFrame = 'annotate-frame.html';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs in every news page and has a 60 KiB budget; the polyfill would be
    // a sixth of it. Both browsers' native APIs already return promises for what the content
    // script calls (sendMessage, i18n), and it answers messages through `sendResponse`, so it
    // gets WXT's plain `browser` instead. Every other context keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const aliases = config.resolve?.alias;
      if (aliases && !Array.isArray(aliases)) delete (aliases as Record<string, string>)['wxt/browser'];
      if (Array.isArray(aliases)) config.resolve!.alias = aliases.filter((alias: { find: unknown }) => alias.find !== 'wxt/browser');
    },
  },
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
    web_accessible_resources: manifestVersion === 3 ? [{ resources: [editorFrame], matches: hostPermissions }] : [editorFrame],
    action: { default_title: '__MSG_extName__' },
    commands: {
      [TRACK_COMMAND]: { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandTrack__' },
      [ANNOTATE_COMMAND]: { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_commandAnnotate__' },
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
