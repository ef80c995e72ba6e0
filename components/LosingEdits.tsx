import type { Annotation } from '../lib/schema';
import { useT } from './i18n-context';

/** The edits that lost a sync conflict, kept on the annotation until the reader dismisses them. */
export function LosingEdits({ annotation, onDismiss }: { annotation: Annotation; onDismiss: () => void }) {
  const t = useT();
  if (!annotation.conflicts?.length) return null;
  return (
    <div class="ct-conflicts" data-testid="note-conflicts">
      {annotation.conflicts.map((edit) => (
        <p key={edit.revision}>
          {t('noteConflict', [new Date(edit.modified).toLocaleString()])} <q>{edit.body.note}</q> {edit.body.tags.join(', ')}
        </p>
      ))}
      <button type="button" data-testid="dismiss-conflicts" onClick={onDismiss}>{t('noteConflictDismiss')}</button>
    </div>
  );
}
