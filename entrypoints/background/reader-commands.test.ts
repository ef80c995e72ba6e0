import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANNOTATE_COMMAND, ANNOTATE_MENU } from '../../lib/identity';
import { readerCommandHandlers } from './reader-commands';
import type { RouterDeps } from './router';

describe('reader commands (WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the tab to annotate its selection from the context menu and from the keyboard', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { created: true } } as never);
    const handlers = readerCommandHandlers({} as RouterDeps);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html' });
    await handlers.menuClicked({ menuItemId: ANNOTATE_MENU }, tab);
    await handlers.menuClicked({ menuItemId: 'another-extension-item' }, tab);
    await handlers.command(ANNOTATE_COMMAND, tab);
    expect(sent).toHaveBeenCalledTimes(2);
    expect(sent.mock.calls.map(([tabId, message]) => [tabId, (message as { type: string }).type])).toEqual([
      [tab.id, 'annotateSelection'],
      [tab.id, 'annotateSelection'],
    ]);
  });
});
