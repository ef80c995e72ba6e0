/**
 * The one English stemmer for both sides of cross-language matching: English text, and the
 * English glosses of Chinese words. Both must fold the same way or they never meet.
 */
import { stemmer } from 'stemmer';

/**
 * British spellings the FT uses, folded to the American ones CC-CEDICT glosses use. Applied around
 * before the Porter stemmer; a fold that also catches an American word (precise → preciz) is harmless,
 * since both sides of a comparison fold alike.
 */
const BRITISH: readonly [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'], // organisation
  [/(.{3,})is(e|ed|es|ing|er|ers)$/, '$1iz$2'], // organise, realised, fertiliser
  [/ys(e|ed|es|ing)$/, 'yz$1'], // analyse
  [/(.{2,})our(s|ed|ing|able|ite|ites)?$/, '$1or$2'], // favour, labour, behaviour
  [/([^aeiou])tre(s?)$/, '$1ter$2'], // centre, metre
  [/mme(s?)$/, 'm$1'], // programme
  [/ogue(s?)$/, 'og$1'], // catalogue
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'], // defence, licence
];

/**
 * Irregular past forms news text is full of, to their base form: Porter leaves "said" apart from
 * "say", so "the FT said" would never meet a gloss of 表示 ("say").
 */
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    say: 'said says', lead: 'led', grow: 'grew grown', rise: 'rose risen', fall: 'fell fallen', take: 'took taken',
    make: 'made', become: 'became', begin: 'began begun', find: 'found', hold: 'held', see: 'saw seen', win: 'won',
    lose: 'lost', sell: 'sold', buy: 'bought', tell: 'told', think: 'thought', overtake: 'overtook overtaken',
    spend: 'spent', build: 'built', bring: 'brought', give: 'gave given', go: 'went gone', know: 'knew known',
    show: 'shown', write: 'wrote written', fight: 'fought', seek: 'sought', teach: 'taught', drive: 'drove driven',
    beat: 'beaten', feel: 'felt', keep: 'kept', leave: 'left', mean: 'meant', meet: 'met', pay: 'paid', send: 'sent',
    stand: 'stood', get: 'got gotten', draw: 'drew drawn', fly: 'flew flown', shrink: 'shrank shrunk', sink: 'sank sunk',
  }).flatMap(([base, forms]) => forms.split(' ').map((form) => [form, base])),
);

/**
 * Stems of words news uses interchangeably for the same predicate, folded to one: a re-report
 * says "surpassed" where the source said "overtaken". Kept to near-synonyms; glosses fold alike.
 */
const SYNONYM_STEMS: Readonly<Record<string, string>> = {
  overtak: 'surpass', exce: 'surpass', exceed: 'surpass', outstrip: 'surpass', outpac: 'surpass', outperform: 'surpass',
  increas: 'rise', grow: 'rise', climb: 'rise', surg: 'rise', declin: 'fall', drop: 'fall', decreas: 'fall', shrink: 'fall',
  firm: 'compani', enterpris: 'compani', semiconductor: 'chip', microchip: 'chip',
};

const cache = new Map<string, string>();

/**
 * The stem of an English word: lower-cased, British spelling folded to American, then Porter
 * stemmed (`stemmer`). Cached: news text repeats a small vocabulary.
 * @example stemWord('Favouring') === stemWord('favoring') // 'favor'
 */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let stem = cache.get(lower);
  if (stem === undefined) {
    let folded = IRREGULAR[lower] ?? lower;
    for (const [pattern, american] of BRITISH) folded = folded.replace(pattern, american);
    stem = stemmer(folded);
    stem = SYNONYM_STEMS[stem] ?? stem;
    if (cache.size < 200_000) cache.set(lower, stem);
  }
  return stem;
}
