// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../lib/result';
import type { Annotation } from '../lib/schema';
import { draftAnnotation, uuid } from '../tests/annotations';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { AnnotationEditor } from './AnnotationEditor';

const annotation: Annotation = { id: uuid(1), type: 'Annotation', ...draftAnnotation(), created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z', deleted: false, revision: '1-00000000000000aa' };

describe('AnnotationEditor', () => {
  it('saves the note, the tags (split on commas, either width) and the verdict', async () => {
    const onSave = vi.fn(async () => ok(undefined));
    const { getByTestId, container } = renderWithI18n(<AnnotationEditor annotation={annotation} tags={['ai', 'ft']} onSave={onSave} onDelete={async () => ok(undefined)} />);
    fireEvent.input(getByTestId('note-text'), { target: { value: 'The FT said adoption, not performance.' } });
    fireEvent.input(getByTestId('note-tags'), { target: { value: 'ai， misquote , ai' } });
    fireEvent.change(getByTestId('note-verdict'), { target: { value: 'misattributed' } });
    fireEvent.click(getByTestId('note-save'));
    await waitFor(() => expect(getByTestId('note-status').textContent).toBe('Saved.'));
    expect(onSave).toHaveBeenCalledWith({ note: 'The FT said adoption, not performance.', tags: ['ai', 'misquote'], verdict: 'misattributed' });
    expect([...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['ai', 'ft']);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('takes the reader’s own verdict, and says why a save failed', async () => {
    const onSave = vi.fn(async () => fail('invalidMessage', 'verdictLabel: too long'));
    const { getByTestId } = renderWithI18n(<AnnotationEditor annotation={annotation} tags={[]} onSave={onSave} onDelete={async () => ok(undefined)} />);
    fireEvent.change(getByTestId('note-verdict'), { target: { value: 'custom' } });
    fireEvent.input(getByTestId('note-own-verdict'), { target: { value: 'half true' } });
    fireEvent.click(getByTestId('note-save'));
    await waitFor(() => expect(getByTestId('note-status').textContent).toBe('Not saved: verdictLabel: too long'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'custom', verdictLabel: 'half true' }));
  });

  it('deletes only after a confirmation', async () => {
    const onDelete = vi.fn(async () => ok(undefined));
    const { getByTestId } = renderWithI18n(<AnnotationEditor annotation={annotation} tags={[]} onSave={async () => ok(undefined)} onDelete={onDelete} />, 'zh_CN');
    fireEvent.click(getByTestId('note-delete'));
    expect(onDelete).not.toHaveBeenCalled();
    expect(getByTestId('note-confirm-delete').textContent).toBe('确认删除此批注');
    fireEvent.click(getByTestId('note-confirm-delete'));
    await waitFor(() => expect(onDelete).toHaveBeenCalledOnce());
  });
});
