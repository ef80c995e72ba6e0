// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ok } from '../lib/result';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { AnnotationTransfer } from './AnnotationTransfer';

describe('AnnotationTransfer', () => {
  it('exports, and reports an import with each rejected item and its reason', async () => {
    const importFile = async () => ok({ written: 3, unchanged: 1, rejected: ['annotation 5: target.selector[0].exact: Too small'] });
    const { getByTestId, getByText, container } = renderWithI18n(<AnnotationTransfer exportFile={async () => ok(4)} importFile={importFile} />);
    fireEvent.click(getByTestId('annotations-export'));
    await waitFor(() => getByText('Exported 4 annotations.'));
    fireEvent.change(getByTestId('annotations-import'), { target: { files: [new File(['{}'], 'a.jsonld')] } });
    await waitFor(() => expect(getByTestId('annotations-import-report').textContent).toContain('Imported 3 annotations (1 already here); 1 rejected.annotation 5: target.selector[0].exact'));
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});
