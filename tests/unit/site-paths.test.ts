// @vitest-environment happy-dom
import { listedLessons } from '../../lib/sites/site-paths';

const KHAN = 'https://www.khanacademy.org/computing/ap-computer-science-principles';

describe('lessons listed on a Khan page', () => {
  it('lists a unit’s lessons, quiz and unit test, and nothing else', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
      `${KHAN}/x2d2f703b37b450a3:digital-information`,
    );
    const unit = `${KHAN}/x2d2f703b37b450a3:digital-information`;
    const links = [
      `${unit}/x2d2f703b37b450a3:binary-numbers/v/bits-and-bytes`,
      `${unit}/x2d2f703b37b450a3:binary-numbers/e/binary-numbers-quiz?modal=1`,
      `${unit}/quiz/x2d2f703b37b450a3:digital-information-quiz-1`,
      `${unit}/test/x2d2f703b37b450a3:digital-information-unit-test`,
      `${KHAN}/programming-101`,
      'https://www.khanacademy.org/math/algebra/x2f8bb11595b61c86:functions/a/what-is-a-function',
    ];
    document.body.innerHTML = links.map((href) => `<a href="${href}">x</a>`).join('');
    expect(listedLessons(document)).toEqual([
      links[0],
      links[1]!.split('?')[0],
      links[2],
      links[3],
    ]);
  });
});
