/**
 * The hover card's styles, inside its shadow root only, and its editor frame's (the same look on
 * both sides of the frame). Written compact, with the colours as custom properties set once per
 * scheme: they ship in every news page. Light and dark follow the page.
 */
export const CARD_STYLES = `
:host{all:initial}
div{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif}
.ct-card,.ct-frame-page{--b:#fff;--f:#1f2328;--l:#d0d7de;--s:#d8dee4;--m:#57606a;--a:#0969da;--y:#7d4e00;--yb:#fff8c5;--u:#0550ae;--ub:#ddf4ff;--o:#1a7f37;--ob:#dafbe1;--r:#cf222e;color-scheme:light}
[data-scheme=dark] .ct-card,[data-scheme=dark] .ct-frame-page{--b:#1c2128;--f:#e6edf3;--l:#444c56;--s:#373e47;--m:#adbac7;--a:#6cb6ff;--y:#f2cc60;--yb:#3b2e00;--u:#9ecbff;--ub:#0c2d6b;--o:#7ee787;--ob:#04260f;--r:#ff7b72;color-scheme:dark}
.ct-card{box-sizing:border-box;background:var(--b);color:var(--f);border:1px solid var(--l);border-radius:8px;box-shadow:0 8px 24px #0003;padding:10px 12px;max-height:60vh;overflow:auto}
.ct-frame{display:block;box-sizing:border-box;width:100%;border:0;margin:0;background:var(--b)}
.ct-frame-page{background:var(--b);color:var(--f)}
.ct-card-header{display:flex;align-items:center;justify-content:space-between;gap:8px}
h2{font-size:13px;font-weight:600;margin:0}
button{font:inherit;color:inherit;cursor:pointer;background:none;border:1px solid var(--m);border-radius:5px;padding:2px 10px}
.ct-close{font-size:18px;line-height:1;border:0;padding:2px 6px}
:focus-visible{outline:2px solid var(--a);outline-offset:1px}
.ct-card-list{list-style:none;margin:8px 0 0;padding:0}
li,.ct-note{border-top:1px solid var(--s);padding:8px 0}
.ct-quote{margin:0 0 4px}
.ct-meta{margin:0;font-size:12px;display:flex;flex-wrap:wrap;gap:4px 8px;align-items:center;color:var(--m)}
a{color:var(--a)}
.ct-badge{border-radius:10px;padding:0 6px;font-size:11px;border:1px solid}
.ct-same{color:var(--y);background:var(--yb)}
.ct-supports{color:var(--u);background:var(--ub)}
.ct-origin{color:var(--o);background:var(--ob)}
.ct-note{display:grid;gap:4px;margin-top:8px}
label{font-size:12px;font-weight:600}
textarea,input,select{font:inherit;color:inherit;background:none;border:1px solid var(--m);border-radius:4px;padding:3px 5px}
.ct-note-actions{display:flex;gap:6px}
.ct-annotate{margin-top:8px}
.ct-danger{border-color:var(--r);color:var(--r)}
.ct-note p{margin:0;font-size:12px}
`;
