/**
 * The annotation editor frame: an extension page the content script frames inside the page's
 * card (see entrypoints/content/note-frame.tsx for why). Unlisted, and web-accessible on the
 * supported sites only (wxt.config.ts).
 */
import { CARD_STYLES } from '../../components/card-styles';
import { mountPage } from '../../platform/mount';
import { App } from './App';

// The card's own look, so the frame cannot be told apart from the card around it; no margins,
// so the frame's height is its content's.
const style = document.createElement('style');
style.textContent = `${CARD_STYLES}\nhtml,body{margin:0;background:transparent}\n.ct-frame-page{display:flow-root}`;
document.head.append(style);
mountPage(<App />);
