/**
 * Named entities as language-neutral ids, so that "Nvidia" meets 英伟达 and 輝達, and "the
 * Chinese" meets 中国人. The table is data; outlets come from the outlet registry (lib/outlets.ts).
 */
import { outlets } from '../outlets';
import type { Lang } from '../schema';
import { stripDebris } from '../text/debris';
import { toSimplified } from '../text/script';

/**
 * Aliases by entity id, separated by `|`. Latin aliases match case-sensitively on word
 * boundaries ("US" but not "us", "Meta" but not "meta"); Chinese aliases are written simplified
 * and match the simplified text. A demonym names its country ("American" → `country:us`), and a
 * capital its government (Washington, Beijing), as news copy uses them.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'country:us': 'US|U.S.|USA|U.S.A.|United States|United States of America|America|American|Americans|Washington|美国|美國|美方|美国人|美军|美企|美媒|美股|美债|华盛顿',
  'country:cn': 'China|Chinese|PRC|Beijing|Sino|Mainland China|中国|中方|中国人|我国|中华人民共和国|北京|中企|中资|对华|访华|在华|来华|涉华|赴华|中华',
  'country:uk': 'UK|U.K.|Britain|British|Briton|Britons|United Kingdom|London|英国|英方|伦敦',
  'region:eu': 'EU|E.U.|European Union|Europe|European|Europeans|Brussels|eurozone|欧洲|欧盟|欧方|欧元区|布鲁塞尔',
  'country:jp': 'Japan|Japanese|Tokyo|日本|日方|东京',
  'country:tw': 'Taiwan|Taiwanese|Taipei|台湾|台方|台北|中华民国',
  'country:hk': 'Hong Kong|香港',
  'country:au': 'Australia|Australian|Australians|Canberra|澳大利亚|澳洲|澳方|堪培拉',
  'country:de': 'Germany|German|Germans|Berlin|德国|德方|柏林',
  'country:fr': 'France|French|Paris|法国|法方|巴黎',
  'country:ru': 'Russia|Russian|Russians|Moscow|Kremlin|俄罗斯|俄方|莫斯科|克里姆林宫',
  'country:in': 'India|Indian|Indians|New Delhi|印度|印方|新德里',
  'country:kr': 'South Korea|South Korean|Korea|Korean|Koreans|Seoul|韩国|韩方|南韩|首尔',
  'country:kp': 'North Korea|North Korean|Pyongyang|朝鲜|北韩|平壤',
  'country:ca': 'Canada|Canadian|加拿大',
  'country:mx': 'Mexico|Mexican|墨西哥',
  'country:br': 'Brazil|Brazilian|巴西',
  'country:it': 'Italy|Italian|意大利|义大利',
  'country:nl': 'Netherlands|Dutch|荷兰',
  'country:il': 'Israel|Israeli|以色列',
  'country:ir': 'Iran|Iranian|伊朗',
  'country:ua': 'Ukraine|Ukrainian|Kyiv|乌克兰|基辅',
  'country:sa': 'Saudi Arabia|Saudi|沙特|沙特阿拉伯|沙乌地',
  'country:ae': 'UAE|United Arab Emirates|Emirati|阿联酋',
  'country:sg': 'Singapore|Singaporean|新加坡',
  'country:my': 'Malaysia|Malaysian|马来西亚',
  'country:vn': 'Vietnam|Vietnamese|越南',
  'country:id': 'Indonesia|Indonesian|印度尼西亚|印尼',
  'country:th': 'Thailand|Thai|泰国',
  'country:ph': 'Philippines|Philippine|Filipino|菲律宾',
  'country:pk': 'Pakistan|Pakistani|巴基斯坦',
  'country:tr': 'Turkey|Türkiye|Turkish|土耳其',
  'country:za': 'South Africa|South African|南非',
  'region:asia': 'Asia|Asian|亚洲',
  'region:africa': 'Africa|African|非洲',
  'region:middle-east': 'Middle East|中东',
  'region:southeast-asia': 'Southeast Asia|South-East Asia|ASEAN|东南亚|东盟',
  'region:latin-america': 'Latin America|Latin American|拉美|拉丁美洲',
  'region:north-america': 'North America|North American|北美|北美洲',
  'region:south-america': 'South America|South American|南美|南美洲',
  'region:central-america': 'Central America|Central American|中美洲',
  'place:south-china-sea': 'South China Sea|南海',
  'place:taiwan-strait': 'Taiwan Strait|台湾海峡|台海',
  'place:xinjiang': 'Xinjiang|新疆',
  'place:silicon-valley': 'Silicon Valley|硅谷',
  'place:wall-street': 'Wall Street|华尔街',
  'place:shenzhen': 'Shenzhen|深圳',
  'place:shanghai': 'Shanghai|上海',
  'place:hangzhou': 'Hangzhou|杭州',
  'company:nvidia': 'Nvidia|NVIDIA|英伟达|辉达',
  'company:amd': 'AMD|超威',
  'company:intel': 'Intel|英特尔',
  'company:qualcomm': 'Qualcomm|高通',
  'company:asml': 'ASML|阿斯麦',
  'company:tsmc': 'TSMC|Taiwan Semiconductor Manufacturing|台积电',
  'company:smic': 'SMIC|中芯国际',
  'company:samsung': 'Samsung|三星',
  'company:sk-hynix': 'SK Hynix|SK hynix|SK海力士|海力士',
  'company:micron': 'Micron|美光',
  'company:huawei': 'Huawei|华为',
  'company:xiaomi': 'Xiaomi|小米',
  'company:zte': 'ZTE|中兴通讯|中兴',
  'company:lenovo': 'Lenovo|联想集团',
  'company:deepseek': 'DeepSeek|Deepseek|深度求索',
  'company:qwen': 'Qwen|Tongyi Qianwen|通义千问|千问|通义',
  'company:alibaba': 'Alibaba|阿里巴巴|阿里云|阿里',
  'company:tencent': 'Tencent|腾讯',
  'company:baidu': 'Baidu|百度',
  'company:bytedance': 'ByteDance|Bytedance|字节跳动',
  'company:tiktok': 'TikTok|抖音国际版',
  'company:moonshot': 'Moonshot AI|Moonshot|Kimi|月之暗面',
  'company:zhipu': 'Zhipu|Zhipu AI|智谱',
  'company:minimax': 'MiniMax|稀宇科技',
  'company:iflytek': 'iFlytek|iFLYTEK|科大讯飞',
  'company:sensetime': 'SenseTime|商汤',
  'company:cambricon': 'Cambricon|寒武纪',
  'company:openai': 'OpenAI|ChatGPT',
  'company:anthropic': 'Anthropic|Claude',
  'company:xai': 'xAI|Grok',
  'company:microsoft': 'Microsoft|微软',
  'company:google': 'Google|Alphabet|DeepMind|Gemini|谷歌|谷歌公司',
  'company:meta': 'Meta|Facebook|Llama|脸书|元宇宙公司',
  'company:amazon': 'Amazon|AWS|亚马逊',
  'company:apple': 'Apple|iPhone|苹果公司|苹果手机',
  'company:tesla': 'Tesla|特斯拉',
  'company:byd': 'BYD|比亚迪',
  'company:catl': 'CATL|Contemporary Amperex|宁德时代',
  'company:airbnb': 'Airbnb|爱彼迎',
  'company:oracle': 'Oracle|甲骨文',
  'company:broadcom': 'Broadcom|博通',
  'company:softbank': 'SoftBank|软银',
  'company:foxconn': 'Foxconn|Hon Hai|富士康|鸿海',
  'company:jd': 'JD.com|京东',
  'company:pdd': 'Pinduoduo|PDD|Temu|拼多多',
  'company:meituan': 'Meituan|美团',
  'company:xpeng': 'XPeng|Xpeng|小鹏汽车|小鹏',
  'company:nio': 'NIO|Nio|蔚来',
  'company:goldman-sachs': 'Goldman Sachs|高盛',
  'company:morgan-stanley': 'Morgan Stanley|摩根士丹利|大摩',
  'company:jpmorgan': 'JPMorgan|JP Morgan|J.P. Morgan|摩根大通|小摩',
  'org:aspi': 'ASPI|Australian Strategic Policy Institute|澳大利亚战略政策研究所|澳洲战略政策研究所',
  'org:mit': 'MIT|Massachusetts Institute of Technology|麻省理工学院|麻省理工',
  'org:harvard': 'Harvard|哈佛大学|哈佛',
  'org:stanford': 'Stanford|斯坦福大学|斯坦福',
  'org:tsinghua': 'Tsinghua|清华大学|清华',
  'org:pku': 'Peking University|北京大学|北大',
  'org:cas': 'Chinese Academy of Sciences|CAS|中国科学院|中科院',
  'org:hugging-face': 'Hugging Face|HuggingFace|抱抱脸',
  'org:nature': "journal Nature|Nature journal|in Nature|Nature's|Nature’s|《自然》|自然杂志",
  'org:science': 'journal Science|in Science|《科学》|科学杂志',
  'org:scsp': 'SCSP|Special Competitive Studies Project|特别竞争研究项目',
  'org:csis': 'CSIS|Center for Strategic and International Studies|战略与国际研究中心',
  'org:brookings': 'Brookings Institution|Brookings|布鲁金斯学会',
  'org:rand': 'RAND Corporation|RAND|兰德公司',
  'org:wto': 'WTO|World Trade Organization|世贸组织|世界贸易组织',
  'org:imf': 'IMF|International Monetary Fund|国际货币基金组织',
  'org:world-bank': 'World Bank|世界银行|世行',
  'org:un': 'UN|U.N.|United Nations|联合国',
  'org:nato': 'NATO|Nato|北约',
  'org:who': 'WHO|World Health Organization|世卫组织|世界卫生组织',
  'org:g7': 'G7|G-7|Group of Seven|七国集团',
  'org:g20': 'G20|G-20|Group of 20|二十国集团',
  'org:opec': 'OPEC|Opec|欧佩克|石油输出国组织',
  'org:fed': 'Federal Reserve|Fed|美联储',
  'org:ecb': 'European Central Bank|ECB|欧洲央行|欧洲中央银行',
  'org:pboc': "People's Bank of China|PBOC|PBoC|中国人民银行|人民银行",
  'org:white-house': 'White House|白宫',
  'org:pentagon': 'Pentagon|五角大楼',
  'org:us-commerce': 'Commerce Department|Department of Commerce|美国商务部',
  'org:mofcom': 'Ministry of Commerce|Commerce Ministry|MOFCOM|中国商务部|商务部',
  'org:cpc': 'Communist Party of China|Chinese Communist Party|Communist Party|CPC|CCP|中国共产党|中共|共产党',
  'person:trump': 'Donald Trump|Trump|特朗普|川普',
  'person:biden': 'Joe Biden|Biden|拜登',
  'person:obama': 'Barack Obama|Obama|奥巴马|欧巴马',
  'person:harris': 'Kamala Harris|哈里斯|贺锦丽',
  'person:vance': 'JD Vance|J.D. Vance|Vance|万斯',
  'person:rubio': 'Marco Rubio|Rubio|鲁比奥|卢比欧',
  'person:bessent': 'Scott Bessent|Bessent|贝森特',
  'person:lutnick': 'Howard Lutnick|Lutnick|卢特尼克',
  'person:xi-jinping': 'Xi Jinping|President Xi|Xi|习近平',
  'person:li-qiang': 'Li Qiang|李强',
  'person:wang-yi': 'Wang Yi|王毅',
  'person:he-lifeng': 'He Lifeng|何立峰',
  'person:putin': 'Vladimir Putin|Putin|普京|普丁',
  'person:zelensky': 'Volodymyr Zelensky|Zelensky|Zelenskyy|泽连斯基|泽伦斯基',
  'person:modi': 'Narendra Modi|Modi|莫迪',
  'person:macron': 'Emmanuel Macron|Macron|马克龙|马克宏',
  'person:starmer': 'Keir Starmer|Starmer|斯塔默|施纪贤',
  'person:von-der-leyen': 'Ursula von der Leyen|von der Leyen|冯德莱恩',
  'person:netanyahu': 'Benjamin Netanyahu|Netanyahu|内塔尼亚胡|纳坦雅胡',
  'person:lai-ching-te': 'Lai Ching-te|William Lai|赖清德',
  'person:musk': 'Elon Musk|Musk|马斯克',
  'person:jensen-huang': 'Jensen Huang|黄仁勋',
  'person:altman': 'Sam Altman|Altman|奥尔特曼|阿尔特曼|奥特曼',
  'person:liang-wenfeng': 'Liang Wenfeng|梁文锋',
  'person:zuckerberg': 'Mark Zuckerberg|Zuckerberg|扎克伯格|祖克柏',
  'person:jack-ma': 'Jack Ma|马云',
  'person:ren-zhengfei': 'Ren Zhengfei|任正非',
  'person:tim-cook': 'Tim Cook|库克',
  'person:powell': 'Jerome Powell|鲍威尔',
};

/**
 * Chinese compounds of one-character country abbreviations (中美 "China and the US"). The
 * characters alone are too ambiguous to use (美 "beautiful", 中 "middle", 日 "day").
 */
const PAIRS: Readonly<Record<string, string>> = {
  中美: 'country:cn country:us', 美中: 'country:us country:cn', 中日: 'country:cn country:jp',
  美日: 'country:us country:jp', 日美: 'country:jp country:us', 日韩: 'country:jp country:kr',
  中俄: 'country:cn country:ru', 美俄: 'country:us country:ru', 俄美: 'country:ru country:us',
  俄乌: 'country:ru country:ua', 中欧: 'country:cn region:eu', 美欧: 'country:us region:eu',
  欧美: 'region:eu country:us', 中英: 'country:cn country:uk', 英美: 'country:uk country:us',
  美英: 'country:us country:uk', 中澳: 'country:cn country:au', 中韩: 'country:cn country:kr',
  美韩: 'country:us country:kr', 中印: 'country:cn country:in', 中德: 'country:cn country:de',
  中法: 'country:cn country:fr',
};

/**
 * Words that contain an alias or a pair but name nothing, matched first so that the longest
 * match consumes them: 其中日本 is 其中 + 日本, not 中日; 美中不足 is an idiom; 中英文 the languages;
 * "US$400bn" is an amount (numbers.ts keys it), not the country.
 */
const BLOCKERS = [
  '其中', '之中', '当中', '集中', '心中', '手中', '空中', '眼中', '从中', '暗中', '途中', '高中', '初中', '命中', '居中', '正中', '看中', '选中',
  '完美', '赞美', '甜美', '优美', '精美', '媲美', '审美', '美中不足', '中英文', '中欧班列', '亚马逊雨林', '亚马逊河', '南海区',
  '今日', '昨日', '明日', '每日', '近日', '当日', '次日', '本日', '周日', '节日', '生日', '平日', '假日', '终日', '日前',
  'US dollar', 'US dollars', 'U.S. dollar', 'U.S. dollars', 'US$', "Xi'an", 'Amazon rainforest',
];

/** Candidate aliases (longest first) with their ids; an empty id list marks a blocker. */
type Candidates = [alias: string, ids: readonly string[]][];

interface Tables {
  /** By first ASCII word: "United" → United States, United Kingdom, … */
  latin: Map<string, Candidates>;
  /** By first character, for Han and other non-ASCII aliases. */
  other: Map<string, Candidates>;
}

const ASCII_WORD = /[A-Za-z0-9]+/y;
const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
// 日 after a number or a time word is the day (7日美国宣布, 今日经济), never Japan.
const DAY_BEFORE = /[\d零〇一二两三四五六七八九十月今昨明每近当次本周节生平假终]/;

/** Every alias with its ids: the table, the pairs, the blockers and the outlet registry. */
function allAliases(): [string, string[]][] {
  const entries: [string, string[]][] = [];
  for (const [id, aliases] of Object.entries(ALIASES)) for (const alias of aliases.split('|')) entries.push([alias, [id]]);
  for (const [pair, ids] of Object.entries(PAIRS)) entries.push([pair, ids.split(' ')]);
  for (const blocker of BLOCKERS) entries.push([blocker, []]);
  for (const outlet of outlets) {
    if (outlet.id === 'other') continue;
    for (const alias of new Set([...Object.values(outlet.names), ...outlet.aliases])) entries.push([alias, [`outlet:${outlet.id}`]]);
  }
  return entries;
}

let tables: Tables | undefined;

/** Builds the lookup tables once, on first use (Chinese outlet names need the converter). */
function buildTables(): Tables {
  const merged = new Map<string, Set<string>>();
  for (const [rawAlias, ids] of allAliases()) {
    const alias = toSimplified(rawAlias);
    const known = merged.get(alias) ?? new Set<string>();
    for (const id of ids) known.add(id);
    merged.set(alias, known);
  }
  const built: Tables = { latin: new Map(), other: new Map() };
  for (const [alias, ids] of merged) {
    ASCII_WORD.lastIndex = 0;
    const word = ASCII_WORD.exec(alias)?.[0];
    const [table, key] = word === undefined ? [built.other, alias.charAt(0)] : [built.latin, word];
    const candidates = table.get(key) ?? [];
    candidates.push([alias, [...ids]]);
    table.set(key, candidates);
  }
  for (const table of [built.latin, built.other]) for (const candidates of table.values()) candidates.sort((a, b) => b[0].length - a[0].length);
  return built;
}

/** The longest alias at `at` in `text`, or undefined. */
function aliasAt(text: string, at: number, candidates: Candidates | undefined): Candidates[number] | undefined {
  return candidates?.find(([alias]) => {
    if (!text.startsWith(alias, at)) return false;
    // A Latin alias ends on a word boundary unless it ends in a sign (US$, U.S.).
    if (isAsciiAlnum(alias.at(-1)) && isAsciiAlnum(text[at + alias.length])) return false;
    return !(alias.startsWith('日') && DAY_BEFORE.test(text[at - 1] ?? ''));
  });
}

const FULL_WIDTH = /[\uff01-\uff5e]/;

/**
 * The entities named in `text` as ids (`country:us`, `company:nvidia`, `org:wto`,
 * `person:trump`, `outlet:ft`, …), unique, in order of first appearance. Latin aliases match
 * case-sensitively on word boundaries, possessives included ("China's"); Chinese text (any
 * `lang` but `en`) is simplified and cleaned of page debris, then matched longest first, so
 * 英国《金融时报》 is the FT and not Britain. Returns [] when nothing is recognised.
 */
export function extractEntities(text: string, lang: Lang): string[] {
  return scanEntities(text, lang).ids;
}

/**
 * The entities of `text` (as `extractEntities`) and the text without their names (each name a
 * space; Chinese text simplified and cleaned of debris): a name is matched by its id, so its
 * words — or, for a transliterated name such as 中芯国际, the dictionary's glosses of its
 * characters — are no content of the claim.
 */
export function scanEntities(text: string, lang: Lang): { ids: string[]; rest: string } {
  const narrow = FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
  const prepared = lang === 'en' ? narrow : stripDebris(toSimplified(narrow));
  tables ??= buildTables();
  const found = new Set<string>();
  let rest = '';
  let kept = 0;
  let at = 0;
  while (at < prepared.length) {
    const ch = prepared.charAt(at);
    let step = 1;
    let hit: Candidates[number] | undefined;
    if (!isAsciiAlnum(ch)) {
      hit = aliasAt(prepared, at, tables.other.get(ch));
    } else if (!isAsciiAlnum(prepared[at - 1])) {
      ASCII_WORD.lastIndex = at;
      const word = ASCII_WORD.exec(prepared)?.[0] ?? ch;
      hit = aliasAt(prepared, at, tables.latin.get(word));
      step = word.length;
    }
    if (hit && hit[1].length > 0) {
      for (const id of hit[1]) found.add(id);
      rest += `${prepared.slice(kept, at)} `;
      kept = at + hit[0].length;
    }
    at += hit ? hit[0].length : step;
  }
  return { ids: [...found], rest: rest + prepared.slice(kept) };
}
