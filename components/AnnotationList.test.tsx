// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../lib/result';
import type { Annotation, PageAnnotations } from '../lib/schema';
import { draftAnnotation, uuid } from '../tests/annotations';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { AnnotationList } from './AnnotationList';

const at = '2026-03-01T10:00:00.000Z';
const note = (n: number, exact: string, extra: Partial<Annotation> = {}): Annotation => ({ id: uuid(n), type: 'Annotation', ...draftAnnotation(undefined, exact, `note ${n}`), created: at, modified: at, deleted: false, revision: `1-0000000000000${n}aa`, ...extra });
const conflicted = note(2, 'in performance', { conflicts: [{ body: { note: 'the other device’s note', tags: ['ft'] }, modified: at, revision: '2-00000000000000bb' }] });
const view: PageAnnotations = {
  canonicalUrl: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html',
  placed: [
    { status: 'anchored', annotation: note(1, 'the open models overtook', { passageId: 'a_0123456789abcdef:3' }), start: 10, end: 34 },
    { status: 'anchored', annotation: conflicted, start: 40, end: 54 },
    { status: 'orphan', annotation: note(3, 'a sentence the page no longer has') },
  ],
  tags: ['ai'],
};

describe('AnnotationList', () => {
  it('lists the annotations in reading order, orphans last with their quote, and the edits a conflict kept', async () => {
    const onDismiss = vi.fn(async () => ok(undefined));
    const { getAllByTestId, getByTestId, container } = renderWithI18n(<AnnotationList view={view} locale="en" onSave={async () => ok(undefined)} onDelete={async () => ok(undefined)} onDismissConflicts={onDismiss} />);
    const items = getAllByTestId('annotation');
    expect(items.map((li) => li.dataset['status'])).toEqual(['anchored', 'anchored', 'orphan']);
    expect(items[0]!.textContent).toContain('Linked to a tracked claim');
    expect(items[2]!.querySelector('blockquote')!.textContent).toBe('a sentence the page no longer has');
    expect(getByTestId('orphan-note').textContent).toContain('Not found in the page');
    expect(getByTestId('note-conflicts').textContent).toContain('the other device’s note');
    fireEvent.click(getByTestId('dismiss-conflicts'));
    await waitFor(() => expect(onDismiss).toHaveBeenCalledWith(uuid(2)));
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('says how to annotate when there is nothing yet, and nothing at all without an article', () => {
    const { getByTestId } = renderWithI18n(<AnnotationList view={{ ...view, placed: [] }} locale="en" onSave={async () => ok(undefined)} onDelete={async () => ok(undefined)} onDismissConflicts={async () => ok(undefined)} />);
    expect(getByTestId('annotation-list').textContent).toContain('Select text in the page and choose Annotate.');
    const none = renderWithI18n(<AnnotationList view={null} locale="en" onSave={async () => ok(undefined)} onDelete={async () => ok(undefined)} onDismissConflicts={async () => ok(undefined)} />);
    expect(none.container.textContent).toBe('');
  });
});
