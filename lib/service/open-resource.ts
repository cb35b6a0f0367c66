import { parseYouTubeUrl } from '../tracking/youtube-url';

export interface TabInfo {
  id?: number;
  url?: string;
  windowId?: number;
}

/** The slice of the browser's tabs and windows APIs Continue needs (injected for tests). */
export interface TabsApi {
  query(query: Record<string, never>): Promise<TabInfo[]>;
  update(tabId: number, props: { active: boolean }): Promise<unknown>;
  create(props: { url: string }): Promise<unknown>;
  focusWindow(windowId: number): Promise<unknown>;
}

/** Two links show the same resource: the same YouTube video, or the same page. */
export function sameResource(a: string, b: string): boolean {
  const ya = parseYouTubeUrl(a);
  const yb = parseYouTubeUrl(b);
  if (ya && yb && (ya.videoId || yb.videoId)) return ya.videoId === yb.videoId;
  if (ya && yb && ya.page === 'playlist' && yb.page === 'playlist')
    return ya.playlistId === yb.playlistId;
  const clean = (url: string) => {
    try {
      const u = new URL(url);
      return `${u.origin}${u.pathname.replace(/\/(index\.html)?$/, '')}${u.search}`;
    } catch {
      return url;
    }
  };
  return clean(a) === clean(b);
}

/** Focuses a tab that already shows the resource, or opens it in a new one. */
export async function openOrFocus(api: TabsApi, url: string): Promise<'focused' | 'opened'> {
  const tabs = await api.query({});
  const open = tabs.find((tab) => tab.url && tab.id !== undefined && sameResource(tab.url, url));
  if (open?.id !== undefined) {
    await api.update(open.id, { active: true });
    if (open.windowId !== undefined) await api.focusWindow(open.windowId);
    return 'focused';
  }
  await api.create({ url });
  return 'opened';
}
