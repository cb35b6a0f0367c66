/**
 * Reads YouTube URLs. Kept free of roadmap data so the content script can import it and
 * stay tiny.
 */

export type YouTubePage = 'watch' | 'playlist' | 'other';

export interface YouTubeUrl {
  page: YouTubePage;
  videoId?: string;
  playlistId?: string;
  /** 1-based position from `index=` on watch URLs. */
  index?: number;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const PLAYLIST_ID = /^[A-Za-z0-9_-]{2,64}$/;
const HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com']);

export function isVideoId(id: unknown): id is string {
  return typeof id === 'string' && VIDEO_ID.test(id);
}

export function isPlaylistId(id: unknown): id is string {
  return typeof id === 'string' && PLAYLIST_ID.test(id);
}

export function parseYouTubeUrl(href: string): YouTubeUrl | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const shortLink = url.hostname === 'youtu.be';
  if (!shortLink && !HOSTS.has(url.hostname)) return null;

  const list = url.searchParams.get('list') ?? undefined;
  const playlistId = isPlaylistId(list) ? list : undefined;
  const segments = url.pathname.split('/').filter(Boolean);

  let videoId: string | undefined;
  if (shortLink) videoId = segments[0];
  else if (segments[0] === 'watch') videoId = url.searchParams.get('v') ?? undefined;
  else if (['shorts', 'embed', 'live', 'v'].includes(segments[0] ?? '')) videoId = segments[1];

  if (isVideoId(videoId)) {
    const rawIndex = Number(url.searchParams.get('index'));
    // Embeds count from 0, watch pages from 1.
    const index = segments[0] === 'embed' ? rawIndex + 1 : rawIndex;
    return {
      page: 'watch',
      videoId,
      ...(playlistId ? { playlistId } : {}),
      ...(url.searchParams.has('index') && Number.isInteger(index) && index >= 1 ? { index } : {}),
    };
  }
  if (segments[0] === 'playlist' && playlistId) return { page: 'playlist', playlistId };
  return { page: 'other', ...(playlistId ? { playlistId } : {}) };
}

/** The canonical link to a playlist position. */
export function watchUrl(
  videoId: string,
  playlistId?: string,
  index?: number,
  startSeconds?: number,
): string {
  const url = new URL('https://www.youtube.com/watch');
  url.searchParams.set('v', videoId);
  if (playlistId) url.searchParams.set('list', playlistId);
  if (playlistId && index) url.searchParams.set('index', String(index));
  if (startSeconds && startSeconds > 0) url.searchParams.set('t', `${Math.floor(startSeconds)}s`);
  return url.toString();
}
