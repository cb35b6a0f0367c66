/** A note's moment as people write it: 42 → "0:42", 600 → "10:00", 3725 → "1:02:05". */
export function clockTime(seconds: number): string {
  // hh:mm:ss of a day (videos last under 12 hours), without the leading zeros people drop.
  return new Date(Math.max(0, Math.floor(seconds)) * 1000)
    .toISOString()
    .slice(11, 19)
    .replace(/^(00:)?0?/, '');
}

/** The video at that moment, as YouTube links it. */
export function momentLink(videoId: string, seconds: number): string {
  return `https://www.youtube.com/watch?v=${videoId}&t=${Math.max(0, Math.floor(seconds))}s`;
}
