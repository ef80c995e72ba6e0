/**
 * A hostile news page for the privacy tests: the seed repost with a script of the page's own that
 * runs before ClaimTrail's content script and tries to learn what the reader writes and marks —
 * every keyboard, input and composition event on window and document (capture phase, so nothing
 * stops it first), every message posted to the window, and the contents of the page's
 * `CSS.highlights` registry, read every 50 ms.
 */

/** What the hostile script recorded. */
export interface HostileLog {
  events: { type: string; key: string | null; data: string | null; target: string }[];
  /** Highlight names seen in `CSS.highlights`, and the text of every range in them. */
  highlightNames: string[];
  highlightTexts: string[];
  /** `message` events posted to the page's window, as JSON. */
  messages: string[];
  scans: number;
}

/** The hostile script. Self-contained: it is written into the page as text. */
export function hostileScript(): void {
  const log: HostileLog = { events: [], highlightNames: [], highlightTexts: [], messages: [], scans: 0 };
  const record = (event: Event) => {
    const key = 'key' in event ? String((event as KeyboardEvent).key) : null;
    const data = 'data' in event && (event as InputEvent).data !== null ? String((event as InputEvent).data) : null;
    const target = event.target as (Node & { value?: unknown }) | null;
    const value = target && typeof target.value === 'string' ? target.value : null;
    log.events.push({ type: event.type, key, data: data ?? value, target: target?.nodeName ?? '' });
  };
  for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'textInput']) {
    window.addEventListener(type, record, true);
    document.addEventListener(type, record, true);
  }
  window.addEventListener('message', (event) => log.messages.push(JSON.stringify(event.data) ?? ''), true);
  const scan = () => {
    log.scans += 1;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.forEach((highlight, name) => {
      if (!log.highlightNames.includes(name)) log.highlightNames.push(name);
      highlight.forEach((range) => {
        const text = range.toString();
        if (!log.highlightTexts.includes(text)) log.highlightTexts.push(text);
      });
    });
  };
  setInterval(scan, 50);
  Object.assign(window, { hostileLog: log, hostileScan: () => (scan(), log) });
}

/** `html` with the hostile script as the first thing its head runs. */
export function withHostileScript(html: string): string {
  const at = html.indexOf('<head>');
  if (at < 0) throw new Error('the page has no <head>');
  const script = `<script>(${hostileScript.toString()})();</script>`;
  return `${html.slice(0, at + 6)}\n${script}${html.slice(at + 6)}`;
}

/** Runs in the hostile page: scans once more and answers the whole log. */
export function readHostileLog(): HostileLog {
  return (window as unknown as { hostileScan: () => HostileLog }).hostileScan();
}

/** Runs in the hostile page: how many events it has recorded so far. */
export function hostileEventCount(): number {
  return (window as unknown as { hostileLog: HostileLog }).hostileLog.events.length;
}
