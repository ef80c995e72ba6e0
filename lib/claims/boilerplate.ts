/**
 * Lines that are not the article's claims. Some are dropped (disclaimers, copyright, page chrome,
 * photo credits); some say where the text came from and are kept as the article's source lines
 * (sites.md §6). Matched after NFKC and traditional → simplified, because mirrors and reposts
 * convert the whole page, boilerplate included.
 */
import { isDebrisOnly, stripDebris } from '../text/debris';
import { normalizeKey } from '../text/normalize';
import { toSimplified } from '../text/script';

/** `end`: the body is over (a copyright line or disclaimer that always follows it); later lines are teasers. */
export type LineRole = 'claim' | 'source' | 'drop' | 'end';

const END: readonly RegExp[] = [
  /^版权声明:?本文版权归ft中文网所有/, // always right after an FT Chinese story; recommendations follow
  /^特别声明:?以上内容/, // NetEase Hao disclaimer closes the post
];

const DROP: readonly RegExp[] = [
  /^notice: the content above \(including the pictures/,
  /中文内容为ai翻译|中文为机器翻译,?仅供参考|本文内容为ai翻译/,
  /^您已阅读\d+%/, // FT Chinese paywall hint
  /^(登录|设置字号|分享)\s?×/, // FT Chinese overlays, as they appear in copied page text
  /^(电子邮件\/用户名|密码|记住我)$|^请输入(邮箱|手机号码)|^请您阅读我们的用户注册协议/,
  /^(最小|较小|默认|较大|最大)$/, // FT Chinese font-size panel
  /^\d{1,2}:\d{2}$/, // audio player time
  /^打开网易新闻/, // NetEase mobile open-app labels
  /^©\s?\d{4}-\d{4}\s?网易/,
  /\bphoto: ?(vcg|ic|cfp|xinhua|afp|cnsphoto|ap|reuters|getty images)\b|\bphoto: [^.]{1,60}\/gt\b/,
  /^(recommended|unlock the editor's digest for free)\b/,
];

const SOURCE: readonly RegExp[] = [
  /^(source|original|statement|newspaper headline)\s?:/,
  /^the author is\b/,
  /^global times$/,
  /^(本文)?来源[:：]/,
  /^(责任编辑|责编|作者|文字记者|海报设计|编辑)[:：]/,
  /^[(（]?译者[/／]/,
  // A self-media post opens with its "original" badge run into the account name: 原创耿直哥.
  /^原创\S{0,20}$/,
];

/** What a line (a block of text, or one sentence) is, for passages. */
export function lineRole(line: string): LineRole {
  if (isDebrisOnly(line)) return 'drop';
  // Every pattern is decided within a line's first 240 characters, and every Chinese one within
  // its first 48: converting only those keeps this cheap on every sentence of a long article.
  const normalized = normalizeKey(stripDebris(line.slice(0, 240)));
  const key = toSimplified(normalized.slice(0, 48)) + normalized.slice(48);
  if (key === '') return 'drop';
  if (END.some((pattern) => pattern.test(key))) return 'end';
  if (DROP.some((pattern) => pattern.test(key))) return 'drop';
  if (SOURCE.some((pattern) => pattern.test(key))) return 'source';
  return 'claim';
}

/**
 * Sorts a page's blocks by role, in order: the claim blocks (up to an end-of-body marker, after
 * which come teasers) and the source lines. Dropped lines go.
 */
export function sortBlocks<T>(blocks: readonly T[], textOf: (block: T) => string): { claims: T[]; sourceLines: string[] } {
  const claims: T[] = [];
  const sourceLines: string[] = [];
  for (const block of blocks) {
    const text = textOf(block);
    const role = lineRole(text);
    if (role === 'end') break;
    if (role === 'source') sourceLines.push(text);
    if (role === 'claim') claims.push(block);
  }
  return { claims, sourceLines };
}
