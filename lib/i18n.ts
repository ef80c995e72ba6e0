/**
 * UI strings live in public/_locales/<locale>/messages.json (WebExtension i18n). Components get a
 * `Translate` function: in the extension it is `browser.i18n.getMessage`; in tests and the CLI it
 * is built from the same files with `createTranslator`, so tests see the real strings.
 */

/** Looks up a UI string, filling its placeholders from the positional substitutions. */
export type Translate = (key: string, substitutions?: readonly (string | number)[]) => string;

/** The shape of a messages.json file. */
export type LocaleMessages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * A translator over one locale's messages with the browsers' rules: named placeholders
 * (`$COUNT$`, case-insensitive) whose content may be a positional substitution (`$1`), and the
 * `$$` escape. An unknown key gives the empty string, as `i18n.getMessage` does.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const positional = (text: string) =>
      text.replace(/\$\$|\$([1-9])/g, (_token, digit: string | undefined) =>
        digit === undefined ? '$' : String(substitutions[Number(digit) - 1] ?? ''),
      );
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), positional(content)]),
    );
    return entry.message
      .split(/(\$[A-Za-z0-9_@]+\$|\$\$)/)
      .map((part) => {
        if (part === '$$') return '$';
        const name = /^\$([A-Za-z0-9_@]+)\$$/.exec(part)?.[1];
        return name === undefined ? part : (placeholders.get(name.toLowerCase()) ?? '');
      })
      .join('');
  };
}
