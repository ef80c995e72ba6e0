/**
 * English words too common and too empty to key a claim on, for English text and for the English
 * glosses of Chinese words alike (a gloss made only of these marks a Chinese function word).
 */

/**
 * Lower-case English function words: articles, pronouns, auxiliaries, prepositions, conjunctions
 * and empty adverbs. Compare the lower-cased surface word, before stemming.
 *
 * Deliberately absent: negation (no, not, nor, never), which flips a claim; comparison and
 * direction words (more, less, over, under, above, below, up, down, against), which carry the
 * claim in "more than half" or "fell below"; and every content verb, attribution verbs included
 * (said, stated, believes, surpassed, lead, overtake) — IDF already weighs the common ones down.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    // Articles, determiners and quantifiers with no content of their own.
    'a an the this that these those such same other another each every either neither any some ' +
    'all both few several much many own ' +
    // Pronouns.
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his ' +
    'himself she her hers herself it its itself they them their theirs themselves one ones ' +
    'someone something somebody anyone anything anybody everyone everything everybody ' +
    'who whom whose which what whatever whoever ' +
    // Auxiliaries and the copula.
    'am is are was were be been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    // Prepositions.
    'of at by for with about into through during before after to from in out on off ' +
    'onto upon among amongst amid within via per across along around toward towards ' +
    // Conjunctions and relative words.
    'and or but if then else because as until while than whether though although unless ' +
    'so yet also when where why how whereas thus hence therefore however since till whilst ' +
    'moreover furthermore besides nevertheless nonetheless meanwhile otherwise ' +
    // Empty adverbs and fillers.
    'there here now very too just only quite rather again further once ever still even ' +
    'already almost perhaps maybe well really indeed etc ' +
    // Titles in news copy.
    'mr mrs ms dr'
  ).split(' '),
);

/**
 * Simplified Chinese function words: particles, the copula, auxiliaries and modals, prepositions,
 * conjunctions, classifiers and determiners — the counterparts of `ENGLISH_STOPWORDS`. CC-CEDICT
 * describes their grammatical use in brackets and then lists rare readings (的 as "taxi", 在 as
 * "alive", 都 as "capital city"), so their glosses would only add noise; the gloss table keeps
 * them with no stems, which keeps them whole when segmenting. Negation (不, 没有) and comparison
 * (比, 更, 最) stay content, as in English.
 */
export const CHINESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    // Particles and aspect markers.
    '的 地 得 之 了 着 过 们 所 呢 吧 啊 呀 ' +
    // Copula, auxiliaries and modals.
    '是 有 会 能 可 可以 能够 可能 将 将会 该 应 应该 正在 ' +
    // Prepositions, coverbs and the locatives that close them (在…上, 在…下).
    '上 下 里 在 于 到 对 从 向 由 把 被 为 以 给 让 使 令 按 据 当 对于 关于 随着 作为 为了 除了 之后 之前 以来 ' +
    // Conjunctions and linking adverbs.
    '和 与 及 或 而 也 都 就 还 又 再 才 只 即 便 且 已 但 并 则 并且 而且 或者 因为 所以 因此 由此 如果 ' +
    // Classifiers and determiners.
    '一 个 一个 一些 之一 这样 这种 那 那个'
  ).split(' '),
);
