/**
 * The extension's fixed Firefox id: storage.sync, temporary installs and updates are keyed on it,
 * so it must never change once published.
 */
export const GECKO_ID = 'claimtrail@claimtrail.dev';
