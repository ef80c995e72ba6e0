/** The lint bans of DESIGN.md §8 are real: each is shown to fire on code that breaks it. */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint bans', () => {
  it.each([
    ['entrypoints/content/probe.ts', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };'],
    ['entrypoints/content/probe.ts', "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);"],
    ['components/Probe.tsx', 'export const P = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;'],
  ])('bans markup injection in %s', async (file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-syntax');
  });

  it('bans chrome.* in favour of the browser polyfill', async () => {
    expect(await ruleIds('export const id = () => chrome.runtime.id;', 'entrypoints/background/probe.ts')).toContain('no-restricted-globals');
  });

  it('bans browser globals and framework imports in lib/', async () => {
    expect(await ruleIds('export const t = () => document.title + window.name;', 'lib/probe.ts')).toEqual(['no-restricted-globals', 'no-restricted-globals']);
    expect(await ruleIds("import { h } from 'preact';\nexport const x = h;", 'lib/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { browser } from 'wxt/browser';\nexport const x = browser;", 'lib/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { App } from '../components/App';\nexport const x = App;", 'lib/probe.ts')).toContain('no-restricted-imports');
  });

  it('keeps components free of browser wiring', async () => {
    expect(await ruleIds("import { browser } from 'wxt/browser';\nexport const x = browser;", 'components/Probe.tsx')).toContain('no-restricted-imports');
  });

  it('passes clean code', async () => {
    expect(await ruleIds('export const add = (a: number, b: number): number => a + b;', 'lib/probe.ts')).toEqual([]);
  });
});
