import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationFrame } from '../../components/AnnotationFrame';
import { backgroundToFrame, dispatch, isMessageOf } from '../../lib/messages';
import type { AnnotationBody, EditorFrameEvent, EditorSession } from '../../lib/schema';
import { callBackground } from '../../platform/background-client';
import { editorFrameHandlers } from './handlers';

/**
 * What the frame does: asks the background what its tab's card edits (the browser tells the
 * background which tab the frame is in; the page has no say), saves and deletes through it, and
 * tells the card its height and the reader's Esc through it. Nothing here listens to the page:
 * a message posted by the page's scripts would be as trusted as one from the content script.
 */
export function App() {
  const [session, setSession] = useState<EditorSession | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  const shown = useRef<string | undefined>(undefined);

  useEffect(() => {
    const load = async (first: boolean) => {
      const answer = await callBackground('editorSession', {});
      if (!answer.ok) {
        if (first) setError(answer.error.message);
        return;
      }
      const next = answer.value;
      // A refresh that finds nothing (the background restarted) keeps what the reader has in front of them.
      if (!next) {
        if (first) setSession(null);
        return;
      }
      // The card opened another editor: this frame is on its way out.
      if (shown.current !== undefined && next.session !== shown.current) return;
      shown.current = next.session;
      // The keyboard goes to the new note once, not again on every refresh.
      const { focusId, ...rest } = next;
      setSession(first && focusId ? { ...rest, focusId } : rest);
    };
    const handlers = editorFrameHandlers(() => void load(false));
    const onMessage = (message: unknown) => (isMessageOf(backgroundToFrame, message) ? dispatch(backgroundToFrame, handlers, message, undefined) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    void load(true);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  // The frame's root takes the card's scheme: where an iframe's scheme differs from its
  // document's, Chrome paints an opaque backdrop behind the document, white on a dark card.
  const scheme = session?.scheme;
  useEffect(() => {
    if (scheme) document.documentElement.style.colorScheme = scheme;
  }, [scheme]);

  const sessionId = session?.session;
  const tell = (event: EditorFrameEvent) => (sessionId ? void callBackground('editorEvent', { session: sessionId, event }) : undefined);

  // The card sizes the frame to its content: the first size says the frame is drawn (and its
  // note field focused), so the card can hand it the keyboard.
  useEffect(() => {
    const root = document.getElementById('app');
    if (!sessionId || !root) return undefined;
    let drawn = false;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      tell(drawn ? { kind: 'resize', height } : { kind: 'ready', height });
      drawn = true;
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [sessionId]);

  const save = (id: string, body: AnnotationBody) => callBackground('editorSave', { id, body });
  const remove = (id: string) => callBackground('editorDelete', { id });
  return <AnnotationFrame session={session} {...(error ? { error } : {})} onSave={save} onDelete={remove} onClose={() => tell({ kind: 'close' })} />;
}
