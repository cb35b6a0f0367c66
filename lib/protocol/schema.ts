import { z } from '../validation/zod';
import { isPlaylistId, isVideoId } from '../tracking/youtube-url';
import { isCheckKey, LIMITS, type Message, type PageRequest, type TickMessage } from './messages';
import { parseIsoDay } from '../plan/calendar';

const videoId = z.string().refine(isVideoId, 'not a YouTube video id');
const playlistId = z.string().refine(isPlaylistId, 'not a YouTube playlist id');
const position = z.number().int().min(1).max(LIMITS.maxPlaylistPosition);
/**
 * A place the page only read from a link (`&index=`): out of range, it is dropped and the
 * message kept (a link with `index=12000` still plays a roadmap video).
 */
const positionHint = z
  .unknown()
  .transform((v) => (position.safeParse(v).success ? (v as number) : undefined))
  .optional();
const seconds = z.number().finite().min(0).max(LIMITS.maxDurationSeconds);
const title = z.string().max(LIMITS.maxTitleLength);
/** A note's words: something, and no more than a note may hold (the same bound restores). */
export const noteText = z
  .string()
  .max(LIMITS.maxNoteLength)
  .refine((t) => t.trim().length > 0, 'a note cannot be empty');

const watchProgress = z
  .strictObject({
    videoId,
    playlistId: playlistId.optional(),
    position: position.optional(),
    duration: seconds.positive(),
    intervals: z
      .array(
        z
          .tuple([seconds, seconds])
          .refine(([s, e]) => e > s, 'an interval must end after it starts'),
      )
      .max(LIMITS.maxIntervals),
    currentTime: seconds,
    playbackRate: z.number().finite().positive().max(LIMITS.maxPlaybackRate).optional(),
  })
  .refine(
    // Half a second of slack: `played` can end a frame past a rounded duration.
    (p) => p.intervals.every(([, e]) => e <= p.duration + 0.5) && p.currentTime <= p.duration + 0.5,
    'intervals must lie inside the video',
  );

const playlistSnapshot = z.strictObject({
  playlistId,
  title: title.optional(),
  total: position.optional(),
  items: z
    .array(z.strictObject({ videoId, position, title: title.optional() }))
    .max(LIMITS.maxPlaylistItems),
});

const httpsUrl = z
  .string()
  .max(LIMITS.maxUrlLength)
  .refine((u) => /^https:\/\/[^/]+\//.test(u), 'not an https URL');

const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('page:visit'),
    payload: z.strictObject({
      url: httpsUrl,
      listed: z.array(httpsUrl).max(LIMITS.maxListedLinks).optional(),
      settled: z.boolean().optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('yt:check'),
    payload: z.strictObject({
      reader: z.enum(['video', 'panel', 'playlist']),
      ok: z.boolean(),
      found: z
        .record(z.string().max(120), z.number().int().min(0).max(100_000))
        .refine((f) => Object.keys(f).length <= 20, 'too many counts')
        .optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('page:time'),
    payload: z.strictObject({
      url: httpsUrl,
      activeMs: z.number().finite().min(0).max(LIMITS.maxActiveMsPerReport),
    }),
  }),
  z.strictObject({
    type: z.literal('yt:classify'),
    payload: z.strictObject({
      videoId,
      playlistId: playlistId.optional(),
      index: positionHint,
    }),
  }),
  z.strictObject({ type: z.literal('yt:progress'), payload: watchProgress }),
  z.strictObject({ type: z.literal('yt:playlist'), payload: playlistSnapshot }),
  z.strictObject({
    type: z.literal('yt:note'),
    payload: z.strictObject({
      videoId,
      playlistId: playlistId.optional(),
      seconds,
      text: noteText,
    }),
  }),
  z.strictObject({
    type: z.literal('yt:focus'),
    payload: z.strictObject({ on: z.boolean(), videoId: videoId.optional() }),
  }),
  z.strictObject({
    type: z.literal('yt:mark'),
    payload: z.strictObject({ videoId, watched: z.boolean() }),
  }),
]);

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

/** Validates anything that arrives over the runtime channel. Never throws. */
export function parseMessage(raw: unknown): ParseResult {
  try {
    const result = messageSchema.safeParse(raw);
    if (result.success) return { ok: true, message: result.data as Message };
    return { ok: false, error: z.prettifyError(result.error) };
  } catch (error) {
    // A hostile object (a throwing getter, a Proxy) must not escape the handler.
    return { ok: false, error: `unreadable message: ${String(error)}` };
  }
}

const tickSchema = z.strictObject({
  type: z.literal('ui:tick'),
  key: z.string().refine(isCheckKey, 'not an item id'),
  done: z.boolean(),
});

/** A popup's tick, or null for anything else. Never throws. */
export function parseTick(raw: unknown): TickMessage | null {
  try {
    const result = tickSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

const pageRequestSchema = z.discriminatedUnion('type', [
  tickSchema,
  z.strictObject({
    type: z.literal('ui:start'),
    startDate: z.string().refine((d) => parseIsoDay(d) !== null, 'not a YYYY-MM-DD date'),
    sync: z.boolean(),
    track: z.enum(['en', 'hi']),
  }),
  z.strictObject({
    type: z.literal('ui:replan'),
    kind: z.enum(['shift', 'catch-up', 'spread', 'resume']),
    weeks: z.number().int().min(0).max(52),
  }),
  z.strictObject({ type: z.literal('ui:undo') }),
  z.strictObject({ type: z.literal('ui:sync'), on: z.boolean() }),
  z.strictObject({ type: z.literal('ui:mark'), videoId, watched: z.boolean() }),
  z.strictObject({
    type: z.literal('ui:grade'),
    noteId: z.string().regex(/^[A-Za-z0-9-]{1,100}$/),
    grade: z.enum(['remembered', 'fuzzy', 'forgot']),
  }),
  z.strictObject({
    type: z.literal('ui:study'),
    activeMs: z.number().finite().min(0).max(LIMITS.maxActiveMsPerReport),
  }),
]);

/** A request of the extension's own pages (a tick, a change of plan), or null. Never throws. */
export function parsePageRequest(raw: unknown): PageRequest | null {
  try {
    const result = pageRequestSchema.safeParse(raw);
    return result.success ? (result.data as PageRequest) : null;
  } catch {
    return null;
  }
}
