import { browser } from 'wxt/browser';

interface PanelApis {
  /** Chrome (MV3): the side panel, opened in a window. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox (MV2): the sidebar. */
  sidebarAction?: { open(): Promise<void> };
}

/** Chrome's id for "the window this page is in" (chrome.windows.WINDOW_ID_CURRENT). */
const CURRENT_WINDOW = -2;

/**
 * Opens the notes beside the page: Chrome's side panel or Firefox's sidebar. Both browsers
 * allow it only within the click that asks (a user gesture), so nothing is awaited before the
 * call; where neither opens, the same page opens in a tab.
 */
export function openNotesPanel(): Promise<unknown> {
  const apis = browser as unknown as PanelApis;
  const opening = apis.sidebarAction
    ? apis.sidebarAction.open()
    : apis.sidePanel
      ? apis.sidePanel.open({ windowId: CURRENT_WINDOW })
      : Promise.reject(new Error('no side panel'));
  return opening.catch(() =>
    browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }),
  );
}
