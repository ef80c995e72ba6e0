import { ft } from './ft';
import { ftchinese } from './ftchinese';
import { globaltimes } from './globaltimes';
import { huanqiu } from './huanqiu';
import { netease } from './netease';
import type { SiteAdapter } from './site-adapter';
import { toUrl } from '../url';

export type { SiteAdapter, SiteId } from './site-adapter';

/** Every site adapter, in no particular order: their domains do not overlap. */
export const siteAdapters: readonly SiteAdapter[] = [ft, ftchinese, globaltimes, huanqiu, netease];

/**
 * The adapter for a page, or `undefined` when no supported site serves it (then nothing runs).
 * Accepts a string so callers need not guard `new URL`: an unparsable URL has no adapter.
 */
export function pickSite(url: string | URL): SiteAdapter | undefined {
  const parsed = toUrl(url);
  return parsed ? siteAdapters.find((site) => site.matches(parsed)) : undefined;
}
