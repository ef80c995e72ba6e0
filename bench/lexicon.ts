/**
 * The bilingual vocabulary synthetic corpora are generated from: sentence templates with their
 * simplified Chinese translation, and the names and nouns that fill them. Traditional text is
 * derived from the simplified one by opencc, as a Taiwanese or Hong Kong outlet would write it.
 */

/** A filler in both languages. */
export interface Term {
  en: string;
  zh: string;
}

/** Values a template is filled with; `n` is a small whole number, `y` a year. */
export interface Slots {
  s: Term;
  p: Term;
  o: Term;
  n: number;
  y: number;
}

export interface Template {
  en: (v: Slots, percent: string) => string;
  zh: (v: Slots) => string;
}

const bn = (v: Slots) => `$${v.n}bn`;
const yi = (v: Slots) => `${v.n * 10}亿美元`;

export const templates: readonly Template[] = [
  { en: (v, pc) => `${v.s.en}'s ${v.o.en} rose ${v.n}${pc} in ${v.y}.`, zh: (v) => `${v.y}年${v.s.zh}的${v.o.zh}增长了${v.n}%。` },
  { en: (v, pc) => `${v.s.en}'s ${v.o.en} fell ${v.n}${pc} in ${v.y}.`, zh: (v) => `${v.y}年${v.s.zh}的${v.o.zh}下降了${v.n}%。` },
  { en: (v) => `${v.s.en} expects its ${v.o.en} to double by ${v.y}.`, zh: (v) => `${v.s.zh}预计到${v.y}年其${v.o.zh}将翻一番。` },
  { en: (v) => `${v.s.en}'s ${v.o.en} reached ${bn(v)} in ${v.y}.`, zh: (v) => `${v.y}年${v.s.zh}的${v.o.zh}达到${yi(v)}。` },
  { en: (v, pc) => `${v.s.en} cut its ${v.o.en} by ${v.n}${pc} after talks with ${v.p.en}.`, zh: (v) => `${v.s.zh}在与${v.p.zh}谈判后将${v.o.zh}削减了${v.n}%。` },
  { en: (v, pc) => `${v.s.en} accounted for ${v.n}${pc} of global ${v.o.en} last year.`, zh: (v) => `${v.s.zh}去年占全球${v.o.zh}的${v.n}%。` },
  { en: (v, pc) => `Officials in ${v.s.en} said ${v.o.en} would grow by ${v.n}${pc} in ${v.y}.`, zh: (v) => `${v.s.zh}官员表示，${v.y}年${v.o.zh}将增长${v.n}%。` },
  { en: (v) => `${v.s.en} overtook ${v.p.en} in ${v.o.en} for the first time in ${v.y}.`, zh: (v) => `${v.y}年，${v.s.zh}的${v.o.zh}首次超过${v.p.zh}。` },
  { en: (v, pc) => `${v.s.en} and ${v.p.en} agreed to raise ${v.o.en} by ${v.n}${pc} by ${v.y}.`, zh: (v) => `${v.s.zh}与${v.p.zh}同意到${v.y}年将${v.o.zh}提高${v.n}%。` },
  { en: (v, pc) => `A survey found that ${v.n}${pc} of companies in ${v.s.en} expect ${v.o.en} to fall.`, zh: (v) => `一项调查发现，${v.s.zh}有${v.n}%的企业预计${v.o.zh}将下降。` },
  { en: (v) => `${v.s.en} banned ${v.o.en} from ${v.p.en} on security grounds in ${v.y}.`, zh: (v) => `${v.y}年${v.s.zh}以安全为由禁止了来自${v.p.zh}的${v.o.zh}。` },
  { en: (v, pc) => `${v.s.en}'s ${v.o.en} hit a record high in ${v.y}, up ${v.n}${pc} from a year earlier.`, zh: (v) => `${v.y}年${v.s.zh}的${v.o.zh}创历史新高，同比增长${v.n}%。` },
  { en: (v) => `The government of ${v.s.en} will subsidise ${v.o.en} with ${bn(v)}.`, zh: (v) => `${v.s.zh}政府将拨款${yi(v)}补贴${v.o.zh}。` },
  { en: (v) => `Analysts said ${v.s.en} was unlikely to catch up with ${v.p.en} in ${v.o.en} before ${v.y}.`, zh: (v) => `分析人士称，${v.y}年前${v.s.zh}不太可能在${v.o.zh}方面赶上${v.p.zh}。` },
  { en: (v) => `${v.s.en} reported that its ${v.o.en} had slowed for ${v.n} consecutive months.`, zh: (v) => `${v.s.zh}报告称，其${v.o.zh}已连续${v.n}个月放缓。` },
  { en: (v, pc) => `Demand from ${v.p.en} lifted ${v.s.en}'s ${v.o.en} by ${v.n}${pc} in the first quarter.`, zh: (v) => `来自${v.p.zh}的需求使${v.s.zh}第一季度的${v.o.zh}增长了${v.n}%。` },
];

const pairs = (list: string): Term[] =>
  list
    .trim()
    .split('\n')
    .map((line) => {
      const [en, zh] = line.split('=').map((part) => part.trim());
      return { en: en!, zh: zh! };
    });

/** Countries and companies, all in the entity alias table (lib/match/entities.ts). */
export const actors = pairs(`
Japan = 日本
Germany = 德国
India = 印度
Brazil = 巴西
Indonesia = 印度尼西亚
Vietnam = 越南
Mexico = 墨西哥
Canada = 加拿大
Australia = 澳大利亚
South Korea = 韩国
France = 法国
Italy = 意大利
Turkey = 土耳其
Thailand = 泰国
Malaysia = 马来西亚
Saudi Arabia = 沙特阿拉伯
South Africa = 南非
Singapore = 新加坡
the Netherlands = 荷兰
Russia = 俄罗斯
Nvidia = 英伟达
Huawei = 华为
Xiaomi = 小米
Samsung = 三星
TSMC = 台积电
SMIC = 中芯国际
Intel = 英特尔
Qualcomm = 高通
Micron = 美光
BYD = 比亚迪
CATL = 宁德时代
Tesla = 特斯拉
Alibaba = 阿里巴巴
Tencent = 腾讯
Baidu = 百度
Foxconn = 富士康
Lenovo = 联想集团
Microsoft = 微软
Amazon = 亚马逊
SoftBank = 软银
`);

/** What the sentences are about: nouns the CC-CEDICT glosses translate. */
export const topics = pairs(`
exports = 出口
imports = 进口
chip sales = 芯片销量
revenue = 收入
profits = 利润
investment = 投资
steel output = 钢铁产量
battery prices = 电池价格
electricity demand = 电力需求
coal consumption = 煤炭消费
car sales = 汽车销量
mobile phone sales = 手机销量
rare earth exports = 稀土出口
research spending = 研发支出
tariffs = 关税
interest rates = 利率
the unemployment rate = 失业率
wages = 工资
house prices = 房价
oil imports = 石油进口
natural gas prices = 天然气价格
grain output = 粮食产量
tourism revenue = 旅游收入
defence spending = 国防开支
government debt = 政府债务
data centre capacity = 数据中心容量
shipbuilding orders = 造船订单
copper demand = 铜需求
electric vehicle exports = 电动汽车出口
wind power capacity = 风电装机容量
artificial intelligence investment = 人工智能投资
industrial robot sales = 工业机器人销量
patent applications = 专利申请
foreign exchange reserves = 外汇储备
solar panel production = 太阳能电池板产量
fertiliser exports = 化肥出口
pork prices = 猪肉价格
air passenger numbers = 航空客运量
software exports = 软件出口
military spending = 军费开支
`);
