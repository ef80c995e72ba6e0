/**
 * The outlet registry: who publishes, under which names, on which domains. Attribution parsing
 * resolves "the FT" or 英国《金融时报》 through the aliases here; "the newspaper" is not an alias, it
 * is resolved by coreference to the last outlet named.
 */
import type { Outlet, OutletId } from './schema';
import { isOnDomain } from './url';

export const outlets: readonly Outlet[] = [
  {
    id: 'ft',
    names: { en: 'Financial Times', 'zh-Hans': '金融时报', 'zh-Hant': '金融時報' },
    domains: ['ft.com'],
    aliases: ['FT', 'the FT', 'Financial Times', '英国《金融时报》', '英國《金融時報》', '《金融时报》', '《金融時報》', '金融时报', '金融時報', '英国金融时报'],
  },
  {
    id: 'ftchinese',
    names: { en: 'FT Chinese', 'zh-Hans': 'FT中文网', 'zh-Hant': 'FT中文網' },
    domains: ['ftchinese.com', 'ftacademy.cn', 'chineseft.com', 'chineseft.net', 'ftchineselive.com'],
    aliases: ['FT Chinese', 'FT中文网', 'FT中文網'],
  },
  {
    id: 'globaltimes',
    names: { en: 'Global Times', 'zh-Hans': '环球时报', 'zh-Hant': '環球時報' },
    domains: ['globaltimes.cn'],
    aliases: ['Global Times', 'GT', '环球时报', '環球時報', '《环球时报》', '《環球時報》'],
  },
  {
    id: 'huanqiu',
    names: { en: 'Huanqiu', 'zh-Hans': '环球网', 'zh-Hant': '環球網' },
    domains: ['huanqiu.com'],
    aliases: ['Huanqiu', 'huanqiu.com', '环球网', '環球網'],
  },
  {
    id: 'netease',
    names: { en: 'NetEase', 'zh-Hans': '网易', 'zh-Hant': '網易' },
    domains: ['163.com'],
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
