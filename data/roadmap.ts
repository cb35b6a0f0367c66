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

/** Words in English and Hindi. */
type Words = readonly [english: string, hindi: string];

function playlist(
  id: string,
  [title, titleHi]: Words,
  [description, descriptionHi]: Words,
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
    hi: { title: titleHi, description: descriptionHi },
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
      hi: { title: 'कंप्यूटर साइंस के सिद्धांत, लेवल 1 कोडिंग, डेटा स्ट्रक्चर और एल्गोरिदम' },
      weeks: { from: 1, to: 4 },
      resources: [
        {
          id: 'tip-effective-learning',
          title: 'How to learn effectively',
          kind: 'youtube-video',
          url: 'https://www.youtube.com/watch?v=yZFrSDjRvjk',
          description:
            'Watch once at the start: how to get the most out of the least time spent studying.',
          hi: {
            title: 'असरदार ढंग से कैसे सीखें',
            description: 'शुरुआत में एक बार देखें: पढ़ाई में कम से कम समय लगाकर सबसे ज़्यादा कैसे सीखें।',
          },
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
          hi: {
            title: 'Khan Academy: कंप्यूटर साइंस के सिद्धांत',
            description:
              'CPU, RAM, इनपुट/आउटपुट, बिट और बाइनरी संख्याएँ। सिर्फ़ पहले चार सेक्शन पढ़ें; बाक़ी वैकल्पिक हैं।',
          },
          completion: {
            type: 'khan-sections',
            coursePath: 'computing/ap-computer-science-principles',
            // `computers-101`'s articles now also live in this separate course, whose units
            // (`digital-information`, `computers`, `the-internet`, `online-data-security`,
            // hash-prefixed) count for the same sections (sites.md, corrections of 2026-12).
            alsoCoursePaths: ['computing/computers-and-internet'],
            sections: [
              // The roadmap's "first 4 sections" are units of today's course (their hash
              // prefix, `x2d2f703b37b450a3:`, is stripped). Its link, `computers-101`, is a unit
              // on bits, binary and the parts of a computer: the roadmap's first section as the
              // author knew it, so it counts for Digital information, beside today's unit.
              {
                id: 'digital-information',
                title: 'Digital information',
                hi: { title: 'डिजिटल जानकारी' },
                unitSlugs: ['computers-101', 'digital-information', 'computers'],
                optional: false,
              },
              {
                id: 'the-internet',
                title: 'The Internet',
                hi: { title: 'इंटरनेट' },
                unitSlugs: ['the-internet', 'internet-101'],
                optional: false,
              },
              {
                id: 'programming',
                title: 'Programming',
                hi: { title: 'प्रोग्रामिंग' },
                unitSlugs: ['programming-101', 'programming'],
                optional: false,
              },
              {
                id: 'algorithms',
                title: 'Algorithms',
                hi: { title: 'एल्गोरिदम' },
                unitSlugs: ['algorithms-101', 'algorithms'],
                optional: false,
              },
              {
                id: 'data-analysis',
                title: 'Data analysis',
                hi: { title: 'डेटा विश्लेषण' },
                unitSlugs: ['data-analysis-101', 'data-analysis'],
                optional: true,
              },
              {
                id: 'simulations',
                title: 'Simulations',
                hi: { title: 'सिमुलेशन' },
                unitSlugs: ['simulations'],
                optional: true,
              },
              {
                id: 'online-data-security',
                title: 'Online data security',
                hi: { title: 'ऑनलाइन डेटा सुरक्षा' },
                unitSlugs: ['online-data-security'],
                optional: true,
              },
              {
                id: 'impact-of-computing',
                title: 'Computing innovations',
                hi: { title: 'कंप्यूटिंग के नवाचार' },
                unitSlugs: ['computing-innovations', 'impact-of-computing', 'global-impact'],
                optional: true,
              },
            ],
          },
        },
        playlist(
          'python-level-1',
          ['Python tutorials 1–14 (level 1)', 'Python ट्यूटोरियल 1–14 (लेवल 1)'],
          [
            'Variables, data types, file operations: the first 14 tutorials of the beginners playlist.',
            'वेरिएबल, डेटा टाइप, फ़ाइल ऑपरेशन: शुरुआती प्लेलिस्ट के पहले 14 ट्यूटोरियल।',
          ],
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
          hi: {
            title: 'Python के अभ्यास और उनके हल',
            description:
              'Python ट्यूटोरियल के अभ्यास, हल के साथ (फ़ोल्डर का नाम Hindi है; अभ्यास दोनों प्लेलिस्ट के लिए हैं)।',
          },
          completion: { type: 'repository', pathPrefix: '/codebasics/py/' },
        },
        playlist(
          'dsa',
          ['Data structures & algorithms', 'डेटा स्ट्रक्चर और एल्गोरिदम'],
          [
            'Every interview asks about data structures and algorithms: the whole playlist.',
            'हर इंटरव्यू में डेटा स्ट्रक्चर और एल्गोरिदम पूछे जाते हैं: पूरी प्लेलिस्ट।',
          ],
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
          hi: {
            title: 'स्टडी ग्रुप ढूँढें',
            description:
              'किसी के साथ पढ़ें और एक-दूसरे को ज़िम्मेदार रखें: codebasics के Discord पर साथी ढूँढने का चैनल है।',
          },
          completion: { type: 'manual' },
          weeks: { from: 1, to: 1 },
          optional: true,
        },
      ],
    },
    {
      id: 'sql',
      title: 'SQL basics',
      hi: { title: 'SQL की बुनियादी बातें' },
      weeks: { from: 5, to: 6 },
      resources: [
        {
          id: 'khan-sql',
          title: 'Khan Academy: Intro to SQL',
          kind: 'khan-course',
          url: 'https://www.khanacademy.org/computing/computer-programming/sql',
          description: 'Relational databases and SQL, whatever career track you choose.',
          hi: {
            title: 'Khan Academy: SQL का परिचय',
            description: 'रिलेशनल डेटाबेस और SQL, आप कोई भी करियर चुनें।',
          },
          completion: {
            type: 'khan-lessons',
            coursePath: 'computing/computer-programming',
            unitSlug: 'sql',
          },
        },
        playlist(
          'sql-kudvenkat',
          ['Kudvenkat SQL tutorials 1–12', 'Kudvenkat SQL ट्यूटोरियल 1–12'],
          [
            'The first 12 videos; tutorials beyond #12 go deeper if you are interested.',
            'पहले 12 वीडियो; रुचि हो तो #12 के बाद के ट्यूटोरियल और गहराई में जाते हैं।',
          ],
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
      hi: { title: 'लेवल 2 कोडिंग' },
      weeks: { from: 7, to: 8 },
      resources: [
        playlist(
          'python-level-2',
          ['Python tutorials 15–27 (level 2)', 'Python ट्यूटोरियल 15–27 (लेवल 2)'],
          [
            'Intermediate Python: tutorials #15 to #27 of the same playlist.',
            'इंटरमीडिएट Python: उसी प्लेलिस्ट के ट्यूटोरियल #15 से #27।',
          ],
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
      hi: { title: 'NumPy, pandas और डेटा विज़ुअलाइज़ेशन' },
      weeks: { from: 9, to: 12 },
      resources: [
        playlist(
          'numpy',
          ['NumPy tutorials', 'NumPy ट्यूटोरियल'],
          ['The whole NumPy playlist.', 'पूरी NumPy प्लेलिस्ट।'],
          'PLeo1K3hjS3uset9zIVzJWqplaWBiacTEU',
          1,
          null,
        ),
        playlist(
          'pandas',
          ['pandas tutorials 1–9', 'pandas ट्यूटोरियल 1–9'],
          ['The first 9 videos of the pandas playlist.', 'pandas प्लेलिस्ट के पहले 9 वीडियो।'],
          'PLeo1K3hjS3uuASpe-1LjfG5f14Bnozjwy',
          1,
          9,
          { numberedBy: 'tutorial' },
        ),
        playlist(
          'matplotlib',
          ['Matplotlib tutorials', 'Matplotlib ट्यूटोरियल'],
          ['The whole Matplotlib playlist.', 'पूरी Matplotlib प्लेलिस्ट।'],
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
            { label: 'Notebooks', labelHi: 'नोटबुक', url: 'https://www.kaggle.com/code' },
            { label: 'Datasets', labelHi: 'डेटासेट', url: 'https://www.kaggle.com/datasets' },
          ],
          description:
            'Read other people’s EDA notebooks and explore datasets to practise what the libraries do. Kaggle Learn’s lessons and exercises are a course of their own: they do not count here.',
          hi: {
            title: 'Kaggle: एक्सप्लोरेटरी डेटा एनालिसिस (EDA)',
            description:
              'दूसरों की EDA नोटबुक पढ़ें और डेटासेट खंगालें, ताकि लाइब्रेरी के काम का अभ्यास हो। Kaggle Learn के पाठ और अभ्यास अपना अलग कोर्स हैं: वे यहाँ नहीं गिने जाते।',
          },
          completion: { type: 'kaggle', notebooks: 5, datasets: 3 },
        },
      ],
    },
    {
      id: 'math-statistics',
      title: 'Math and statistics for machine learning',
      hi: { title: 'मशीन लर्निंग के लिए गणित और सांख्यिकी' },
      weeks: { from: 13, to: 14 },
      resources: [
        playlist(
          'math-statistics',
          ['Math and statistics for data science', 'डेटा साइंस के लिए गणित और सांख्यिकी'],
          [
            'The whole codebasics math and statistics playlist.',
            'codebasics की पूरी गणित और सांख्यिकी प्लेलिस्ट।',
          ],
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
          hi: {
            title: 'Practical Statistics for Data Scientists (किताब)',
            description:
              'R और Python के साथ 50 से ज़्यादा ज़रूरी अवधारणाएँ, Peter Bruce और Andrew Bruce की लिखी। जो अध्याय पढ़ लें, उसे टिक करें।',
          },
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
            stepsHi: [
              'एक्सप्लोरेटरी डेटा एनालिसिस',
              'डेटा और सैंपलिंग डिस्ट्रिब्यूशन',
              'सांख्यिकीय प्रयोग और सिग्निफ़िकेंस टेस्टिंग',
              'रिग्रेशन और प्रेडिक्शन',
              'क्लासिफ़िकेशन',
              'सांख्यिकीय मशीन लर्निंग',
              'अनसुपरवाइज़्ड लर्निंग',
            ],
          },
        },
      ],
    },
    {
      id: 'machine-learning',
      title: 'Machine learning',
      hi: { title: 'मशीन लर्निंग' },
      weeks: { from: 15, to: 18 },
      resources: [
        playlist(
          'ml',
          ['Machine learning tutorials 1–17', 'मशीन लर्निंग ट्यूटोरियल 1–17'],
          [
            'The first 17 videos of the codebasics machine learning playlist.',
            'codebasics की मशीन लर्निंग प्लेलिस्ट के पहले 17 वीडियो।',
          ],
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
          [
            'Data science regression project (tutorials 18–25)',
            'डेटा साइंस रिग्रेशन प्रोजेक्ट (ट्यूटोरियल 18–25)',
          ],
          [
            'An end-to-end regression project: tutorials 18 to 25 of the same playlist.',
            'शुरू से आख़िर तक एक रिग्रेशन प्रोजेक्ट: उसी प्लेलिस्ट के ट्यूटोरियल 18 से 25।',
          ],
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
      hi: { title: 'डीप लर्निंग' },
      weeks: { from: 19, to: 22 },
      resources: [
        playlist(
          'deep-learning',
          ['Deep learning tutorials', 'डीप लर्निंग ट्यूटोरियल'],
          [
            'Artificial, convolutional and recurrent neural networks: the whole playlist.',
            'आर्टिफ़िशियल, कन्वोल्यूशनल और रिकरेंट न्यूरल नेटवर्क: पूरी प्लेलिस्ट।',
          ],
          'PLeo1K3hjS3uu7CxAacxVndI4bE_o3BDtO',
          1,
          null,
        ),
      ],
    },
    {
      id: 'mlops',
      title: 'ML Ops',
      hi: { title: 'ML Ops (मॉडल को चलाना और सँभालना)' },
      weeks: { from: 23, to: 24 },
      resources: [
        {
          id: 'mlflow-tutorials',
          title: 'MLflow tutorials',
          kind: 'web-docs',
          url: 'https://mlflow.org/docs/latest/ml/getting-started/',
          links: [
            {
              label: 'Getting started',
              labelHi: 'शुरुआत',
              url: 'https://mlflow.org/docs/latest/ml/getting-started/',
            },
            {
              label: 'Tutorials and examples',
              labelHi: 'ट्यूटोरियल और उदाहरण',
              url: 'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
            },
          ],
          description:
            'Learn one machine learning life cycle tool: work through five pages of the MLflow tutorials (getting started, tracking, traditional ML or deep learning), in any version of the docs.',
          hi: {
            title: 'MLflow ट्यूटोरियल',
            description:
              'मशीन लर्निंग लाइफ़ साइकिल का एक टूल सीखें: MLflow ट्यूटोरियल के पाँच पेज पूरे करें (getting started, tracking, traditional ML या deep learning), डॉक्स के किसी भी वर्शन में।',
          },
          // The docs moved under /docs/<version>/ml/ (MLflow 3): the old tutorials-and-examples
          // page is now a hub of links, so it does not count; its pages of older versions do.
          // A section's own overview page does not count either: only the tutorials below it.
          completion: {
            type: 'pages',
            pathPatterns: [
              '^/docs/[^/]+/ml/getting-started/[^/]',
              '^/docs/[^/]+/ml/tracking/tutorials/[^/]',
              // Where the old intro quickstart redirects (sites.md, 2026).
              '^/docs/[^/]+/ml/tracking/quickstart/?$',
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
    {
      id: 'skill-spark',
      title: 'PySpark, Hadoop, distributed computing',
      hi: { title: 'PySpark, Hadoop, डिस्ट्रिब्यूटेड कंप्यूटिंग' },
    },
    { id: 'skill-docker', title: 'Docker', hi: { title: 'Docker' } },
    {
      id: 'skill-ci-cd',
      title: 'CI (continuous integration) & CD (continuous delivery), Jenkins',
      hi: { title: 'CI (कंटीन्यूअस इंटीग्रेशन) और CD (कंटीन्यूअस डिलीवरी), Jenkins' },
    },
    { id: 'skill-git', title: 'Version control using Git', hi: { title: 'Git से वर्शन कंट्रोल' } },
    {
      id: 'skill-serving',
      title: 'FastAPI, TensorFlow Serving: HTTP servers around trained models',
      hi: { title: 'FastAPI, TensorFlow Serving: ट्रेन किए गए मॉडल के लिए HTTP सर्वर' },
    },
    {
      id: 'skill-nosql',
      title: 'NoSQL databases such as MongoDB',
      hi: { title: 'MongoDB जैसे NoSQL डेटाबेस' },
    },
  ],
};
