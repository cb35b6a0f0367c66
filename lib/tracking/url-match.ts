import type { Resource, Roadmap } from '../../data/roadmap-types';
import { allItems, listedVideos, playlistUses } from '../plan/roadmap-index';
import { parseYouTubeUrl } from './youtube-url';

export type UrlMatch =
  | {
      site: 'youtube';
      resourceIds: string[];
      page: 'watch' | 'playlist';
      videoId?: string;
      playlistId?: string;
      index?: number;
    }
  | {
      site: 'khan';
      resourceId: string;
      /** The roadmap section (Computers 101) or unit slug (SQL) the page belongs to. */
      group: string;
      lesson?: string;
      lessonKind?: 'video' | 'article' | 'exercise';
      key: string;
    }
  | { site: 'kaggle'; resourceId: string; category: 'notebook' | 'dataset'; key: string }
  | { site: 'mlflow'; resourceId: string; key: string }
  | { site: 'github'; resourceId: string; key: string };

function safeUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Khan prefixes some newer slugs with a content hash: `x2f8bb11595b61c86:functions`. */
export function khanSlug(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed `%` escape (a broken link on the page): the raw segment, never an error.
  }
  return decoded.replace(/^x[0-9a-f]+:/i, '');
}

// pt: a talk-through (a video), pc: a challenge, p: a project (both practice).
const KHAN_KINDS = {
  v: 'video',
  a: 'article',
  e: 'exercise',
  pt: 'video',
  pc: 'exercise',
  p: 'exercise',
} as const;

function matchKhan(url: URL, roadmap: Roadmap): UrlMatch | null {
  if (url.hostname !== 'khanacademy.org' && !url.hostname.endsWith('.khanacademy.org')) return null;
  const segs = url.pathname.split('/').filter(Boolean).map(khanSlug);
  if (segs.length < 3) return null;
  const coursePath = `${segs[0]}/${segs[1]}`;
  const unit = segs[2]!;
  const lesson = segs[3];
  const kind = KHAN_KINDS[segs[4] as keyof typeof KHAN_KINDS];
  const slug = segs[5];
  // Quizzes and unit tests count towards their unit like its lessons. Khan serves them inside
  // a lesson (`unit/lesson/quiz/slug`); the unit-level form (`unit/quiz/slug`) redirects
  // there: both are one page, with one key.
  const unitCheck = (lesson === 'quiz' || lesson === 'test') && segs[4];
  const lessonCheck = (segs[4] === 'quiz' || segs[4] === 'test') && slug;
  const check = unitCheck
    ? { kind: lesson, slug: segs[4]! }
    : lessonCheck
      ? { kind: segs[4]!, slug }
      : null;
  const lessonPart = check
    ? {
        lesson: check.kind,
        lessonKind: 'exercise' as const,
        key: `${unit}/${check.kind}/${check.slug}`,
      }
    : lesson && kind && slug
      ? { lesson, lessonKind: kind, key: `${unit}/${lesson}/${slug}` }
      : null;
  for (const { resource } of allItems(roadmap)) {
    const c = resource.completion;
    if (
      c.type === 'khan-sections' &&
      (c.coursePath === coursePath || c.alsoCoursePaths?.includes(coursePath))
    ) {
      const section = c.sections.find((s) => s.unitSlugs.includes(unit));
      if (section)
        return {
          site: 'khan',
          resourceId: resource.id,
          group: section.id,
          ...(lessonPart ?? { key: unit }),
        };
    }
    if (c.type === 'khan-lessons' && c.coursePath === coursePath && c.unitSlug === unit) {
      return {
        site: 'khan',
        resourceId: resource.id,
        group: unit,
        ...(lessonPart ?? { key: unit }),
      };
    }
  }
  return null;
}

function firstOfType(roadmap: Roadmap, type: Resource['completion']['type']): Resource | undefined {
  return allItems(roadmap).find(({ resource }) => resource.completion.type === type)?.resource;
}

/**
 * Kaggle Learn's lessons are notebooks too: its authors' (`/code/alexisbcook/…`) and the
 * learners' copies of its exercises (`/code/<user>/exercise-…`). Doing a course's exercises
 * is not reading others' exploratory analyses, so those do not count for the EDA item. Authors
 * past alexisbcook are the other writers of Kaggle Learn courses; one missing here could count
 * a lesson as a notebook read, so the list errs on the side of leaving out.
 */
const KAGGLE_LEARN_AUTHORS = new Set([
  'alexisbcook',
  'dansbecker',
  'colinmorris',
  'residentmario',
  'ryanholbrook',
  'rtatman',
  // Intro to NLP and Intro to AI Ethics (sites.md, 2026 links).
  'matleonard',
  'var0101',
]);

function matchKaggle(url: URL, roadmap: Roadmap): UrlMatch | null {
  if (url.hostname !== 'www.kaggle.com' && url.hostname !== 'kaggle.com') return null;
  const [section, user, slug] = url.pathname.split('/').filter(Boolean);
  const resource = firstOfType(roadmap, 'kaggle');
  if (!resource || !user || !slug) return null;
  const key = `${user}/${slug}`.toLowerCase();
  if (section === 'code') {
    if (KAGGLE_LEARN_AUTHORS.has(user.toLowerCase()) || /^exercise-/i.test(slug)) return null;
    return { site: 'kaggle', resourceId: resource.id, category: 'notebook', key };
  }
  if (section === 'datasets')
    return { site: 'kaggle', resourceId: resource.id, category: 'dataset', key };
  return null;
}

function matchMlflow(url: URL, roadmap: Roadmap): UrlMatch | null {
  if (url.hostname !== 'mlflow.org' && url.hostname !== 'www.mlflow.org') return null;
  for (const { resource } of allItems(roadmap)) {
    const c = resource.completion;
    if (c.type !== 'pages') continue;
    if (c.pathPatterns.some((p) => new RegExp(p).test(url.pathname))) {
      // Versioned and latest docs of one tutorial are the same page for the learner.
      const key = url.pathname
        .replace(/^\/docs\/[^/]+\//, '')
        .replace(/^ml\//, '')
        .replace(/(index\.html)?$/, '')
        .replace(/\.html$/, '')
        .replace(/\/+$/, '');
      return { site: 'mlflow', resourceId: resource.id, key };
    }
  }
  return null;
}

function matchGithub(url: URL, roadmap: Roadmap): UrlMatch | null {
  if (url.hostname !== 'github.com') return null;
  for (const { resource } of allItems(roadmap)) {
    const c = resource.completion;
    if (c.type !== 'repository' || !url.pathname.startsWith(c.pathPrefix)) continue;
    // `/owner/repo/tree/BRANCH/path` → path: an exercise is a folder or file under Basics.
    const parts = url.pathname.slice(c.pathPrefix.length).split('/').filter(Boolean);
    const path = parts[0] === 'tree' || parts[0] === 'blob' ? parts.slice(2) : parts;
    if (path[0] !== 'Basics') return null;
    return { site: 'github', resourceId: resource.id, key: path.join('/') };
  }
  return null;
}

function matchYouTube(href: string, roadmap: Roadmap): UrlMatch | null {
  const parsed = parseYouTubeUrl(href);
  if (!parsed || parsed.page === 'other') return null;
  const ids = new Set<string>();
  if (parsed.playlistId)
    for (const use of playlistUses(roadmap).get(parsed.playlistId) ?? []) ids.add(use.resource.id);
  if (parsed.videoId) {
    const single = listedVideos(roadmap).get(parsed.videoId);
    if (single) ids.add(single.id);
  }
  if (ids.size === 0) return null;
  return { site: 'youtube', resourceIds: [...ids], ...parsed, page: parsed.page };
}

/** The roadmap resource a URL belongs to, or null for anything outside the roadmap. */
export function matchUrl(href: string, roadmap: Roadmap): UrlMatch | null {
  const url = safeUrl(href);
  if (!url) return null;
  return (
    matchYouTube(href, roadmap) ??
    matchKhan(url, roadmap) ??
    matchKaggle(url, roadmap) ??
    matchMlflow(url, roadmap) ??
    matchGithub(url, roadmap)
  );
}
