import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach } from 'vitest';
import { I18nContext } from '../components/i18n-context';
import { createTranslator, type LocaleMessages, type Translate } from '../lib/i18n';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** The real translator of a locale, read from public/_locales. */
export function translatorFor(locale: 'en' | 'zh_CN'): Translate {
  const path = join(import.meta.dirname, '..', 'public', '_locales', locale, 'messages.json');
  return createTranslator(JSON.parse(readFileSync(path, 'utf8')) as LocaleMessages);
}

/** Renders a component with the real UI strings of `locale`. */
export function renderWithI18n(ui: ComponentChild, locale: 'en' | 'zh_CN' = 'en') {
  return render(<I18nContext.Provider value={translatorFor(locale)}>{ui}</I18nContext.Provider>);
}

/**
 * axe-core's violations for the rendered document. Colour contrast needs real layout, which a
 * DOM emulator does not have; it is checked in the browser screenshots instead.
 */
export async function accessibilityViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
