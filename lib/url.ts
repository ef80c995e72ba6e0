/** URL helpers that never throw on garbage. */

/** Parses a URL, returning `undefined` instead of throwing on an unparsable string. */
export function toUrl(url: string | URL): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `hostname` is `domain` or one of its subdomains (case-insensitive).
 * @example isOnDomain('m.163.com', '163.com') // true
 * @example isOnDomain('www.ftchinese.com', 'ft.com') // false
 */
export function isOnDomain(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}
