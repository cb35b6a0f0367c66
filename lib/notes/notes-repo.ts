import { t } from '../i18n/i18n';
import { filingOf } from '../service/classify-stored';
import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb, NoteRecord } from '../db/database';
import type { NoteRequest } from '../protocol/messages';
import { LIMITS } from '../protocol/messages';
import { findItem } from '../plan/roadmap-index';
import { weekStatus } from '../plan/calendar';
import { readProgress } from '../db/snapshot-repo';
import { ownLink } from './own-link';

export type NoteResult = { ok: true; note: NoteRecord } | { ok: false; error: string };

/** Trimmed, within bounds; null when nothing is left to keep. */
function cleanText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed.slice(0, LIMITS.maxNoteLength) : null;
}

/**
 * Files a note under the roadmap item of its video and the learner's plan week when it was
 * written (the item's first week before the plan starts or after it ends). A video that is
 * not the roadmap's gets no note: notes belong to the plan.
 */
export async function addNote(
  db: CompanionDb,
  roadmap: Roadmap,
  request: NoteRequest,
  made: { now: number; id: string },
): Promise<NoteResult> {
  const text = cleanText(request.text);
  if (!text) return { ok: false, error: t('noteEmpty') };
  const filing = await filingOf(db, roadmap, request, new Date(made.now));
  if (!filing) return { ok: false, error: t('noteNotRoadmap') };
  const note: NoteRecord = {
    id: made.id,
    videoId: request.videoId,
    itemId: filing.place.item.resource.id,
    week: filing.week,
    seconds: Math.floor(request.seconds),
    text,
    createdAt: made.now,
    updatedAt: made.now,
  };
  return db.transaction('rw', db.notes, async () => {
    if ((await db.notes.count()) >= LIMITS.maxNotes)
      return {
        ok: false,
        error: t('noteTooMany', { max: LIMITS.maxNotes }),
      } as const;
    await db.notes.add(note);
    return { ok: true, note } as const;
  });
}

/** A note about a whole item, or (with `url`) a resource of the learner's own for it. */
export interface ItemNoteRequest {
  itemId: string;
  text: string;
  url?: string;
}

/**
 * Files a note (or a resource) under a roadmap item and the learner's plan week now (the item's
 * first week before the plan starts or after it ends).
 */
export async function addItemNote(
  db: CompanionDb,
  roadmap: Roadmap,
  request: ItemNoteRequest,
  made: { now: number; id: string },
): Promise<NoteResult> {
  const item = findItem(roadmap, request.itemId);
  if (!item) return { ok: false, error: t('noteNotRoadmapItem') };
  const text = cleanText(request.text);
  if (!text)
    return { ok: false, error: request.url === undefined ? t('noteEmpty') : t('linkNoTitle') };
  let url: string | undefined;
  if (request.url !== undefined) {
    url = ownLink(request.url) ?? undefined;
    if (!url) return { ok: false, error: t('linkNotValid') };
  }
  const { startDate } = (await readProgress(db)).settings;
  const status = startDate ? weekStatus(startDate, new Date(made.now), roadmap.totalWeeks) : null;
  const note: NoteRecord = {
    id: made.id,
    itemId: item.resource.id,
    week: status?.state === 'active' ? status.week : item.weeks.from,
    text: url ? text.slice(0, LIMITS.maxTitleLength) : text,
    ...(url ? { url } : {}),
    createdAt: made.now,
    updatedAt: made.now,
  };
  return db.transaction('rw', db.notes, async () => {
    if ((await db.notes.count()) >= LIMITS.maxNotes)
      return { ok: false, error: t('noteTooMany', { max: LIMITS.maxNotes }) } as const;
    await db.notes.add(note);
    return { ok: true, note } as const;
  });
}

/** Rewrites a note's words (a resource's title and link); empty words leave it as it was. */
export async function editNote(
  db: CompanionDb,
  id: string,
  text: string,
  now: number,
  link?: string,
): Promise<boolean> {
  const clean = cleanText(text);
  if (!clean) return false;
  if (link === undefined) return (await db.notes.update(id, { text: clean, updatedAt: now })) === 1;
  const url = ownLink(link);
  if (!url) return false;
  return (
    (await db.notes.update(id, {
      text: clean.slice(0, LIMITS.maxTitleLength),
      url,
      updatedAt: now,
    })) === 1
  );
}

/** An item's own notes and resources (not its videos'), oldest first. */
export async function notesOfItem(db: CompanionDb, itemId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('itemId').equals(itemId).toArray();
  return notes.filter((n) => n.videoId === undefined).sort((a, b) => a.createdAt - b.createdAt);
}

/** The note and its place in review go together. */
export async function deleteNote(db: CompanionDb, id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.reviews, async () => {
    await db.notes.delete(id);
    await db.reviews.delete(id);
  });
}

/** A video's notes in the order of its timeline. */
export async function notesOfVideo(db: CompanionDb, videoId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('videoId').equals(videoId).toArray();
  return notes.sort((a, b) => (a.seconds ?? 0) - (b.seconds ?? 0) || a.createdAt - b.createdAt);
}

/**
 * The same note from two places (a backup and this browser): the later edit, and between two
 * edits of the same moment the one that sorts last, so that either order of merging agrees.
 */
export function mergeNote(a: NoteRecord, b: NoteRecord): NoteRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}
