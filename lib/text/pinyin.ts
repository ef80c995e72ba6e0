/**
 * Recognises runs of Hanyu Pinyin, so that debris removal can tell `領(lǐng)` (a converter's
 * reading aid) from a real parenthetical such as `咖啡(café)`.
 */

// Every standard syllable, tone marks removed and ü written u, grouped by initial.
const SYLLABLES_BY_INITIAL: Record<string, string> = {
  '': 'a o e ai ei ao ou an en ang eng er yi ya ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun yo',
  b: 'a o ai ei ao an en ang eng i ie iao ian in ing u',
  p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
  f: 'a o ei ou an en ang eng u',
  d: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un',
  t: 'a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
  n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ue',
  l: 'a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ue',
  g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  j: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  q: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  x: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  zh: 'a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  ch: 'a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
  sh: 'a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
  r: 'e i ao ou an en ang eng ong u ua uo ui uan un',
  z: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un',
  c: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
  s: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
};

const SYLLABLES = new Set<string>();
for (const [initial, finals] of Object.entries(SYLLABLES_BY_INITIAL)) {
  for (const final of finals.split(' ')) SYLLABLES.add(initial + final);
}

const LONGEST_SYLLABLE = 6;
const TONE_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s'-]+/;

/** True when `word` (lower-case, tone marks stripped) splits wholly into syllables, erhua -r allowed. */
function isSyllableChain(word: string): boolean {
  // reachable[i]: the first i letters split into syllables.
  const reachable = new Uint8Array(word.length + 1);
  reachable[0] = 1;
  for (let start = 0; start < word.length; start++) {
    if (!reachable[start]) continue;
    const stop = Math.min(word.length, start + LONGEST_SYLLABLE);
    for (let end = start + 1; end <= stop; end++) {
      if (!SYLLABLES.has(word.slice(start, end))) continue;
      reachable[end] = 1;
      if (word.charCodeAt(end) === 0x72 /* r */) reachable[end + 1] = 1;
    }
  }
  return reachable[word.length] === 1;
}

/**
 * True when `text` is one or more lower-case pinyin syllables (tone marks, ü, spaces, hyphens and
 * apostrophes allowed), e.g. `lǐng`, `zhōngwén`, `pīn yīn`. False for the empty string, for
 * capitalised words and for non-syllables such as `café` or `model`.
 */
export function isPinyin(text: string): boolean {
  const bare = text.normalize('NFD').replace(TONE_MARKS, '');
  if (!/^[a-z\s'-]+$/.test(bare)) return false;
  const words = bare.split(SEPARATORS).filter((word) => word !== '');
  return words.length > 0 && words.every(isSyllableChain);
}
