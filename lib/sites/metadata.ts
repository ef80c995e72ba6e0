/** Reading article metadata from a page: meta tags, JSON-LD, and dates in the sites' formats. */

/** The first non-empty text of the elements matched by `selectors`, white space collapsed. */
export function firstText(doc: Document | Element, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

/** The `content` of the first matching meta element. */
export function metaContent(doc: Document, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/** The first JSON-LD object of one of `types` (NewsArticle, …), or `undefined`; bad JSON is skipped. */
export function jsonLdOfType(doc: Document, types: readonly string[]): Record<string, unknown> | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed = JSON.parse(script.textContent ?? '') as unknown;
      for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
        const type = (item as { '@type'?: unknown } | null)?.['@type'];
        if ([type].flat().some((t) => typeof t === 'string' && types.includes(t))) return item as Record<string, unknown>;
      }
    } catch {
      continue;
    }
  }
  return undefined;
}

/** An ISO date-time with offset from anything `Date` parses, or `undefined`. */
export function toIso(value: string | number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2}):(\d{2}))?/;
const NUMERIC_DATE = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * A date written in China time, as the Chinese sites print it (`2025年3月1日 10:00`,
 * `2025-01-02 08:00:00`), as ISO UTC. Sites print no offset; they mean Asia/Shanghai (UTC+8).
 */
export function chinaTimeToIso(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = CHINESE_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return toIso(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 8, Number(mi), Number(s)));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Global Times' `Published: Dec 02, 2024 10:18 PM` (China time) as ISO UTC. */
export function globalTimesDateToIso(text: string | undefined): string | undefined {
  const match = /([A-Za-z]{3})\w*\s+(\d{1,2}),\s*(\d{4})\s+(\d{1,2}):(\d{2})\s*([AP]M)/i.exec(text ?? '');
  if (!match) return undefined;
  const [, mon, d, y, h, mi, half] = match;
  const month = MONTHS.indexOf(mon!.toLowerCase());
  if (month < 0) return undefined;
  const hour = (Number(h) % 12) + (half!.toUpperCase() === 'PM' ? 12 : 0);
  return toIso(Date.UTC(Number(y), month, Number(d), hour - 8, Number(mi)));
}
