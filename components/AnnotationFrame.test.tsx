// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../lib/result';
import type { Annotation, EditorSession } from '../lib/schema';
import { draftAnnotation, uuid } from '../tests/annotations';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { AnnotationFrame } from './AnnotationFrame';

const note = (n: number, text: string): Annotation => ({ id: uuid(n), type: 'Annotation', ...draftAnnotation(undefined, undefined, text), created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z', deleted: false, revision: '1-00000000000000aa' });
const session = (extra: Partial<EditorSession> = {}): EditorSession => ({ session: uuid(0xabc), annotations: [note(1, 'first'), note(2, 'second')], tags: ['ai'], scheme: 'light', ...extra });
const noop = async () => ok(undefined);

describe('AnnotationFrame', () => {
  it('shows one editor per annotation of the card and saves each by its id', async () => {
    const onSave = vi.fn(async () => ok(undefined));
    const { getAllByTestId, container } = renderWithI18n(<AnnotationFrame session={session()} onSave={onSave} onDelete={noop} onClose={() => undefined} />);
    const notes = getAllByTestId('note-text') as HTMLTextAreaElement[];
    expect(notes.map((field) => field.value)).toEqual(['first', 'second']);
    fireEvent.input(notes[1]!, { target: { value: 'changed' } });
    fireEvent.click(getAllByTestId('note-save')[1]!);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(uuid(2), expect.objectContaining({ note: 'changed' })));
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('gives the new annotation’s note field the keyboard, and closes on Escape from any field', () => {
    const onClose = vi.fn();
    const { getAllByTestId } = renderWithI18n(<AnnotationFrame session={session({ focusId: uuid(2) })} onSave={noop} onDelete={noop} onClose={onClose} />);
    expect(document.activeElement).toBe(getAllByTestId('note-text')[1]);
    fireEvent.keyDown(getAllByTestId('note-tags')[0]!, { key: 'Escape' });
    fireEvent.keyDown(getAllByTestId('note-text')[1]!, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('takes the card’s dark scheme', () => {
    const { getByTestId } = renderWithI18n(<AnnotationFrame session={session({ scheme: 'dark' })} onSave={noop} onDelete={noop} onClose={() => undefined} />);
    expect(getByTestId('annotation-frame').parentElement!.dataset['scheme']).toBe('dark');
  });

  it('says so, in the reader’s language, when there is nothing to edit or the background failed', async () => {
    const empty = renderWithI18n(<AnnotationFrame session={null} onSave={noop} onDelete={noop} onClose={() => undefined} />, 'zh_CN');
    expect(empty.getByTestId('note-frame-status').textContent).toContain('没有可编辑的批注');
    expect(empty.queryByTestId('annotation-editor')).toBeNull();
    expect(await accessibilityViolations(empty.container)).toEqual([]);
    empty.unmount();
    const failed = renderWithI18n(<AnnotationFrame session={undefined} error="This page’s article text is not available" onSave={noop} onDelete={noop} onClose={() => undefined} />);
    expect(failed.getByTestId('note-frame-status').textContent).toBe('This page’s article text is not available');
  });

  it('shows nothing while the session is on its way', () => {
    const { queryByTestId } = renderWithI18n(<AnnotationFrame session={undefined} onSave={noop} onDelete={noop} onClose={() => undefined} />);
    expect(queryByTestId('annotation-editor')).toBeNull();
    expect(queryByTestId('note-frame-status')).toBeNull();
  });
});
