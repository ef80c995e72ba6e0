/**
 * The extension's fixed Firefox id: storage.sync, temporary installs and updates are keyed on it,
 * so it must never change once published.
 */
export const GECKO_ID = 'claimtrail@claimtrail.dev';

/** The keyboard command that tracks the article in the active tab (declared in wxt.config.ts). */
export const TRACK_COMMAND = 'track-article';

/** The keyboard command that annotates the selection in the active tab. */
export const ANNOTATE_COMMAND = 'annotate-selection';

/** The context-menu item that annotates the selection. */
export const ANNOTATE_MENU = 'claimtrail-annotate';
