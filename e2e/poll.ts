/**
 * Re-checks a condition until it holds: a condition poll, not a fixed sleep standing in for one.
 * For Firefox's extension pages and frames, where WebDriver BiDi's own waits can hang (TESTING.md).
 */
export async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
