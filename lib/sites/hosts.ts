/**
 * Match patterns for the five supported sites, shared by the manifest's host permissions and the
 * content script's `matches`, so the two can never drift apart. FT Chinese mirrors are from
 * ../shared/sites.md §2 (hosts seen in FT Chinese's own templates).
 */
export const ftHosts = ['*://ft.com/*', '*://*.ft.com/*'] as const;

export const ftChineseHosts = [
  '*://ftchinese.com/*',
  '*://*.ftchinese.com/*',
  '*://*.ftacademy.cn/*',
  '*://*.chineseft.com/*',
  '*://*.chineseft.net/*',
  '*://*.ftchineselive.com/*',
] as const;

export const globalTimesHosts = ['*://globaltimes.cn/*', '*://*.globaltimes.cn/*'] as const;

export const huanqiuHosts = ['*://huanqiu.com/*', '*://*.huanqiu.com/*'] as const;

export const neteaseHosts = ['*://163.com/*', '*://*.163.com/*'] as const;

/** Every host pattern the extension may read; no `<all_urls>`. */
export const hostPermissions: string[] = [
  ...ftHosts,
  ...ftChineseHosts,
  ...globalTimesHosts,
  ...huanqiuHosts,
  ...neteaseHosts,
];
