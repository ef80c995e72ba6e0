/**
 * The extension's fixed Firefox id: storage.sync, temporary installs and updates are keyed on it,
 * so it must never change once published.
 */
export const GECKO_ID = 'claimtrail@claimtrail.dev';

/** The keyboard command that tracks the article in the active tab (declared in wxt.config.ts). */
export const TRACK_COMMAND = 'track-article';
