/**
 * Learning a long playlist, timed in Node on fake-indexeddb (the background's code, not its
 * browser): what a playlist page's snapshot costs the background, which handles a page's
 * messages in order, so this is also how long it can hold up that page's next progress report.
 */
import 'fake-indexeddb/auto';
import { CompanionDb } from '../lib/db/database';
import { learnPlaylist } from '../lib/db/playlist-repo';
import { PY } from '../tests/e2e/harness';

const items = (size: number, shift: number) =>
  Array.from({ length: size }, (_, i) => ({
    videoId: `v${String((i + shift) % size).padStart(10, '0')}`,
    position: i + 1,
    title: `Video ${i + 1}`,
  }));

/** Median ms of learning a `size`-video playlist (first time, then reordered), over `runs`. */
export async function learnMs(
  size: number,
  runs = 5,
): Promise<{ first: number; reordered: number }> {
  const first: number[] = [];
  const reordered: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = new CompanionDb(`bench-playlist-${size}-${run}`);
    let t = performance.now();
    await learnPlaylist(db, { playlistId: PY, items: items(size, 0) }, 1);
    first.push(performance.now() - t);
    t = performance.now();
    await learnPlaylist(db, { playlistId: PY, items: items(size, 1) }, 2);
    reordered.push(performance.now() - t);
    db.close();
    await db.delete();
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { first: median(first), reordered: median(reordered) };
}
