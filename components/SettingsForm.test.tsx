// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { SettingsForm } from './SettingsForm';

const settings = { autoTrack: false, browserSync: true, highlight: { same: true, supports: true } };

describe('SettingsForm', () => {
  it('turns automatic tracking on and off', async () => {
    const onChange = vi.fn();
    const { getByTestId, getByLabelText, container } = renderWithI18n(<SettingsForm settings={settings} onChange={onChange} />);
    expect(getByLabelText('Track every recognised article automatically')).toBe(getByTestId('auto-track'));
    fireEvent.click(getByTestId('auto-track'));
    expect(onChange).toHaveBeenCalledWith({ autoTrack: true });
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('waits for the settings before it can be changed', () => {
    expect((renderWithI18n(<SettingsForm settings={undefined} onChange={() => undefined} />).getByTestId('auto-track') as HTMLInputElement).disabled).toBe(true);
  });
});
