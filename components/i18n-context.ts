import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

/** The UI's translator; each entrypoint provides `browser.i18n.getMessage`. */
export const I18nContext = createContext<Translate>((key) => key);

/** The current translator. */
export const useT = (): Translate => useContext(I18nContext);
