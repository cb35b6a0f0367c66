import { ROADMAP } from '../../data/roadmap';
import { khanSlug, matchUrl } from '../../lib/tracking/url-match';
import { parseYouTubeUrl, watchUrl } from '../../lib/tracking/youtube-url';
import { mayBeStudyPage } from '../../lib/sites/site-paths';

const PY = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';

describe('YouTube URLs', () => {
  it.each([
    [
      `https://www.youtube.com/watch?v=abcdefghijk&list=${PY}&index=3`,
      { page: 'watch', videoId: 'abcdefghijk', playlistId: PY, index: 3 },
    ],
    [
      `https://www.youtube.com/watch?list=${PY}&index=2&v=abcdefghijk&t=30s`,
      { page: 'watch', videoId: 'abcdefghijk', playlistId: PY, index: 2 },
    ],
    ['https://m.youtube.com/watch?v=abcdefghijk', { page: 'watch', videoId: 'abcdefghijk' }],
    ['https://youtu.be/abcdefghijk', { page: 'watch', videoId: 'abcdefghijk' }],
    ['https://www.youtube.com/shorts/abcdefghijk', { page: 'watch', videoId: 'abcdefghijk' }],
    ['https://www.youtube.com/live/abcdefghijk', { page: 'watch', videoId: 'abcdefghijk' }],
    [
      `https://www.youtube.com/embed/abcdefghijk?list=${PY}&index=0`,
      { page: 'watch', videoId: 'abcdefghijk', playlistId: PY, index: 1 },
    ],
    [`https://www.youtube.com/playlist?list=${PY}`, { page: 'playlist', playlistId: PY }],
    ['https://www.youtube.com/watch?v=short', { page: 'other' }],
    ['https://www.youtube.com/', { page: 'other' }],
    [
      'https://www.youtube.com/watch?v=abcdefghijk&index=zero',
      { page: 'watch', videoId: 'abcdefghijk' },
    ],
  ])('%s', (url, expected) => {
    expect(parseYouTubeUrl(url)).toEqual(expected);
  });

  it.each([
    'https://evil.example/watch?v=abcdefghijk',
    'javascript:alert(1)',
    'not a url',
    'https://youtube.com.evil.example/watch?v=abcdefghijk',
  ])('ignores %s', (url) => expect(parseYouTubeUrl(url)).toBeNull());

  it('builds the canonical link to a playlist position', () => {
    expect(watchUrl('abcdefghijk', PY, 4)).toBe(
      `https://www.youtube.com/watch?v=abcdefghijk&list=${PY}&index=4`,
    );
    expect(watchUrl('abcdefghijk', PY, 4, 61.9)).toBe(
      `https://www.youtube.com/watch?v=abcdefghijk&list=${PY}&index=4&t=61s`,
    );
  });
});

describe('matching a URL to a roadmap resource', () => {
  it.each([
    [
      `https://www.youtube.com/watch?v=abcdefghijk&list=${PY}&index=3`,
      { site: 'youtube', resourceIds: ['python-level-1', 'python-level-2'] },
    ],
    [
      'https://www.youtube.com/playlist?list=PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO',
      { site: 'youtube', resourceIds: ['python-level-1'] },
    ],
    [
      'https://www.youtube.com/watch?v=yZFrSDjRvjk',
      { site: 'youtube', resourceIds: ['tip-effective-learning'] },
    ],
    [
      'https://www.youtube.com/playlist?list=PL08903FB7ACA1C2FB',
      { site: 'youtube', resourceIds: ['sql-kudvenkat'] },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/computers-101/digital-data-representation/a/bits-and-binary',
      {
        site: 'khan',
        resourceId: 'khan-cs-principles',
        group: 'digital-information',
        lessonKind: 'article',
        key: 'computers-101/digital-data-representation/bits-and-binary',
      },
    ],
    [
      'https://es.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:the-internet/x2d2f703b37b450a3:routing/v/the-internet-packet-routing',
      {
        site: 'khan',
        resourceId: 'khan-cs-principles',
        group: 'the-internet',
        lessonKind: 'video',
      },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/computers-101',
      { site: 'khan', group: 'digital-information', key: 'computers-101' },
    ],
    // Today's units of the course (hash-prefixed), their quizzes and unit tests.
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:digital-information/x2d2f703b37b450a3:binary-numbers/v/bits-and-bytes',
      {
        group: 'digital-information',
        lessonKind: 'video',
        key: 'digital-information/binary-numbers/bits-and-bytes',
      },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:digital-information/quiz/x2d2f703b37b450a3:digital-information-quiz-1',
      {
        group: 'digital-information',
        lesson: 'quiz',
        lessonKind: 'exercise',
        key: 'digital-information/quiz/digital-information-quiz-1',
      },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/programming-101/test/programming-101-unit-test',
      {
        group: 'programming',
        lesson: 'test',
        lessonKind: 'exercise',
        key: 'programming-101/test/programming-101-unit-test',
      },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:online-data-security/x2d2f703b37b450a3:phishing/a/phishing-attacks',
      { group: 'online-data-security', key: 'online-data-security/phishing/phishing-attacks' },
    ],
    [
      'https://www.khanacademy.org/computing/ap-computer-science-principles/x2d2f703b37b450a3:computing-innovations/x2d2f703b37b450a3:impact-of-computing/a/beneficial-and-harmful-effects',
      { group: 'impact-of-computing' },
    ],
    [
      'https://www.khanacademy.org/computing/computer-programming/sql/sql-basics/pt/welcome-to-sql',
      {
        site: 'khan',
        resourceId: 'khan-sql',
        group: 'sql',
        lessonKind: 'video',
        key: 'sql/sql-basics/welcome-to-sql',
      },
    ],
    [
      'https://www.khanacademy.org/computing/computer-programming/sql/sql-basics/v/welcome-to-sql',
      {
        site: 'khan',
        resourceId: 'khan-sql',
        lesson: 'sql-basics',
        key: 'sql/sql-basics/welcome-to-sql',
      },
    ],
    [
      'https://www.kaggle.com/code/someone/eda-of-titanic',
      { site: 'kaggle', category: 'notebook', key: 'someone/eda-of-titanic' },
    ],
    [
      'https://www.kaggle.com/code/someone/eda-of-titanic/notebook',
      { site: 'kaggle', category: 'notebook', key: 'someone/eda-of-titanic' },
    ],
    [
      'https://www.kaggle.com/datasets/someone/house-prices',
      { site: 'kaggle', category: 'dataset', key: 'someone/house-prices' },
    ],
    // MLflow's tutorials of today (/docs/<version>/ml/…), latest or versioned: one page each.
    [
      'https://mlflow.org/docs/latest/ml/getting-started/logging-first-model/step1-tracking-server/',
      { site: 'mlflow', key: 'getting-started/logging-first-model/step1-tracking-server' },
    ],
    [
      'https://mlflow.org/docs/3.1.0/ml/getting-started/logging-first-model/step1-tracking-server/index.html',
      { site: 'mlflow', key: 'getting-started/logging-first-model/step1-tracking-server' },
    ],
    [
      'https://mlflow.org/docs/latest/ml/traditional-ml/tutorials/hyperparameter-tuning/',
      { site: 'mlflow', key: 'traditional-ml/tutorials/hyperparameter-tuning' },
    ],
    [
      'https://mlflow.org/docs/latest/ml/tracking/tutorials/local-database',
      { site: 'mlflow', key: 'tracking/tutorials/local-database' },
    ],
    [
      'https://mlflow.org/docs/latest/ml/deep-learning/pytorch/guide/',
      { site: 'mlflow', key: 'deep-learning/pytorch/guide' },
    ],
    // Older versions' tutorial under tutorials-and-examples.
    [
      'https://www.mlflow.org/docs/2.9.2/tutorials-and-examples/tutorial.html',
      { site: 'mlflow', key: 'tutorials-and-examples/tutorial' },
    ],
    [
      'https://github.com/codebasics/py/tree/master/Basics/Exercise/1_print',
      { site: 'github', resourceId: 'python-exercises', key: 'Basics/Exercise/1_print' },
    ],
  ])('%s', (url, expected) => {
    expect(matchUrl(url, ROADMAP)).toMatchObject(expected);
  });

  it.each([
    'https://www.youtube.com/watch?v=abcdefghijk',
    'https://www.youtube.com/playlist?list=PLsomethingElse123',
    'https://www.youtube.com/',
    'https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:functions',
    'https://www.khanacademy.org/computing',
    'https://www.kaggle.com/code',
    'https://www.kaggle.com/competitions/titanic',
    // Kaggle Learn: a course, its lessons, a learner's copy of an exercise (not EDA reading).
    'https://www.kaggle.com/learn/pandas',
    'https://www.kaggle.com/code/alexisbcook/hello-seaborn',
    'https://www.kaggle.com/code/residentmario/creating-reading-and-writing/tutorial',
    'https://www.kaggle.com/code/someone/exercise-hello-seaborn/edit',
    // MLflow: the hub that only links out, its older index, a section's overview, other docs.
    'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
    'https://www.mlflow.org/docs/2.9.2/tutorials-and-examples/index.html',
    'https://mlflow.org/docs/latest/ml/getting-started/',
    'https://mlflow.org/docs/latest/ml/deep-learning/pytorch/',
    'https://mlflow.org/docs/latest/ml/tracking/',
    'https://mlflow.org/docs/latest/api_reference/python_api/mlflow.html',
    'https://github.com/codebasics/py',
    'https://example.com/',
    'garbage',
  ])('matches nothing for %s', (url) => expect(matchUrl(url, ROADMAP)).toBeNull());

  it('strips Khan’s hash prefixes from slugs', () => {
    expect(khanSlug('x2f8bb11595b61c86:functions')).toBe('functions');
    expect(khanSlug('computers-101')).toBe('computers-101');
  });
});

describe('the study sites as they are in 2026 (issue 30)', () => {
  const KHAN = 'https://www.khanacademy.org/computing/ap-computer-science-principles';
  it('a Khan quiz or unit test is one page with one key, at the unit or inside a lesson', () => {
    for (const kind of ['quiz', 'test']) {
      const unitForm = matchUrl(
        `${KHAN}/x2d2f703b37b450a3:digital-information/${kind}/x2d2f703b37b450a3:digital-information-${kind}-1`,
        ROADMAP,
      );
      const lessonForm = matchUrl(
        `${KHAN}/x2d2f703b37b450a3:digital-information/x2d2f703b37b450a3:binary-numbers/${kind}/x2d2f703b37b450a3:digital-information-${kind}-1`,
        ROADMAP,
      );
      expect(unitForm).toMatchObject({
        site: 'khan',
        group: 'digital-information',
        lessonKind: 'exercise',
      });
      expect(lessonForm).toEqual(unitForm);
    }
  });

  it('the computers-and-internet course counts for the same sections', () => {
    const course = 'https://www.khanacademy.org/computing/computers-and-internet';
    expect(
      matchUrl(
        `${course}/xcae6f4a7ff015e7d:computers/xcae6f4a7ff015e7d:logic-gates-and-circuits/a/logic-gates`,
        ROADMAP,
      ),
    ).toMatchObject({
      site: 'khan',
      resourceId: 'khan-cs-principles',
      group: 'digital-information',
    });
    expect(
      matchUrl(
        `${course}/xcae6f4a7ff015e7d:the-internet/xcae6f4a7ff015e7d:routing/v/packets`,
        ROADMAP,
      ),
    ).toMatchObject({ resourceId: 'khan-cs-principles', group: 'the-internet' });
    expect(mayBeStudyPage(`${course}/xcae6f4a7ff015e7d:digital-information`)).toBe(true);
  });

  it('Kaggle Learn lessons by matleonard and var0101 are not EDA notebooks', () => {
    for (const author of ['matleonard', 'var0101'])
      expect(
        matchUrl(`https://www.kaggle.com/code/${author}/text-classification`, ROADMAP),
      ).toBeNull();
    expect(matchUrl('https://www.kaggle.com/code/someone/eda-of-titanic', ROADMAP)).not.toBeNull();
  });

  it('MLflow’s tracking quickstart counts, in any version, as one page', () => {
    const a = matchUrl('https://mlflow.org/docs/latest/ml/tracking/quickstart/', ROADMAP);
    const b = matchUrl('https://mlflow.org/docs/3.4.0/ml/tracking/quickstart', ROADMAP);
    expect(a).toMatchObject({ site: 'mlflow', resourceId: 'mlflow-tutorials' });
    expect(b).toEqual(a);
    expect(mayBeStudyPage('https://mlflow.org/docs/latest/ml/tracking/quickstart')).toBe(true);
  });
});
