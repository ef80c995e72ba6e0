/** The hover card's styles, inside its shadow root only. Light and dark follow the page. */
export const CARD_STYLES = `
:host { all: initial; }
div { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
.ct-card { box-sizing: border-box; background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; max-height: 60vh; overflow: auto; }
[data-scheme="dark"] .ct-card { background: #1c2128; color: #e6edf3; border-color: #444c56; }
.ct-card-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 13px; font-weight: 600; margin: 0; }
.ct-close { font: inherit; font-size: 18px; line-height: 1; border: 0; background: none; color: inherit; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.ct-close:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.ct-card-list { list-style: none; margin: 8px 0 0; padding: 0; }
.ct-card-list li { padding: 8px 0; border-top: 1px solid #d8dee4; }
[data-scheme="dark"] .ct-card-list li { border-top-color: #373e47; }
.ct-quote { margin: 0 0 4px; }
.ct-meta { margin: 0; font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; color: #57606a; }
[data-scheme="dark"] .ct-meta { color: #adbac7; }
.ct-meta a { color: #0969da; }
[data-scheme="dark"] .ct-meta a { color: #6cb6ff; }
.ct-badge { border-radius: 10px; padding: 0 6px; font-size: 11px; border: 1px solid currentColor; }
.ct-same { color: #7d4e00; background: #fff8c5; }
.ct-supports { color: #0550ae; background: #ddf4ff; }
.ct-origin { color: #1a7f37; background: #dafbe1; }
[data-scheme="dark"] .ct-same { color: #f2cc60; background: #3b2e00; }
[data-scheme="dark"] .ct-supports { color: #9ecbff; background: #0c2d6b; }
[data-scheme="dark"] .ct-origin { color: #7ee787; background: #04260f; }
`;
