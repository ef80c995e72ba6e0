import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, type LocaleMessages } from './i18n';

const root = join(import.meta.dirname, '..');
const locale = (name: string): LocaleMessages => JSON.parse(readFileSync(join(root, 'public/_locales', name, 'messages.json'), 'utf8'));

describe('createTranslator', () => {
  const t = createTranslator({
    hello: { message: 'Hello $USER$, you have $COUNT$ notes ($$5)', placeholders: { user: { content: '$1' }, count: { content: '$2' } } },
  });
  it('fills named placeholders from positional substitutions', () => {
    expect(t('hello', ['Ada', 3])).toBe('Hello Ada, you have 3 notes ($5)');
  });
  it('gives the empty string for an unknown key, as browsers do', () => {
    expect(t('missing')).toBe('');
  });
});

describe('locales', () => {
  const en = locale('en');
  const zh = locale('zh_CN');

  it('translate every English message into Simplified Chinese, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(zh[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('define every key the UI asks for, and nothing it does not', () => {
    const used = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const source = readFileSync(join(root, path), 'utf8');
          for (const match of source.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
          for (const match of source.matchAll(/\['(\w+)', stats\./g)) used.add(match[1]!);
        }
      }
    };
    ['components', 'entrypoints', 'platform'].forEach(scan);
    // The manifest names its strings `__MSG_key__` (wxt.config.ts).
    const manifestKeys = [...readFileSync(join(root, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    for (const key of used) expect(en, `missing key ${key}`).toHaveProperty(key);
    for (const key of Object.keys(en)) expect(used.has(key) || manifestKeys.includes(key), `unused key ${key}`).toBe(true);
  });
});
