/**
 * The card's annotation editor, as a frame of ClaimTrail's own page (annotate-frame.html). Key
 * and input events are composed: typed into the card's closed shadow root they still reach the
 * page's listeners, retargeted to the host, so a page could read a note key by key. A frame of
 * another origin keeps its events to itself. The content script only opens an editor for ids
 * (`openEditor`); the frame reads and writes the annotations through the background, and its
 * size, readiness and Esc come back through the background, keyed by tab — not by postMessage,
 * which the page could send too and would see.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n-context';
import type { Result } from '../../lib/result';
import type { CardScheme, EditorFrameMessage } from '../../lib/schema';

/** The frame's first height, near the editor's own, until the frame says how tall it is. */
const FIRST_HEIGHT = 236;
const MAX_HEIGHT = 4000;

/** Opens an editor for annotation ids in the background; answers its session id. */
export type OpenEditor = (ids: string[], focusId: string | undefined, scheme: CardScheme) => Promise<Result<{ session: string }>>;

/** The card's editor frame: which session it shows, and what its events do to the card. */
export class EditorFrames {
  readonly #open: OpenEditor;
  readonly #onResize: () => void;
  readonly #onClose: () => void;
  #current: { session: string; frame: HTMLIFrameElement; focus: boolean } | undefined;

  /** `onResize`: the card places itself again; `onClose`: the reader is done (Esc in the frame). */
  constructor(open: OpenEditor, onResize: () => void, onClose: () => void) {
    this.#open = open;
    this.#onResize = onResize;
    this.#onClose = onClose;
  }

  open: OpenEditor = (ids, focusId, scheme) => this.#open(ids, focusId, scheme);

  /** The frame of `session` is in the card; `focus`: give it the keyboard once it is drawn. */
  attach(session: string, frame: HTMLIFrameElement, focus: boolean): void {
    if (this.#current?.session === session) this.#current.frame = frame;
    else this.#current = { session, frame, focus };
  }

  detach(session: string): void {
    if (this.#current?.session === session) this.#current = undefined;
  }

  /**
   * An event of the frame, passed on by the background; false for a frame no longer shown (a
   * closed card's, or a frame the page embedded itself, which never learns the session).
   */
  handle({ session, event }: EditorFrameMessage): boolean {
    const current = this.#current;
    if (!current || current.session !== session) return false;
    if (event.kind === 'close') {
      this.#onClose();
      return true;
    }
    current.frame.style.height = `${Math.min(Math.max(Math.round(event.height), 0), MAX_HEIGHT)}px`;
    this.#onResize();
    if (event.kind === 'ready' && current.focus) {
      current.focus = false;
      // The frame focused its note field; the page's focus must move into the frame for it to count.
      current.frame.focus();
    }
    return true;
  }
}

interface Props {
  ids: string[];
  /** The annotation just created: its note field takes the keyboard. */
  focusId?: string;
  scheme: CardScheme;
  frames: EditorFrames;
}

const FRAME_URL = () => browser.runtime.getURL('/annotate-frame.html');

/**
 * The editor of a card's annotations. Give it `key={ids}`: other annotations need another session,
 * and a kept frame (same ids, the card drawn again after a save) keeps what the reader typed.
 */
export function NoteFrame({ ids, focusId, scheme, frames }: Props) {
  const t = useT();
  const [session, setSession] = useState<string>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    let live = true;
    void frames.open(ids, focusId, scheme).then((answer) => {
      if (!live) return;
      if (answer.ok) setSession(answer.value.session);
      else setFailed(answer.error.message);
    });
    return () => {
      live = false;
    };
  }, []);
  const attach = useCallback(
    (frame: HTMLIFrameElement | null) => {
      if (!session) return;
      if (frame) frames.attach(session, frame, focusId !== undefined);
      else frames.detach(session);
    },
    [session],
  );
  if (failed) return <p class="ct-frame-failed" role="status">{failed}</p>;
  if (!session) return null;
  return <iframe ref={attach} class="ct-frame" src={FRAME_URL()} title={t('noteFrameTitle')} style={{ height: `${FIRST_HEIGHT}px` }} />;
}
