import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../lib/result';
import type { Annotation, AnnotationBody } from '../lib/schema';
import { useT } from './i18n-context';

interface Props {
  annotation: Annotation;
  /** Tags in use, offered as the reader types. */
  tags: readonly string[];
  onSave: (body: AnnotationBody) => Promise<Result<unknown>>;
  onDelete: () => Promise<Result<unknown>>;
  /** Shown above the buttons (the side panel puts the edits kept from a conflict there). */
  children?: ComponentChildren;
  /** Focus the note field when shown (a new annotation). */
  autoFocus?: boolean;
}

/** Edits one annotation: note, tags, verdict; deletes it in two steps. */
export function AnnotationEditor({ annotation, tags, onSave, onDelete, autoFocus = false, children }: Props) {
  const t = useT();
  const [body, setBody] = useState<AnnotationBody>(annotation.body);
  const [tagText, setTagText] = useState(annotation.body.tags.join(', '));
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  // An edit from elsewhere (the side panel, another browser through sync) shows at once.
  useEffect(() => {
    setBody(annotation.body);
    setTagText(annotation.body.tags.join(', '));
  }, [annotation.revision]);
  const id = `ct-note-${annotation.id}`;
  const verdicts: [NonNullable<AnnotationBody['verdict']>, string][] = [
    ['accurate', t('verdictAccurate')],
    ['misleading', t('verdictMisleading')],
    ['misattributed', t('verdictMisattributed')],
    ['unverified', t('verdictUnverified')],
    ['custom', t('verdictCustom')],
  ];
  const report = (result: Result<unknown>, done: string) => setStatus(result.ok ? done : t('noteFailed', [result.error.message]));
  const save = async (event: Event) => {
    event.preventDefault();
    const parsedTags = [...new Set(tagText.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))];
    const { verdict, verdictLabel, ...rest } = body;
    const next: AnnotationBody = { ...rest, tags: parsedTags, ...(verdict ? { verdict } : {}), ...(verdict === 'custom' && verdictLabel ? { verdictLabel } : {}) };
    report(await onSave(next), t('noteSaved'));
  };
  return (
    <form class="ct-note" data-testid="annotation-editor" onSubmit={save}>
      <label for={`${id}-text`}>{t('noteLabel')}</label>
      <textarea id={`${id}-text`} data-testid="note-text" rows={3} autoFocus={autoFocus} value={body.note} onInput={(e) => setBody({ ...body, note: e.currentTarget.value })} />
      <label for={`${id}-tags`}>{t('tagsLabel')}</label>
      <input id={`${id}-tags`} data-testid="note-tags" list={`${id}-known`} value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} />
      <datalist id={`${id}-known`}>{tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
      <label for={`${id}-verdict`}>{t('verdictLabel')}</label>
      <select id={`${id}-verdict`} data-testid="note-verdict" value={body.verdict ?? ''} onChange={(e) => setBody({ ...body, verdict: (e.currentTarget.value || undefined) as AnnotationBody['verdict'] })}>
        <option value="">{t('verdictNone')}</option>
        {verdicts.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
      </select>
      {body.verdict === 'custom' && (
        <>
          <label for={`${id}-own`}>{t('verdictCustomLabel')}</label>
          <input id={`${id}-own`} data-testid="note-own-verdict" maxLength={64} value={body.verdictLabel ?? ''} onInput={(e) => setBody({ ...body, verdictLabel: e.currentTarget.value })} />
        </>
      )}
      {children}
      <div class="ct-note-actions">
        <button type="submit" data-testid="note-save">{t('noteSave')}</button>
        {confirming ? (
          <button type="button" class="ct-danger" data-testid="note-confirm-delete" onClick={async () => report(await onDelete(), '')}>{t('noteConfirmDelete')}</button>
        ) : (
          <button type="button" data-testid="note-delete" onClick={() => setConfirming(true)}>{t('noteDelete')}</button>
        )}
      </div>
      <p role="status" data-testid="note-status">{status}</p>
    </form>
  );
}
