// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../lib/result';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { BundleImport, type ImportFile } from './BundleImport';

function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('BundleImport', () => {
  it('shows progress while writing, then the report', async () => {
    let finish: (() => void) | undefined;
    const importFile: ImportFile = (_file, onProgress) =>
      new Promise((resolve) => {
        onProgress(250, 600);
        finish = () => resolve(ok({ articlesAdded: 590, articlesReplaced: 10, passages: 1200, annotations: 3 }));
      });
    const view = renderWithI18n(<BundleImport importFile={importFile} />);
    choose(view.getByLabelText('Corpus bundle file (.json)'), new File(['{}'], 'bundle.json'));
    await waitFor(() => expect(view.getByText('Importing: 250 of 600 articles')).toBeTruthy());
    expect((view.container.querySelector('progress') as HTMLProgressElement).value).toBe(250);
    expect(await accessibilityViolations(view.container)).toEqual([]);
    finish?.();
    await waitFor(() => expect(view.getByTestId('import-report').textContent).toBe('Imported 590 new and 10 updated articles, 1200 sentences and 3 annotations.'));
  });

  it('says nothing was imported, and why, when the bundle is rejected', async () => {
    const importFile: ImportFile = async () => fail('invalidBundle', 'The corpus bundle is invalid:\narticles[3].title: Too small');
    const view = renderWithI18n(<BundleImport importFile={importFile} />);
    choose(view.getByLabelText('Corpus bundle file (.json)'), new File(['{}'], 'bundle.json'));
    await waitFor(() => expect(view.getByRole('alert').textContent).toContain('Nothing was imported.'));
    expect(view.getByTestId('import-error').textContent).toContain('articles[3].title: Too small');
    expect(await accessibilityViolations(view.container)).toEqual([]);
  });
});
