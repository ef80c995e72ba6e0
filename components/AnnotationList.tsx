import type { Result } from '../lib/result';
import type { AnnotationBody, PageAnnotations } from '../lib/schema';
import { AnnotationEditor } from './AnnotationEditor';
import { useT } from './i18n-context';
import { LosingEdits } from './LosingEdits';

interface Props {
  /** The tab's annotations placed in its text; `null` when no article is read there. */
  view: PageAnnotations | null;
  locale: string;
  onSave: (id: string, body: AnnotationBody) => Promise<Result<unknown>>;
  onDelete: (id: string) => Promise<Result<unknown>>;
  onDismissConflicts: (id: string) => Promise<Result<unknown>>;
}

/**
 * The side panel's list of the reader's annotations on this article, in reading order; orphans
 * (their text is no longer found) last, with their quote struck through, never dropped.
 */
export function AnnotationList({ view, locale, onSave, onDelete, onDismissConflicts }: Props) {
  const t = useT();
  if (!view) return null;
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="ct-annotations-heading" data-testid="annotation-list">
      <h2 id="ct-annotations-heading">{t('annotationsHeading')}</h2>
      {view.placed.length === 0 && <p>{t('annotationsNone')}</p>}
      <ul class="ct-claims">
        {view.placed.map(({ status, annotation }) => (
          <li key={annotation.id} data-testid="annotation" data-status={status}>
            <blockquote class={status === 'orphan' ? 'ct-orphan' : 'ct-quote'}>{annotation.target.selector[0].exact}</blockquote>
            {status === 'orphan' && <p class="ct-verdict" data-testid="orphan-note">{t('annotationOrphan')}</p>}
            <p class="ct-meta">
              {t('annotationMeta', [when(annotation.created), when(annotation.modified)])}
              {annotation.passageId && <> · {t('annotationClaimLink')}</>}
            </p>
            <AnnotationEditor annotation={annotation} tags={view.tags} onSave={(body) => onSave(annotation.id, body)} onDelete={() => onDelete(annotation.id)}>
              <LosingEdits annotation={annotation} onDismiss={() => void onDismissConflicts(annotation.id)} />
            </AnnotationEditor>
          </li>
        ))}
      </ul>
    </section>
  );
}
