// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, renderWithI18n } from './render';

describe('the accessibility check itself', () => {
  it('catches an unlabelled control and an image without text, so a clean result means something', async () => {
    const { container } = renderWithI18n(
      <main>
        <input type="file" />
        <img src="chart.png" />
      </main>,
    );
    const violations = await accessibilityViolations(container);
    expect(violations.some((v) => v.startsWith('label:'))).toBe(true);
    expect(violations.some((v) => v.startsWith('image-alt:'))).toBe(true);
  });
});
