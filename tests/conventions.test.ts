/**
 * House rules checked mechanically (DESIGN.md §8), in the spirit of refined-github's
 * build/features.test.ts: a rule that is only written down drifts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAdapters } from '../lib/sites';
import { sampleUrls } from '../lib/sites/sample-urls';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const projectSources = ['lib', 'components', 'entrypoints', 'platform', 'cli', 'e2e', 'demo', 'fixtures', 'scripts', 'tests'].flatMap(sourceFiles);

describe('conventions', () => {
  it.each(siteAdapters.map((site) => site.id))('site adapter %s has a header with sample URLs and an existing fixture', (id) => {
    const source = read(`lib/sites/${id}.ts`);
    const header = source.slice(0, source.indexOf('*/'));
    expect(header).toContain('Sample URLs:');
    const fixture = /Fixtures: (fixtures\/[\w/.-]+\.ts)/.exec(header)?.[1];
    expect(fixture, 'header names its fixture').toBeDefined();
    expect(existsSync(join(root, fixture!))).toBe(true);
    for (const url of sampleUrls[id]) expect(header).toContain(url);
  });

  it('lists every runtime dependency in the README with its reason', () => {
    const dependencies = Object.keys((JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies);
    const readme = read('README.md');
    for (const name of dependencies) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `README row for ${name}`).toBeDefined();
      expect(row!.split('|')[2]!.trim().length, `reason for ${name}`).toBeGreaterThan(20);
    }
  });

  it('has no focused or skipped tests', () => {
    const offenders = projectSources.filter((path) => /\b(it|test|describe)\.(only|skip|todo)\(|\b[xf]it\(/.test(read(path)));
    expect(offenders).toEqual([]);
  });

  it('keeps source files under 400 lines', () => {
    const long = projectSources.filter((path) => !/\.test\.tsx?$|\.spec\.ts$/.test(path)).filter((path) => read(path).split('\n').length > 400);
    expect(long).toEqual([]);
  });

  it('has no TODO without an issue number', () => {
    const offenders = projectSources.filter((path) => /\bTODO\b(?!\s*\(#\d+\))/.test(read(path)) && relative(root, path) !== 'tests/conventions.test.ts');
    expect(offenders).toEqual([]);
  });
});
