import type { NumberWord, Resource, Roadmap, VideoRange } from './roadmap-types';

/**
 * The roadmap of `shared/roadmap-source.md`, as data. Ids are stable: progress is stored
 * under them, so an edit may change anything here except an existing id.
 */

const PYTHON_EN = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
const PYTHON_HI = 'PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO';
const ML_EN = 'PLeo1K3hjS3uvCeTYTeyfe0-rN5r8zn9rw';
const ML_HI = 'PLPbgcxheSpE0aBsefANDYe2X_-tyJbBMr';

const playlistUrl = (id: string) => `https://www.youtube.com/playlist?list=${id}`;

interface PlaylistExtra extends Partial<Resource> {
  hindi?: { playlistId: string; from: number; to: number | null; numberedBy?: NumberWord };
  continuation?: VideoRange;
  /** The range is the author's numbers `from`–`to` after this word in the titles. */
  numberedBy?: NumberWord;
  /** Or another numbering than the positions' (the project's own "Project - 1" to "- 8"). */
  numbered?: VideoRange['numbered'];
}

function range(from: number, to: number | null, word?: NumberWord): VideoRange {
  return { from, to, ...(word && to !== null ? { numbered: { word, from, to } } : {}) };
}

function playlist(
  id: string,
  title: string,
  description: string,
  playlistId: string,
  from: number,
  to: number | null,
  extra: PlaylistExtra = {},
): Resource {
  const { hindi, continuation, numberedBy, numbered, ...rest } = extra;
  return {
    id,
    title,
    kind: 'youtube-playlist',
    url: playlistUrl(playlistId),
    description,
    completion: {
      type: 'videos',
      variants: [
        {
          language: 'en',
          playlistId,
          url: playlistUrl(playlistId),
          range: numbered ? { from, to, numbered } : range(from, to, numberedBy),
        },
        ...(hindi
          ? [
              {
                language: 'hi' as const,
                playlistId: hindi.playlistId,
                url: playlistUrl(hindi.playlistId),
                range: range(hindi.from, hindi.to, hindi.numberedBy),
              },
            ]
          : []),
      ],
      ...(continuation ? { continuation } : {}),
    },
    ...rest,
  };
}

export const ROADMAP: Roadmap = {
  totalWeeks: 24,
  phases: [
    {
      id: 'foundations',
      title: 'Computer science principles, level 1 coding, data structures & algorithms',
      weeks: { from: 1, to: 4 },
      resources: [
        {
          id: 'tip-effective-learning',
          title: 'How to learn effectively',
          kind: 'youtube-video',
          url: 'https://www.youtube.com/watch?v=yZFrSDjRvjk',
          description:
            'Watch once at the start: how to get the most out of the least time spent studying.',
          completion: { type: 'video', videoId: 'yZFrSDjRvjk' },
          weeks: { from: 1, to: 1 },
        },
        {
          id: 'khan-cs-principles',
          title: 'Khan Academy: Computer science principles',
          kind: 'khan-course',
          url: 'https://www.khanacademy.org/computing/ap-computer-science-principles/computers-101',
          description:
            'CPU, RAM, input/output, bits and binary numbers. Follow only the first four sections; the rest is optional.',
          completion: {
            type: 'khan-sections',
            coursePath: 'computing/ap-computer-science-principles',
            sections: [
              // The roadmap's "first 4 sections" are units of today's course (their hash
              // prefix, `x2d2f703b37b450a3:`, is stripped). Its link, `computers-101`, is a unit
              // on bits, binary and the parts of a computer: the roadmap's first section as the
              // author knew it, so it counts for Digital information, beside today's unit.
              {
                id: 'digital-information',
                title: 'Digital information',
                unitSlugs: ['computers-101', 'digital-information'],
                optional: false,
              },
              {
                id: 'the-internet',
                title: 'The Internet',
                unitSlugs: ['the-internet', 'internet-101'],
                optional: false,
              },
              {
                id: 'programming',
                title: 'Programming',
                unitSlugs: ['programming-101', 'programming'],
                optional: false,
              },
              {
                id: 'algorithms',
                title: 'Algorithms',
                unitSlugs: ['algorithms-101', 'algorithms'],
                optional: false,
              },
              {
                id: 'data-analysis',
                title: 'Data analysis',
                unitSlugs: ['data-analysis-101', 'data-analysis'],
                optional: true,
              },
              {
                id: 'simulations',
                title: 'Simulations',
                unitSlugs: ['simulations'],
                optional: true,
              },
              {
                id: 'online-data-security',
                title: 'Online data security',
                unitSlugs: ['online-data-security'],
                optional: true,
              },
              {
                id: 'impact-of-computing',
                title: 'Computing innovations',
                unitSlugs: ['computing-innovations', 'impact-of-computing', 'global-impact'],
                optional: true,
              },
            ],
          },
        },
        playlist(
          'python-level-1',
          'Python tutorials 1–14 (level 1)',
          'Variables, data types, file operations: the first 14 tutorials of the beginners playlist.',
          PYTHON_EN,
          1,
          14,
          {
            numberedBy: 'tutorial',
            hindi: { playlistId: PYTHON_HI, from: 1, to: 14, numberedBy: 'tutorial' },
          },
        ),
        {
          id: 'python-exercises',
          title: 'Python exercises and solutions',
          kind: 'repository',
          url: 'https://github.com/codebasics/py/tree/master/Basics/Hindi',
          description:
            'Exercises with solutions for the Python tutorials (the folder says Hindi; the exercises fit both playlists).',
          completion: { type: 'repository', pathPrefix: '/codebasics/py/' },
        },
        playlist(
          'dsa',
          'Data structures & algorithms',
          'Every interview asks about data structures and algorithms: the whole playlist.',
          'PLeo1K3hjS3uu_n_a__MI_KktGTLYopZ12',
          1,
          null,
        ),
        {
          id: 'group-study',
          title: 'Find a study group',
          kind: 'community',
          url: 'https://discord.gg/r42Kbuk',
          description:
            'Study with someone and hold each other accountable: the codebasics Discord has a partner finder channel.',
          completion: { type: 'manual' },
          weeks: { from: 1, to: 1 },
          optional: true,
        },
      ],
    },
    {
      id: 'sql',
      title: 'SQL basics',
      weeks: { from: 5, to: 6 },
      resources: [
        {
          id: 'khan-sql',
          title: 'Khan Academy: Intro to SQL',
          kind: 'khan-course',
          url: 'https://www.khanacademy.org/computing/computer-programming/sql',
          description: 'Relational databases and SQL, whatever career track you choose.',
          completion: {
            type: 'khan-lessons',
            coursePath: 'computing/computer-programming',
            unitSlug: 'sql',
          },
        },
        playlist(
          'sql-kudvenkat',
          'Kudvenkat SQL tutorials 1–12',
          'The first 12 videos; tutorials beyond #12 go deeper if you are interested.',
          'PL08903FB7ACA1C2FB',
          1,
          12,
          { numberedBy: 'part', continuation: { from: 13, to: null } },
        ),
      ],
    },
    {
      id: 'coding-level-2',
      title: 'Level 2 coding',
      weeks: { from: 7, to: 8 },
      resources: [
        playlist(
          'python-level-2',
          'Python tutorials 15–27 (level 2)',
          'Intermediate Python: tutorials #15 to #27 of the same playlist.',
          PYTHON_EN,
          15,
          27,
          { numberedBy: 'tutorial' },
        ),
      ],
    },
    {
      id: 'data-libraries',
      title: 'NumPy, pandas and data visualization',
      weeks: { from: 9, to: 12 },
      resources: [
        playlist(
          'numpy',
          'NumPy tutorials',
          'The whole NumPy playlist.',
          'PLeo1K3hjS3uset9zIVzJWqplaWBiacTEU',
          1,
          null,
        ),
        playlist(
          'pandas',
          'pandas tutorials 1–9',
          'The first 9 videos of the pandas playlist.',
          'PLeo1K3hjS3uuASpe-1LjfG5f14Bnozjwy',
          1,
          9,
          { numberedBy: 'tutorial' },
        ),
        playlist(
          'matplotlib',
          'Matplotlib tutorials',
          'The whole Matplotlib playlist.',
          'PLeo1K3hjS3uu4Lr8_kro2AqaO6CFYgKOl',
          1,
          null,
        ),
        {
          id: 'kaggle-eda',
          title: 'Kaggle: exploratory data analysis',
          kind: 'kaggle',
          url: 'https://www.kaggle.com/code',
          links: [
            { label: 'Notebooks', url: 'https://www.kaggle.com/code' },
            { label: 'Datasets', url: 'https://www.kaggle.com/datasets' },
          ],
          description:
            'Read other people’s EDA notebooks and explore datasets to practise what the libraries do. Kaggle Learn’s lessons and exercises are a course of their own: they do not count here.',
          completion: { type: 'kaggle', notebooks: 5, datasets: 3 },
        },
      ],
    },
    {
      id: 'math-statistics',
      title: 'Math and statistics for machine learning',
      weeks: { from: 13, to: 14 },
      resources: [
        playlist(
          'math-statistics',
          'Math and statistics for data science',
          'The whole codebasics math and statistics playlist.',
          'PLeo1K3hjS3uuKaU2nBDwr6zrSOTzNCs0l',
          1,
          null,
        ),
        {
          id: 'statistics-book',
          title: 'Practical Statistics for Data Scientists (book)',
          kind: 'book',
          url: 'https://www.oreilly.com/library/view/practical-statistics-for/9781492072935/',
          description:
            '50+ essential concepts using R and Python, by Peter Bruce and Andrew Bruce. Tick chapters as you read them.',
          completion: {
            type: 'manual',
            steps: [
              'Exploratory data analysis',
              'Data and sampling distributions',
              'Statistical experiments and significance testing',
              'Regression and prediction',
              'Classification',
              'Statistical machine learning',
              'Unsupervised learning',
            ],
          },
        },
      ],
    },
    {
      id: 'machine-learning',
      title: 'Machine learning',
      weeks: { from: 15, to: 18 },
      resources: [
        playlist(
          'ml',
          'Machine learning tutorials 1–17',
          'The first 17 videos of the codebasics machine learning playlist.',
          ML_EN,
          1,
          17,
          {
            numberedBy: 'tutorial',
            hindi: { playlistId: ML_HI, from: 1, to: 14, numberedBy: 'tutorial' },
          },
        ),
        playlist(
          'ml-regression-project',
          'Data science regression project (tutorials 18–25)',
          'An end-to-end regression project: tutorials 18 to 25 of the same playlist.',
          ML_EN,
          18,
          25,
          // Positions 18 to 25 when the roadmap was written: the project's eight videos, whose
          // titles carry their own numbers ("… Project - 1 : Introduction").
          { numbered: { word: 'project', from: 1, to: 8 } },
        ),
      ],
    },
    {
      id: 'deep-learning',
      title: 'Deep learning',
      weeks: { from: 19, to: 22 },
      resources: [
        playlist(
          'deep-learning',
          'Deep learning tutorials',
          'Artificial, convolutional and recurrent neural networks: the whole playlist.',
          'PLeo1K3hjS3uu7CxAacxVndI4bE_o3BDtO',
          1,
          null,
        ),
      ],
    },
    {
      id: 'mlops',
      title: 'ML Ops',
      weeks: { from: 23, to: 24 },
      resources: [
        {
          id: 'mlflow-tutorials',
          title: 'MLflow tutorials',
          kind: 'web-docs',
          url: 'https://mlflow.org/docs/latest/ml/getting-started/',
          links: [
            { label: 'Getting started', url: 'https://mlflow.org/docs/latest/ml/getting-started/' },
            {
              label: 'Tutorials and examples',
              url: 'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
            },
          ],
          description:
            'Learn one machine learning life cycle tool: work through five pages of the MLflow tutorials (getting started, tracking, traditional ML or deep learning), in any version of the docs.',
          // The docs moved under /docs/<version>/ml/ (MLflow 3): the old tutorials-and-examples
          // page is now a hub of links, so it does not count; its pages of older versions do.
          // A section's own overview page does not count either: only the tutorials below it.
          completion: {
            type: 'pages',
            pathPatterns: [
              '^/docs/[^/]+/ml/getting-started/[^/]',
              '^/docs/[^/]+/ml/tracking/tutorials/[^/]',
              '^/docs/[^/]+/ml/traditional-ml/tutorials/[^/]',
              '^/docs/[^/]+/ml/deep-learning/[^/]+/[^/]',
              '^/docs/[^/]+/tutorials-and-examples/(?!index(\\.html)?$)[^/]',
            ],
            target: 5,
          },
        },
      ],
    },
  ],
  afterRoadmap: [
    { id: 'skill-spark', title: 'PySpark, Hadoop, distributed computing' },
    { id: 'skill-docker', title: 'Docker' },
    { id: 'skill-ci-cd', title: 'CI (continuous integration) & CD (continuous delivery), Jenkins' },
    { id: 'skill-git', title: 'Version control using Git' },
    {
      id: 'skill-serving',
      title: 'FastAPI, TensorFlow Serving: HTTP servers around trained models',
    },
    { id: 'skill-nosql', title: 'NoSQL databases such as MongoDB' },
  ],
};
