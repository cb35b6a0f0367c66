/** The roadmap's shape. Plain data: nothing here may import the rest of the project. */

export type ResourceKind =
  | 'youtube-playlist'
  | 'youtube-video'
  | 'khan-course'
  | 'kaggle'
  | 'web-docs'
  | 'book'
  | 'repository'
  | 'community';

export type LanguageTrack = 'en' | 'hi';

/** The word a video title's number follows: "Python Tutorial - 14", "Part 17", "Project - 3". */
export type NumberWord = 'tutorial' | 'part' | 'project';

/** An inclusive, 1-based range of playlist positions; `to: null` means "to the end". */
export interface VideoRange {
  from: number;
  to: number | null;
  /**
   * The same range in the author's numbering, which the titles carry: counted by it when the
   * playlist's titles do (positions drift as playlists gain videos), by positions otherwise.
   */
  numbered?: { word: NumberWord; from: number; to: number };
}

export interface PlaylistVariant {
  language: LanguageTrack;
  playlistId: string;
  url: string;
  range: VideoRange;
}

/** The same words in Hindi, for the interface in Hindi (the data test checks every one). */
export interface InHindi {
  title: string;
}

export interface KhanSection {
  id: string;
  title: string;
  hi: InHindi;
  /** Unit slugs Khan has used for this section (hash prefixes like `x2d2f…:` stripped). */
  unitSlugs: string[];
  optional: boolean;
}

/** What has to happen for an item to be done, in the item's own unit. */
export type Completion =
  | {
      type: 'videos';
      /** The English playlist first; other language tracks as alternatives of the same item. */
      variants: PlaylistVariant[];
      /** Further videos the roadmap offers but does not require ("beyond #12"). */
      continuation?: VideoRange;
    }
  | { type: 'video'; videoId: string }
  | {
      type: 'khan-sections';
      /** `subject/course` path prefix, e.g. `computing/ap-computer-science-principles`. */
      coursePath: string;
      /**
       * Other courses whose units count for the same sections: where the course's content
       * moved (a link that redirects there must never silence tracking).
       */
      alsoCoursePaths?: string[];
      sections: KhanSection[];
    }
  | { type: 'khan-lessons'; coursePath: string; unitSlug: string }
  | { type: 'kaggle'; notebooks: number; datasets: number }
  | { type: 'pages'; pathPatterns: string[]; target: number }
  | { type: 'repository'; pathPrefix: string }
  | { type: 'manual'; steps?: string[]; stepsHi?: string[] };

export interface Resource {
  /** Stable forever: progress is keyed by it. Never reuse or rename one. */
  id: string;
  title: string;
  kind: ResourceKind;
  url: string;
  /** Further links shown with the item (Kaggle has two starting points). */
  links?: { label: string; labelHi: string; url: string }[];
  description: string;
  hi: InHindi & { description: string };
  completion: Completion;
  /** Narrows the item to some of its phase's weeks (a tip belongs to the first week). */
  weeks?: WeekRange;
  optional?: boolean;
}

export interface WeekRange {
  from: number;
  to: number;
}

export interface Phase {
  id: string;
  title: string;
  hi: InHindi;
  weeks: WeekRange;
  resources: Resource[];
}

export interface AfterSkill {
  id: string;
  title: string;
  hi: InHindi;
}

export interface Roadmap {
  totalWeeks: number;
  phases: Phase[];
  afterRoadmap: AfterSkill[];
}
