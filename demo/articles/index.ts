/**
 * The demo's sample articles: one fictional claim (a battery-market survey) travelling from an
 * FT column through FT Chinese, Global Times and Huanqiu to a NetEase Hao repost in traditional
 * script, shifting meaning on the way. All texts were written for ClaimTrail; none is from an outlet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSamplePage } from '../../fixtures/parse-sample-page';
import type { SamplePage } from '../../fixtures/sample-page';

// Paths as strings, not URL objects: under a DOM test environment the global URL is not Node's,
// and node:fs rejects it.
const dir = dirname(fileURLToPath(import.meta.url));

/**
 * Read and check every `*.json` beside this module, in file-name order (which is publication
 * order). Throws, naming the file and field, if one is not a valid `SamplePage`.
 */
export function loadSampleArticles(): SamplePage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseSamplePage(JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown, `demo/articles/${name}`));
}
