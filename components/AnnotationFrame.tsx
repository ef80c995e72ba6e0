import { useEffect, useRef } from 'preact/hooks';
import type { Result } from '../lib/result';
import type { AnnotationBody, EditorSession } from '../lib/schema';
import { AnnotationEditor } from './AnnotationEditor';
import { useT } from './i18n-context';

interface Props {
  /** What the frame edits; `null` when its tab's card has nothing for it; `undefined` while asked. */
  session: EditorSession | null | undefined;
  /** Why the session could not be read, if it could not. */
  error?: string;
  onSave: (id: string, body: AnnotationBody) => Promise<Result<unknown>>;
  onDelete: (id: string) => Promise<Result<unknown>>;
  /** The reader pressed Esc: the card closes and focus goes back to the highlight. */
  onClose: () => void;
}

/**
 * The editors of a card's annotations, as the editor frame inside the page's card shows them:
 * one per annotation, in the card's colours. Esc anywhere in it closes the card. The annotation
 * just created takes the keyboard: by script, since browsers ignore `autofocus` in a frame of
 * another origin than the page's.
 */
export function AnnotationFrame({ session, error, onSave, onDelete, onClose }: Props) {
  const t = useT();
  const root = useRef<HTMLElement>(null);
  const focusId = session?.focusId;
  useEffect(() => {
    if (!focusId) return undefined;
    const field = () => root.current?.querySelector<HTMLTextAreaElement>(`[id="ct-note-${focusId}-text"]`);
    field()?.focus();
    // The frame gets the page's focus only once the card hands it over: then the field again.
    const onFocus = () => {
      if (document.activeElement === document.body) field()?.focus();
    };
    addEventListener('focus', onFocus);
    return () => removeEventListener('focus', onFocus);
  }, [focusId]);
  const status = error ?? (session === null || session?.annotations.length === 0 ? t('noteFrameEmpty') : undefined);
  return (
    <div data-scheme={session?.scheme ?? 'light'}>
      <main
        ref={root}
        class="ct-frame-page"
        data-testid="annotation-frame"
        aria-label={t('noteFrameTitle')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        {session?.annotations.map((annotation) => (
          <AnnotationEditor key={annotation.id} annotation={annotation} tags={session.tags} onSave={(body) => onSave(annotation.id, body)} onDelete={() => onDelete(annotation.id)} />
        ))}
        {status !== undefined && <p role="status" data-testid="note-frame-status">{status}</p>}
      </main>
    </div>
  );
}
