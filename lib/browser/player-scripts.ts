/**
 * Run in a YouTube tab by `scripting.executeScript` from the side panel, so it must be
 * self-contained (it is serialized). It acts only while the tab still shows `videoId` (YouTube
 * swaps videos in the same tab): seeks there when `seekTo` is given, and returns the
 * playhead in whole seconds, or null when the tab shows another video or none.
 */
export function playerAt(videoId: string, seekTo: number | null): number | null {
  if (new URL(location.href).searchParams.get('v') !== videoId) return null;
  const video =
    document.querySelector<HTMLVideoElement>('#movie_player video') ??
    document.querySelector<HTMLVideoElement>('video');
  if (!video) return null;
  if (seekTo !== null) video.currentTime = seekTo;
  return Math.floor(video.currentTime);
}
