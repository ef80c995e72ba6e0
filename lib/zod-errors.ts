import type { z } from 'zod';

/** How many problems an error message lists before it summarises the rest. */
const MAX_LISTED = 12;

/**
 * A Zod error as one readable line per problem, each led by its field path in the form readers of
 * a JSON file know: `articles[3].passages[2].end: past the end of the article text`.
 */
export function describeZodError(error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_LISTED).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const rest = error.issues.length - MAX_LISTED;
  if (rest > 0) lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** `['articles', 3, 'title']` → `articles[3].title`; the empty path is the whole value, `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
