// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../lib/result';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { BundleExport } from './BundleExport';

describe('BundleExport', () => {
  it('reports how many articles it exported', async () => {
    const view = renderWithI18n(<BundleExport exportFile={async () => ok(42)} />);
    fireEvent.click(view.getByRole('button', { name: 'Export corpus bundle' }));
    await waitFor(() => expect(view.getByRole('status').textContent).toBe('Exported 42 articles.'));
    expect(await accessibilityViolations(view.container)).toEqual([]);
  });

  it('shows why an export failed', async () => {
    const view = renderWithI18n(<BundleExport exportFile={async () => fail('storageFailed', 'Storage failed, nothing was written: disk gone')} />);
    fireEvent.click(view.getByRole('button'));
    await waitFor(() => expect(view.getByRole('alert').textContent).toContain('disk gone'));
  });
});
