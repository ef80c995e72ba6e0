/**
 * Match patterns for the five supported sites, shared by the manifest's host permissions and the
 * content script's `matches`, so the two can never drift apart. `*://*.example.com/*` also matches
 * example.com itself. FT Chinese mirrors are from ../shared/sites.md §2 (hosts in FT Chinese's own
 * templates).
 */
const patternsFor = (domains: readonly string[]): string[] => domains.map((domain) => `*://*.${domain}/*`);

export const siteDomains = {
  ft: ['ft.com'],
  ftchinese: ['ftchinese.com', 'ftacademy.cn', 'chineseft.com', 'chineseft.net', 'ftchineselive.com'],
  globaltimes: ['globaltimes.cn'],
  huanqiu: ['huanqiu.com'],
  netease: ['163.com'],
} as const;

/** Every host pattern the extension may read; no `<all_urls>`. */
export const hostPermissions: string[] = patternsFor(Object.values(siteDomains).flat());
