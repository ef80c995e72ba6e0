/** The built manifests ask for what the extension needs and nothing more. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../lib/identity';
import { hostPermissions } from '../lib/sites/hosts';
import { CHROME_EXTENSION, FIREFOX_EXTENSION } from './browsers';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('built manifests', () => {
  it('Chrome MV3: site hosts only, side panel, service worker, sync origins optional', () => {
    const chrome = manifest(CHROME_EXTENSION);
    expect(chrome['manifest_version']).toBe(3);
    expect(chrome['permissions']).toEqual(['storage', 'contextMenus', 'alarms', 'sidePanel']);
    expect(chrome['host_permissions']).toEqual(hostPermissions);
    expect(chrome['optional_host_permissions']).toEqual(['https://*/*', 'http://*/*']);
    expect(chrome['side_panel']).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome['background']).toMatchObject({ service_worker: 'background.js' });
    expect(JSON.stringify(chrome)).not.toContain('<all_urls>');
    expect(chrome['browser_specific_settings']).toBeUndefined();
  });

  it('Firefox: fixed gecko id, sidebar, no sidePanel permission, the same hosts', () => {
    const firefox = manifest(FIREFOX_EXTENSION);
    expect(firefox['browser_specific_settings']).toMatchObject({ gecko: { id: GECKO_ID } });
    expect(firefox['permissions']).toEqual(['storage', 'contextMenus', 'alarms', ...hostPermissions]);
    expect(firefox['optional_permissions']).toEqual(['https://*/*', 'http://*/*']);
    expect(firefox['sidebar_action']).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(JSON.stringify(firefox)).not.toContain('<all_urls>');
  });

  it('lets only the supported sites frame the annotation editor (Chrome MV3); Firefox MV2 lists the page alone', () => {
    expect(manifest(CHROME_EXTENSION)['web_accessible_resources']).toEqual([{ resources: ['annotate-frame.html'], matches: hostPermissions }]);
    // Manifest V2 has no matches: the frame answers only the tab whose card opened it (editor-sessions.ts).
    expect(manifest(FIREFOX_EXTENSION)['web_accessible_resources']).toEqual(['annotate-frame.html']);
    for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) expect(existsSync(join(dir, 'annotate-frame.html'))).toBe(true);
  });

  it('ships icons at every size the stores ask for', () => {
    for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
      expect(Object.keys(manifest(dir)['icons'] as object)).toEqual(['16', '32', '48', '96', '128']);
    }
  });

  it('runs the content script on the five sites only, at document_idle', () => {
    for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
      const [script, ...more] = manifest(dir)['content_scripts'] as { matches: string[]; run_at: string }[];
      expect(more).toEqual([]);
      expect([...script!.matches].sort()).toEqual([...hostPermissions].sort());
      expect(script!.run_at).toBe('document_idle');
    }
  });

  it('ships a content script every news page can afford, in text Chrome accepts', () => {
    for (const dir of [CHROME_EXTENSION, FIREFOX_EXTENSION]) {
      const script = readFileSync(join(dir, 'content-scripts', 'content.js'));
      expect(script.length).toBeLessThan(60 * 1024);
      // Chrome refuses to load a content script that is not clean UTF-8 (noncharacters included).
      const text = new TextDecoder('utf-8', { fatal: true }).decode(script);
      expect(text).not.toMatch(/[\ufffe\uffff]/);
    }
  });
});
