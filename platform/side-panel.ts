/**
 * Opens ClaimTrail's side panel: Chrome's side panel, Firefox's sidebar. Both browsers only allow
 * it in answer to the reader's click, so it is called straight from the click handler.
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows: { WINDOW_ID_CURRENT: number };
}

export function openSidePanel(): void {
  const apis = browser as unknown as PanelApis;
  const opened = apis.sidebarAction ? apis.sidebarAction.open() : apis.sidePanel?.open({ windowId: apis.windows.WINDOW_ID_CURRENT });
  opened?.catch((error: unknown) => console.warn('ClaimTrail: the side panel did not open', error));
}
