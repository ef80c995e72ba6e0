/**
 * Compiles CC-CEDICT (the raw text inside the `hanzi` dev dependency) into the gloss table the
 * matcher ships: public/data/cedict-gloss.txt, a `<simplified headword>\t<stems>` line each, plus the
 * CC BY-SA attribution in public/data/CEDICT-NOTICE.txt. Recipe and measurements:
 * notes/matching-experiments.md §5. Run by postinstall and `npm run build:gloss`; deterministic.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stemWord } from '../lib/match/stem';
import { CHINESE_FUNCTION_WORDS, ENGLISH_STOPWORDS } from '../lib/match/stopwords';

const OUT_DIR = join(import.meta.dirname, '..', 'public', 'data');
/** Longer headwords are idioms and titles a news sentence rarely repeats verbatim. */
const HEADWORD = /^\p{Script=Han}{1,6}$/u;
const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
const MAX_SENSES = 4;
const MAX_ENTRY_STEMS = 8;
const MAX_HEADWORD_STEMS = 16;

// Senses that say how the word is used or written, not what it means.
const SKIP = /^(?:CL:|classifier for |surname |Taiwan pr\.|also pr\.|used in )/;
// Senses that point at another headword: an abbreviation means what its full form means; a
// variant or cross-reference stands in only when the headword has no meaning of its own.
const ABBR = /^abbr\. for /;
const ALIAS = /\bvariant of |^see (?:also )?|^same as |^also written /;
// `傳統|传统[chuan2 tong3]`: the simplified form is the part after the bar, when there is one.
const HAN_REF = /(\p{Script=Han}+)(?:\|(\p{Script=Han}+))?(?:\[[^\]]*\])?/u;
const HAN_REFS = new RegExp(HAN_REF.source, 'gu');
const INNERMOST_PARENS = /\([^()]*\)/g;
const HAS_PARENS = /\([^()]*\)/;
const BRACKETS = /\[[^\]]*\]|\{[^}]*\}/g;
const WORD = /[a-zà-öø-ÿ]+(?:'[a-zà-öø-ÿ]+)*/gi;
/**
 * CEDICT's own shorthand and grammar talk outside brackets: placeholders (sb, sth), register
 * labels, grammatical terms ("structural particle") and suffix glosses (-ing, -ize).
 */
const CEDICT_NOISE = new Set(
  ('sb sth sbd oneself lit fig esp usu pr abbr cf particle particles marker structural interjection ' +
    'auxiliary suffix prefix verb verbs adjective adjectives adverb noun nouns pronoun preposition ' +
    'conjunction modal indicating preceding grammatical onomatopoeia erhua ing ed er ly ize ise ify ' +
    'ization isation ness ism ist').split(' '),
);

interface Entry {
  proper: boolean;
  stems: string[];
  /** Simplified headwords this entry abbreviates; their stems join this entry's. */
  abbr: string[];
  /** Simplified headwords this entry is a variant of or refers to. */
  alias: string[];
}

function readCedict(): string {
  return createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js') as string;
}

/** The stems of one sense's text, without brackets, cross-references, labels and stopwords. */
function senseStems(sense: string): string[] {
  let text = sense.replace(HAN_REFS, ' ');
  while (HAS_PARENS.test(text)) text = text.replace(INNERMOST_PARENS, ' ');
  const stems: string[] = [];
  for (const word of text.replace(BRACKETS, ' ').match(WORD) ?? []) {
    // "haven't" is a negation and "one's" is "one": apostrophes never reach the stemmer.
    const lower = /n't$/i.test(word) ? 'not' : word.toLowerCase().replace(/'.*$/, '');
    if (lower.length > 1 && !ENGLISH_STOPWORDS.has(lower) && !CEDICT_NOISE.has(lower)) stems.push(stemWord(lower));
  }
  return stems;
}

/** The simplified form of the first headword a sense refers to. */
function referenceTarget(sense: string): string | undefined {
  const match = HAN_REF.exec(sense);
  return match ? (match[2] ?? match[1]) : undefined;
}

/** One CEDICT line's glosses: the stems of its first meaningful senses and its references. */
function parseEntry(pinyin: string, senses: string[]): Entry {
  const entry: Entry = { proper: /^[A-Z]/.test(pinyin), stems: [], abbr: [], alias: [] };
  let kept = 0;
  for (const sense of senses) {
    if (kept === MAX_SENSES) break;
    if (SKIP.test(sense)) continue;
    const target = referenceTarget(sense);
    if (ALIAS.test(sense)) {
      if (target) entry.alias.push(target);
      continue;
    }
    kept++;
    // "abbr. for 比利時|比利时[Bi3 li4 shi2]" means the target; "abbr. for Mongolia" says it in words.
    if (ABBR.test(sense) && target) entry.abbr.push(target);
    else entry.stems.push(...senseStems(sense));
  }
  return entry;
}

/** CEDICT entries by simplified headword, common-noun readings first (比 is "compare" before "Belgium"). */
function parseCedict(text: string): Map<string, Entry[]> {
  const byHeadword = new Map<string, Entry[]>();
  for (const line of text.split('\n')) {
    const match = LINE.exec(line);
    if (!match || !HEADWORD.test(match[2]!)) continue;
    const entries = byHeadword.get(match[2]!) ?? [];
    entries.push(parseEntry(match[3]!, match[4]!.split('/')));
    byHeadword.set(match[2]!, entries);
  }
  for (const entries of byHeadword.values()) entries.sort((a, b) => Number(a.proper) - Number(b.proper));
  return byHeadword;
}

function unique(stems: readonly string[], limit: number): string[] {
  return [...new Set(stems)].slice(0, limit);
}

/** The stems a headword means by itself, before references are followed. */
function ownStems(entries: readonly Entry[] | undefined): string[] {
  return unique((entries ?? []).flatMap((entry) => unique(entry.stems, MAX_ENTRY_STEMS)), MAX_HEADWORD_STEMS);
}

/** The gloss string of a headword: abbreviations resolved, aliases as a fallback, `!` for names. */
function glossOf(entries: readonly Entry[], byHeadword: Map<string, Entry[]>): string {
  const perEntry = entries.map((entry) =>
    unique([...entry.stems, ...entry.abbr.flatMap((target) => ownStems(byHeadword.get(target)))], MAX_ENTRY_STEMS));
  let stems = unique(perEntry.flat(), MAX_HEADWORD_STEMS);
  if (stems.length === 0) {
    const targets = entries.flatMap((entry) => entry.alias);
    stems = unique(targets.flatMap((target) => ownStems(byHeadword.get(target))), MAX_ENTRY_STEMS);
  }
  // Empty glosses stay: they keep function words (已经, 甚至) whole when segmenting.
  const proper = stems.length > 0 && entries.every((entry) => entry.proper);
  return (proper ? '!' : '') + stems.join(' ');
}

/** A `headword<TAB>gloss` line per headword, in CEDICT order; function words keep an empty gloss. */
function buildTable(byHeadword: Map<string, Entry[]>): string {
  const lines: string[] = [];
  for (const [headword, entries] of byHeadword) {
    lines.push(`${headword}\t${CHINESE_FUNCTION_WORDS.has(headword) ? '' : glossOf(entries, byHeadword)}`);
  }
  return `${lines.join('\n')}\n`;
}

function notice(cedict: string): string {
  const date = /^#! date=(.*)$/m.exec(cedict)?.[1]?.trim() ?? 'unknown';
  return [
    'cedict-gloss.txt is derived from CC-CEDICT (https://cc-cedict.org/wiki/),',
    'the community-maintained Chinese-English dictionary published by MDBG',
    '(https://www.mdbg.net/chinese/dictionary?page=cc-cedict), which builds on CEDICT,',
    'Copyright (C) 1997, 1998 Paul Andrew Denisowski.',
    '',
    `CC-CEDICT version used: #! date=${date}`,
    'CC-CEDICT is licensed under the Creative Commons Attribution-ShareAlike 4.0 International',
    'License: https://creativecommons.org/licenses/by-sa/4.0/',
    '',
    'The gloss table is an adaptation of CC-CEDICT (headwords kept, English glosses reduced to',
    'stemmed keywords, some senses dropped) and is distributed under the same licence, CC BY-SA 4.0.',
    "This licence covers the data files only; ClaimTrail's source code is licensed separately.",
    '',
  ].join('\n');
}

const started = performance.now();
const cedict = readCedict();
const byHeadword = parseCedict(cedict);
const table = buildTable(byHeadword);
mkdirSync(OUT_DIR, { recursive: true });
rmSync(join(OUT_DIR, 'cedict-gloss.json'), { force: true });
writeFileSync(join(OUT_DIR, 'cedict-gloss.txt'), table);
writeFileSync(join(OUT_DIR, 'CEDICT-NOTICE.txt'), notice(cedict));
const bytes = Buffer.byteLength(table);
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
console.log(`cedict-gloss.txt: ${byHeadword.size} entries, ${kb(bytes)} (${kb(gzipSync(table).length)} gzip) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
