/**
 * Anchoring on a long page: a 50,000-character page built from the seed articles (each twice,
 * the second copy edited, so near-duplicates abound), quotes of 60 to 2,000 characters after
 * light edits with a changed copy inserted, and quotes cut out of the page (the search then runs
 * through the whole page). Baseline in the same run: a plain `indexOf` of the quote.
 */
import { anchorSelectors } from '../lib/anchor/anchor';
import { describeSelection } from '../lib/anchor/describe';
import { LIGHT_EDITS, mutatePage } from '../lib/anchor/mutations';
import { extractText } from '../lib/extract-text';
import { seededRandom } from '../tests/random';
import { gold, SEED_URLS, seedText } from '../tests/seeds';

const PAGE_LENGTH = 50_000;

function longPage(random: () => number): string {
  const texts = Object.keys(gold().documents).map((doc) => {
    const extracted = extractText(seedText(doc), SEED_URLS[doc]!);
    if (!extracted.ok) throw new Error(extracted.error.message);
    return extracted.value.article.text;
  });
  const edited = texts.map((text) => mutatePage(text, { start: 0, end: 1 }, ['whitespace', 'punctuation', 'paragraphs'], random).text);
  let page = '';
  while (page.length < PAGE_LENGTH) page += `${page ? '\n\n' : ''}${[...texts, ...edited].join('\n\n')}`;
  return page.slice(0, PAGE_LENGTH);
}

/** CPU milliseconds (not wall time: on a shared machine the wall clock measures the neighbours). */
function cpuMs(run: () => void): number {
  const began = process.cpuUsage();
  run();
  const used = process.cpuUsage(began);
  return (used.user + used.system) / 1000;
}

export interface AnchorBenchFigures {
  pageChars: number;
  anchorings: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  baselineIndexOfMedianMs: number;
}

export function anchorBench(): AnchorBenchFigures {
  const random = seededRandom(50_000);
  const page = longPage(random);
  const timings: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 12; i += 1) {
    for (const length of [60, 300, 2000]) {
      const start = 5_000 + Math.floor(random() * 40_000);
      const described = describeSelection(page, start, start + length);
      if (!described.ok) throw new Error(described.error.message);
      const edited = mutatePage(page, { start, end: start + length }, [...LIGHT_EDITS, 'nearDuplicate'], random).text;
      for (const text of [edited, page.slice(0, start) + page.slice(start + length)]) {
        timings.push(cpuMs(() => anchorSelectors(text, described.value.quote, described.value.position)));
        baseline.push(cpuMs(() => text.indexOf(described.value.quote.exact)));
      }
    }
  }
  const at = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.floor(share * (values.length - 1))]!;
  return { pageChars: page.length, anchorings: timings.length, medianMs: at(timings, 0.5), p95Ms: at(timings, 0.95), maxMs: at(timings, 1), baselineIndexOfMedianMs: at(baseline, 0.5) };
}
