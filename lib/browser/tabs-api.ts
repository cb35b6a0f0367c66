import { browser } from 'wxt/browser';
import type { TabsApi } from '../service/open-resource';

/** The real tabs and windows APIs behind Continue. */
export const browserTabs: TabsApi = {
  query: (query) => browser.tabs.query(query),
  update: (tabId, props) => browser.tabs.update(tabId, props),
  create: (props) => browser.tabs.create(props),
  focusWindow: (windowId) => browser.windows.update(windowId, { focused: true }),
};
