import type { CardScheme } from '../../lib/schema';

/**
 * Whether the page paints itself dark or light: its own background, not the system's preference
 * (a dark news page on a light system is dark). Transparent backgrounds fall back to the system's.
 */
export function pageScheme(): CardScheme {
  const colour = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
