/**
 * A cheap first look at a study-site URL, so the content script stays quiet on pages that
 * cannot belong to the roadmap. The background decides for real (lib/tracking/url-match).
 */
const CANDIDATES: [RegExp, RegExp][] = [
  [
    /(^|\.)khanacademy\.org$/,
    /^\/computing\/(ap-computer-science-principles|computers-and-internet|computer-programming)\//,
  ],
  [/^(www\.)?kaggle\.com$/, /^\/(code|datasets)\/[^/]+\/[^/]+/],
  [
    /^(www\.)?mlflow\.org$/,
    /^\/docs\/[^/]+\/(ml\/(getting-started|tracking|traditional-ml|deep-learning)|tutorials-and-examples)\/./,
  ],
  [/^github\.com$/, /^\/codebasics\/py\//],
];

export function mayBeStudyPage(href: string): boolean {
  try {
    const url = new URL(href);
    return CANDIDATES.some(([host, path]) => host.test(url.hostname) && path.test(url.pathname));
  } catch {
    return false;
  }
}

// A lesson's video, article, exercise…; a unit's quiz or unit test.
const KHAN_LESSON = /\/(v|a|e|pt|pc|p|quiz|test)\/[^/]+\/?$/;

/** Lesson links listed on a Khan page (the unit's table of contents, the lesson sidebar). */
export function listedLessons(doc: Document, max = 500): string[] {
  if (!/(^|\.)khanacademy\.org$/.test(doc.location?.hostname ?? '')) return [];
  const links = new Set<string>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.href.split(/[?#]/)[0]!;
    if (KHAN_LESSON.test(href) && mayBeStudyPage(href)) links.add(href);
    if (links.size >= max) break;
  }
  return [...links];
}
