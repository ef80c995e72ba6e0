/**
 * The outlet registry: who publishes, under which names, on which domains. Attribution parsing
 * resolves "the FT" or 英国《金融时报》 through the aliases here; "the newspaper" is not an alias, it
 * is resolved by coreference to the last outlet named.
 */
import type { Outlet, OutletId } from './schema';
import { siteDomains } from './sites/hosts';
import { isOnDomain } from './url';

export const outlets: readonly Outlet[] = [
  {
    id: 'ft',
    names: { en: 'Financial Times', 'zh-Hans': '金融时报', 'zh-Hant': '金融時報' },
    domains: [...siteDomains.ft],
    aliases: ['FT', 'the FT', 'Financial Times', '英国《金融时报》', '英國《金融時報》', '《金融时报》', '《金融時報》', '金融时报', '金融時報', '英国金融时报'],
  },
  {
    id: 'ftchinese',
    names: { en: 'FT Chinese', 'zh-Hans': 'FT中文网', 'zh-Hant': 'FT中文網' },
    domains: [...siteDomains.ftchinese],
    aliases: ['FT Chinese', 'FT中文网', 'FT中文網'],
    partOf: 'ft',
  },
  {
    id: 'globaltimes',
    names: { en: 'Global Times', 'zh-Hans': '环球时报', 'zh-Hant': '環球時報' },
    domains: [...siteDomains.globaltimes],
    aliases: ['Global Times', 'GT', '环球时报', '環球時報', '《环球时报》', '《環球時報》'],
  },
  {
    id: 'huanqiu',
    names: { en: 'Huanqiu', 'zh-Hans': '环球网', 'zh-Hant': '環球網' },
    domains: [...siteDomains.huanqiu],
    aliases: ['Huanqiu', 'huanqiu.com', '环球网', '環球網'],
  },
  {
    id: 'netease',
    names: { en: 'NetEase', 'zh-Hans': '网易', 'zh-Hant': '網易' },
    domains: [...siteDomains.netease],
    aliases: ['NetEase', '网易', '網易', '网易号', '網易號'],
  },
  {
    id: 'wsj',
    names: { en: 'The Wall Street Journal', 'zh-Hans': '华尔街日报', 'zh-Hant': '華爾街日報' },
    domains: ['wsj.com', 'cn.wsj.com'],
    aliases: ['Wall Street Journal', 'WSJ', '华尔街日报', '華爾街日報', '《华尔街日报》', '《華爾街日報》'],
  },
  {
    id: 'bloomberg',
    names: { en: 'Bloomberg', 'zh-Hans': '彭博社', 'zh-Hant': '彭博社' },
    domains: ['bloomberg.com'],
    aliases: ['Bloomberg', 'Bloomberg News', '彭博', '彭博社', '彭博新闻社', '彭博新聞社'],
  },
  {
    id: 'reuters',
    names: { en: 'Reuters', 'zh-Hans': '路透社', 'zh-Hant': '路透社' },
    domains: ['reuters.com'],
    aliases: ['Reuters', '路透', '路透社'],
  },
  {
    id: 'nyt',
    names: { en: 'The New York Times', 'zh-Hans': '纽约时报', 'zh-Hant': '紐約時報' },
    domains: ['nytimes.com', 'cn.nytimes.com'],
    aliases: ['New York Times', 'NYT', '纽约时报', '紐約時報', '《纽约时报》', '《紐約時報》'],
  },
  {
    id: 'xinhua',
    names: { en: 'Xinhua', 'zh-Hans': '新华社', 'zh-Hant': '新華社' },
    domains: ['news.cn', 'xinhuanet.com'],
    aliases: ['Xinhua', 'Xinhua News Agency', '新华社', '新華社'],
  },
  // Outlets the tracked sites often cite, so that "CNN reported" or 据美联社报道 is recognised.
  {
    id: 'ap',
    names: { en: 'Associated Press', 'zh-Hans': '美联社', 'zh-Hant': '美聯社' },
    domains: ['apnews.com'],
    aliases: ['Associated Press', 'AP', 'the AP', '美联社', '美聯社'],
  },
  {
    id: 'afp',
    names: { en: 'Agence France-Presse', 'zh-Hans': '法新社', 'zh-Hant': '法新社' },
    domains: ['afp.com'],
    aliases: ['Agence France-Presse', 'AFP', '法新社'],
  },
  {
    id: 'bbc',
    names: { en: 'BBC', 'zh-Hans': '英国广播公司', 'zh-Hant': '英國廣播公司' },
    domains: ['bbc.com', 'bbc.co.uk'],
    aliases: ['BBC', 'BBC News', '英国广播公司', '英國廣播公司'],
  },
  {
    id: 'cnn',
    names: { en: 'CNN', 'zh-Hans': '美国有线电视新闻网', 'zh-Hant': '美國有線電視新聞網' },
    domains: ['cnn.com'],
    aliases: ['CNN', '美国有线电视新闻网', '美國有線電視新聞網'],
  },
  {
    id: 'guardian',
    names: { en: 'The Guardian', 'zh-Hans': '卫报', 'zh-Hant': '衛報' },
    domains: ['theguardian.com'],
    aliases: ['Guardian', '卫报', '衛報', '《卫报》', '《衛報》'],
  },
  {
    id: 'washingtonpost',
    names: { en: 'The Washington Post', 'zh-Hans': '华盛顿邮报', 'zh-Hant': '華盛頓郵報' },
    domains: ['washingtonpost.com'],
    aliases: ['Washington Post', '华盛顿邮报', '華盛頓郵報', '《华盛顿邮报》', '《華盛頓郵報》'],
  },
  {
    id: 'economist',
    names: { en: 'The Economist', 'zh-Hans': '经济学人', 'zh-Hant': '經濟學人' },
    domains: ['economist.com'],
    aliases: ['Economist', '经济学人', '經濟學人', '《经济学人》', '《經濟學人》'],
  },
  {
    id: 'nikkei',
    names: { en: 'Nikkei', 'zh-Hans': '日本经济新闻', 'zh-Hant': '日本經濟新聞' },
    domains: ['nikkei.com', 'asia.nikkei.com'],
    aliases: ['Nikkei', 'Nikkei Asia', '日经', '日經', '日经新闻', '日經新聞', '日本经济新闻', '日本經濟新聞'],
  },
  {
    id: 'scmp',
    names: { en: 'South China Morning Post', 'zh-Hans': '南华早报', 'zh-Hant': '南華早報' },
    domains: ['scmp.com'],
    aliases: ['South China Morning Post', 'SCMP', '南华早报', '南華早報', '《南华早报》', '《南華早報》'],
  },
  {
    id: 'other',
    names: { en: 'Other outlet', 'zh-Hans': '其他媒体', 'zh-Hant': '其他媒體' },
    domains: [],
    aliases: [],
  },
];

const byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));

/** The outlet with this id, or `undefined`. */
export function outletById(id: OutletId): Outlet | undefined {
  return byId.get(id);
}

/** The outlet whose domain serves `hostname` (subdomains included), or `undefined`. */
export function outletForHost(hostname: string): Outlet | undefined {
  return outlets.find((outlet) => outlet.domains.some((domain) => isOnDomain(hostname, domain)));
}

/** The outlets whose articles carry `outletId`'s journalism: itself and those that republish it. */
export function outletFamily(outletId: string): string[] {
  return [outletId, ...outlets.filter((outlet) => outlet.partOf === outletId).map((outlet) => outlet.id)];
}
