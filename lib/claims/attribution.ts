/**
 * Attribution parsing: which sentences of a document attribute their content to an outlet
 * ("The Financial Times said …", 《金融時報》指出…, "the newspaper believes …"), and to which one.
 * Outlets are found through the registry in lib/outlets.ts only, so a new outlet needs an entry
 * there and nothing here. Chinese is matched on its simplified form, so one vocabulary serves
 * both scripts; Chinese verbs are therefore reported in simplified script.
 */
import { outlets } from '../outlets';
import type { Attribution, Lang, OutletId } from '../schema';
import { stripDebris } from '../text/debris';
import { toSimplified } from '../text/script';

/** "The newspaper" is usually, not always, the outlet named last: say so in the confidence. */
const COREF_CONFIDENCE = 0.8;
/** A restatement of an attributed claim ("Therefore, …") inherits it, with less certainty. */
const ECHO_CONFIDENCE = 0.6;
/** Shortest restatement (letters and digits) that may inherit an attribution, so that a stray
 * "he said" or 中国 never does. */
const ECHO_MIN_CHARS: Record<Lang, number> = { en: 24, 'zh-Hans': 6, 'zh-Hant': 6 };

const HAN = /\p{Script=Han}/u;
// Chinese text names foreign outlets with their country (英国《金融时报》, 美媒《华尔街日报》).
const ZH_PREFIX = '(?:英国|美国|日本|德国|法国|俄罗斯|韩国|澳大利亚|加拿大|新加坡|香港|台湾|印度|卡塔尔|英媒|美媒|外媒)';
const LEADING_ZH_PREFIX = new RegExp(`^${ZH_PREFIX}`, 'u');

// One key per way of writing a name: the case, "the", 《》 and the script do not tell outlets apart.
function nameKey(name: string): string {
  const text = name.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (HAN.test(text)) return toSimplified(text).replace(/[《》〈〉「」"“”\s]/g, '');
  return text.toLowerCase().replace(/^the /, '').replace(/['’]s?$/, '');
}

// The catch-all entry ("Other outlet") has labels, not names that appear in text.
const named = outlets.filter((outlet) => outlet.aliases.length > 0);
const byName = new Map<string, OutletId>(
  named.flatMap((outlet) => [...outlet.aliases, ...Object.values(outlet.names)].map((name) => [nameKey(name), outlet.id] as const)),
);

/**
 * The outlet an outlet name or alias refers to, as the name appears in text: English
 * case-insensitively, with or without "the" and a possessive; Chinese in either script, with or
 * without 《》 and a country prefix such as 英国/美國. `undefined` when no outlet has that name.
 */
export function resolveOutlet(name: string): OutletId | undefined {
  const key = nameKey(name);
  // The full form first: some outlets' own names start with a country (美国有线电视新闻网 is CNN).
  return byName.get(key) ?? byName.get(key.replace(LEADING_ZH_PREFIX, ''));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
const LATIN_NAMES = alternation(
  named.flatMap((o) => [...o.aliases, o.names.en]).filter((n) => !HAN.test(n)).map((n) => escape(n.replace(/^the\s+/i, ''))),
);
// Keys of Han names are simplified and bracket-free; the mention pattern adds optional 《》.
const HAN_NAMES = alternation([...byName.keys()].filter((key) => HAN.test(key)).map(escape));

const EN_VERBS = alternation([
  'said', 'says', 'stated', 'states', 'pointed out', 'points out', 'believes', 'believed', 'argued', 'argues',
  'noted', 'notes', 'reported', 'reports', 'wrote', 'writes', 'added', 'adds', 'emphasi[sz]ed', 'emphasi[sz]es',
  'stressed', 'stresses', 'mentioned', 'mentions', 'concluded', 'concludes', 'cited', 'cites', 'claimed', 'claims',
  'found', 'finds', 'revealed', 'reveals', 'showed', 'shows', 'warned', 'warns', 'observed', 'explained',
  'predicted', 'predicts', 'estimated', 'estimates', 'suggested', 'suggests', 'quoted', 'quotes', 'asserted',
  'published an? (?:article|report|editorial|piece|commentary|analysis) (?:stating|saying|arguing|claiming|noting)',
]);
const EN_NOUNS = 'analysis|article|report|editorial|column|commentary|story|investigation|survey|study|experiment|piece|op-ed';
const EN_ADVERBS = 'also|further|then|later|recently|previously|earlier|even|first|once|has|had|have|itself|again|thus|alone';
// "Bloomberg on Monday reported", 《华尔街日报》7日报道: news dates its sources between name and verb.
const EN_DATE = '\\s+on\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2})';
const ZH_DATE = '(?:\\d{1,2}月)?\\d{1,2}日|本周|上周|周[一二三四五六日]|当天|当地时间\\d{1,2}日';
const EN_COREF = 'newspaper|paper|media|outlet|report|daily|publication|magazine|broadcaster|news agency';
const ZH_COREF = '该(?:报道|报|媒体|刊|社|网站|台|杂志)';

/**
 * "The newspaper", 该报, 该媒体 …: an outlet named again. Like an outlet's name, it frames a
 * claim and is no part of it, so the matcher leaves it out of a passage's content.
 */
export const OUTLET_COREFERENCE = { en: new RegExp(`\\b[Tt]he\\s+(?:${EN_COREF})\\b`, 'g'), zh: new RegExp(ZH_COREF, 'gu') } as const;

const ZH_VERBS = alternation([
  '称', '指出', '认为', '表示', '写道', '提到', '提及', '强调', '总结说', '总结道', '总结', '报道', '说', '援引', '引用',
  '引述', '透露', '披露', '预测', '警告', '声称', '宣称', '坚称', '补充说', '补充道', '评论称', '发文称', '撰文称',
  '发表文章称', '刊文称', '分析指出', '发现', '显示', '注意到', '主张', '断言', '质疑',
]);
const ZH_NOUNS = '文章|报道|分析|社论|评论|调查|研究';
const ZH_ADVERBS = '还|也|则|更|又|进一步|同时|特别|再次|随后|此前|日前|近日|近期|都|亦|曾|甚至|并';

interface Frame {
  mention: RegExp;
  /** Text just before a mention that makes the outlet an object, not the speaker ("told the FT"). */
  blocked: RegExp;
  /** …unless a noun makes the outlet its author ("an article in the FT said"). */
  unblocked?: RegExp;
  /** "according to the FT", 据彭博社报道: the outlet is the source though not the subject. */
  source: RegExp;
  /** "…, said the FT": the verb stands before the outlet. */
  inverted?: RegExp;
  /** The verb after the mention; `noun` joins it ("analysis states", 分析称). */
  verb: RegExp;
  connective: RegExp;
}

const EN: Frame = {
  mention: new RegExp(`(?<named>(?:\\b[Tt]he\\s+)?\\b(?:${LATIN_NAMES})\\b)|(?<coref>\\b[Tt]he\\s+(?:${EN_COREF})\\b)`, 'g'),
  blocked: /\b(?:to|told|tells?|telling|at|on|for|with|about|into|than|like|via|reads?|reading|against|towards?|in|by|from|of)\s+$/i,
  unblocked: new RegExp(`\\b(?:${EN_NOUNS})s?\\s+(?:in|by|from|of)\\s+$`, 'i'),
  source: /\b(?<verb>according to|as reported by|reported by|cited by)\s+$/i,
  inverted: /(?:^|[,;:"”])\s*(?<verb>said|says|reported|wrote|added|noted)\s+$/i,
  verb: new RegExp(
    `^(?:['’]s?)?(?:\\s+(?<noun>${EN_NOUNS}))?(?:${EN_DATE})?(?:\\s+(?:${EN_ADVERBS})){0,3}\\s+(?<verb>${EN_VERBS})\\b`,
    'i',
  ),
  connective: /^(?:therefore|thus|hence|so|consequently|as a result|in short|in other words|ultimately|finally|in conclusion)\b[\s,]*/i,
};

const ZH: Frame = {
  mention: new RegExp(
    `(?<named>${ZH_PREFIX}?《?(?:${HAN_NAMES}|\\b(?:${LATIN_NAMES})\\b)》?)|(?<coref>${ZH_COREF}|(?<=^|[，,。；;：:\\s])报道)`,
    'gu',
  ),
  blocked: /(?:对|向|接受|告诉|给|在|于|从|被|经|通过|为|替|像|如|同)\s*$/u,
  source: /(?<verb>据)\s*$/u,
  verb: new RegExp(
    `^(?:的)?(?:网站)?(?:${ZH_DATE})?(?:的)?(?:一篇|最新|近日|日前|此前)?(?<noun>${ZH_NOUNS})?(?:在[^，。,；;]{0,15}中)?(?:${ZH_ADVERBS}){0,3}(?<verb>${ZH_VERBS})`,
    'u',
  ),
  connective: /^(?:因此|所以|因而|由此|故而|总之|可见|最终|最后)[，,\s]*/u,
};

const frameFor = (lang: Lang) => (lang === 'en' ? EN : ZH);

/** One attributing phrase in a sentence; `outletId` is absent for "the newspaper". */
interface Found {
  outletId?: OutletId;
  verb: string;
  start: number;
  end: number;
}

/** The verb that makes a mention at [start, end) the source of the sentence, or nothing. */
function verbAt(text: string, start: number, end: number, frame: Frame): Omit<Found, 'outletId'> | undefined {
  const before = text.slice(0, start);
  const after = frame.verb.exec(text.slice(end));
  const source = frame.source.exec(before) ?? frame.inverted?.exec(before);
  if (source?.groups?.verb) {
    return { verb: source.groups.verb.toLowerCase(), start: source.index, end: end + (after?.[0].length ?? 0) };
  }
  if (frame.blocked.test(before) && !frame.unblocked?.test(before)) return undefined;
  const verb = after?.groups?.verb;
  if (!after || !verb) return undefined;
  const noun = after.groups?.noun;
  const joiner = HAN.test(verb) ? '' : ' ';
  return { verb: (noun ? `${noun}${joiner}${verb}` : verb).toLowerCase(), start, end: end + after[0].length };
}

/** Every attributing phrase of one prepared sentence, in text order. */
function findAll(text: string, frame: Frame): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(frame.mention)) {
    const mention = match.groups?.named;
    const outletId = mention === undefined ? undefined : resolveOutlet(mention);
    if (mention !== undefined && outletId === undefined) continue;
    const hit = verbAt(text, match.index, match.index + match[0].length, frame);
    if (hit) found.push(outletId === undefined ? hit : { ...hit, outletId });
  }
  return found;
}

const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** What the matcher reads: page debris removed, and Chinese in simplified script. */
function prepare(sentence: string, lang: Lang): string {
  const text = stripDebris(sentence).normalize('NFKC').replace(/\s+/g, ' ').trim();
  return lang === 'en' ? text : toSimplified(text);
}

/** A claim attributed earlier in the document: its content (the sentence minus the attributing
 * phrase), to recognise later restatements of it. */
interface Claim {
  content: string;
  attribution: Attribution;
}

/** The attribution of a sentence that restates an earlier attributed claim, e.g. a closing
 * "Therefore, the Chinese will ultimately laugh last." after "the newspaper believes that the
 * Chinese will ultimately laugh last". */
function echoOf(text: string, lang: Lang, claims: readonly Claim[]): Attribution | undefined {
  const key = compact(text.replace(frameFor(lang).connective, ''));
  if (key.length < ECHO_MIN_CHARS[lang]) return undefined;
  const claim = claims.findLast((earlier) => earlier.content.includes(key));
  return claim && { ...claim.attribution, confidence: Math.min(claim.attribution.confidence, ECHO_CONFIDENCE) };
}

/**
 * Attributions of a document's sentences, one result per sentence in order (`undefined` for a
 * sentence that attributes nothing to an outlet). Recognises an outlet named with a reporting
 * verb ("Bloomberg reported", 《金融时报》指出, "according to Reuters", 据新华社报道) at confidence 1,
 * and resolves "the newspaper", 该报, 该媒体 … to the outlet last named in an earlier attribution of
 * the same document (0.8). A later sentence restating an attributed claim ("Therefore, …" with the
 * same words) inherits its attribution at 0.6. A mention that is not the speaker ("told the Global
 * Times", 对《环球时报》表示), and a person's words, attribute nothing. `lang` chooses the English or
 * the Chinese patterns. Coreference never crosses calls: one call covers one article.
 */
export function attributeSentences(sentences: readonly string[], lang: Lang): (Attribution | undefined)[] {
  const frame = frameFor(lang);
  const claims: Claim[] = [];
  let antecedent: OutletId | undefined;
  return sentences.map((sentence) => {
    const text = prepare(sentence, lang);
    const found = findAll(text, frame);
    const hit = found.find((candidate) => (candidate.outletId ?? antecedent) !== undefined);
    const outletId = hit?.outletId ?? antecedent;
    antecedent = found.findLast((candidate) => candidate.outletId !== undefined)?.outletId ?? antecedent;
    if (!hit || outletId === undefined) return echoOf(text, lang, claims);
    const attribution = { outletId, verb: hit.verb, confidence: hit.outletId ? 1 : COREF_CONFIDENCE };
    claims.push({ content: compact(text.slice(0, hit.start) + ' ' + text.slice(hit.end)), attribution });
    return attribution;
  });
}
