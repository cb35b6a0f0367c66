// @vitest-environment happy-dom
import {
  domVideoId,
  findMainVideo,
  isAdShowing,
  readPanel,
  readPlaylistPage,
} from '../../lib/youtube/page-dom';

const LIST = 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0';
const id = (n: number) => `vid${String(n).padStart(8, '0')}`;

function panelHtml(count: number, selected: number, hiddenDuplicate = true): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `<ytd-playlist-panel-video-renderer ${i + 1 === selected ? 'selected' : ''}>
       <a id="wc-endpoint" href="/watch?v=${id(i + 1)}&list=${LIST}&index=${i + 1}"><span id="index">${i + 1}</span><span id="video-title" title="Lesson ${i + 1}">Lesson ${i + 1}</span></a>
     </ytd-playlist-panel-video-renderer>`,
  ).join('');
  return `${hiddenDuplicate ? '<ytd-playlist-panel-renderer hidden></ytd-playlist-panel-renderer>' : ''}
    <ytd-playlist-panel-renderer><div id="header-contents"><h3><yt-formatted-string class="title">Python</yt-formatted-string></h3>
    <span class="index-message">${selected} / 1,234</span></div><div id="items">${rows}</div></ytd-playlist-panel-renderer>`;
}

/** What both /playlist layouts of the tests show: "Numpy", 27 videos, the first two read. */
const numpyTwo = () => ({
  playlistId: LIST,
  title: 'Numpy',
  total: 27,
  items: [
    { videoId: id(1), position: 1, title: 'T1' },
    { videoId: id(2), position: 2, title: 'T2' },
  ],
});

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading YouTube pages', () => {
  it('finds the main video and not a hover preview or the miniplayer', () => {
    document.body.innerHTML = `<div id="inline-preview-player"><video id="preview"></video></div>
      <div class="miniplayer"><video id="mini"></video></div>
      <div id="movie_player" class="html5-video-player"><div class="html5-video-container"><video id="main" class="html5-main-video"></video></div></div>`;
    expect(findMainVideo(document)?.id).toBe('main');
  });

  it('falls back to other player containers', () => {
    document.body.innerHTML = `<div id="player-container-id"><video id="mobile"></video></div>`;
    expect(findMainVideo(document)?.id).toBe('mobile');
    document.body.innerHTML = `<div id="inline-preview-player"><video></video></div>`;
    expect(findMainVideo(document)).toBeNull();
  });

  it('sees the ad classes on the player', () => {
    document.body.innerHTML = `<div id="movie_player" class="html5-video-player ad-showing"></div><div id="p2" class="html5-video-player"></div>`;
    expect(isAdShowing(document.getElementById('movie_player'))).toBe(true);
    expect(isAdShowing(document.getElementById('p2'))).toBe(false);
    expect(isAdShowing(null)).toBe(false);
  });

  it('reads the watch page panel, skipping the hidden duplicate', () => {
    document.body.innerHTML = panelHtml(3, 2);
    expect(readPanel(document, LIST)).toEqual({
      playlistId: LIST,
      title: 'Python',
      total: 1234,
      items: [1, 2, 3].map((n) => ({ videoId: id(n), position: n, title: `Lesson ${n}` })),
    });
  });

  it('reads the grid layout’s panel, whose rows are the children of #items', () => {
    const rows = [1, 2]
      .map(
        (n) =>
          `<div class="row"><a href="/watch?v=${id(n)}&list=${LIST}&index=${n + 1}"><span id="video-title">Part ${n}</span></a></div>`,
      )
      .join('');
    document.body.innerHTML = `<div id="page-manager"><ytd-watch-grid video-id="${id(1)}">
      <div id="playlist"><div id="header-contents"><h3><span class="title">Python</span></h3><span class="index-message">1 / 40</span></div>
      <div id="items">${rows}<div class="spinner"></div></div></div></ytd-watch-grid></div>`;
    expect(readPanel(document, LIST)).toEqual({
      playlistId: LIST,
      title: 'Python',
      total: 40,
      items: [
        { videoId: id(1), position: 2, title: 'Part 1' },
        { videoId: id(2), position: 3, title: 'Part 2' },
      ],
    });
  });

  it('reads the mobile site’s panel and playlist page (ytm- rows)', () => {
    const row = (tag: string, n: number) =>
      `<${tag}><a href="/watch?v=${id(n)}&list=${LIST}&index=${n}"><div class="thumb">12:0${n}</div><h4 class="compact-media-item-headline"><span>Lesson ${n}</span></h4></a></${tag}>`;
    document.body.innerHTML = `<div class="playlist-content">${row('ytm-playlist-panel-video-renderer', 1)}${row('ytm-playlist-panel-video-renderer', 2)}</div>`;
    const items = [1, 2].map((n) => ({ videoId: id(n), position: n, title: `Lesson ${n}` }));
    expect(readPanel(document, LIST)).toEqual({ playlistId: LIST, items });
    document.body.innerHTML = `<div class="metadata-stats">2 videos</div>${row('ytm-playlist-video-renderer', 1)}${row('ytm-playlist-video-renderer', 2)}`;
    expect(readPlaylistPage(document, LIST)).toEqual({ playlistId: LIST, items, total: 2 });
  });

  it('returns nothing rather than guessing when the panel is missing or changed', () => {
    expect(readPanel(document, LIST)).toBeNull();
    document.body.innerHTML =
      '<ytd-playlist-panel-renderer><div>new markup</div></ytd-playlist-panel-renderer>';
    expect(readPanel(document, LIST)).toBeNull();
  });

  it('places no row whose link does not say its position (the panel shows a window of a long list)', () => {
    document.body.innerHTML = panelHtml(3, 1).replace('&index=2', '');
    expect(readPanel(document, LIST)?.items.map((i) => i.position)).toEqual([1, 3]);
  });

  it('ignores panel items of another playlist', () => {
    document.body.innerHTML = panelHtml(2, 1).replaceAll(LIST, 'PLother12345');
    expect(readPanel(document, LIST)).toBeNull();
  });

  it('reads the /playlist page items and its video count', () => {
    document.body.innerHTML = `<ytd-playlist-header-renderer><h1>Numpy</h1><div class="metadata-stats"><span>27 videos</span></div></ytd-playlist-header-renderer>
      <div id="contents">${[1, 2].map((n) => `<ytd-playlist-video-renderer><a id="video-title" title="T${n}" href="/watch?v=${id(n)}&list=${LIST}&index=${n}">T${n}</a></ytd-playlist-video-renderer>`).join('')}</div>`;
    expect(readPlaylistPage(document, LIST)).toEqual(numpyTwo());
  });

  it('reads the /playlist page of 2026 (lockup rows), and no lockup of another list', () => {
    const lockup = (href: string, title: string) =>
      `<yt-lockup-view-model><a class="ytLockupViewModelContentImage" href="${href}"></a><div><h3 title="${title}">${title}</h3></div></yt-lockup-view-model>`;
    document.body.innerHTML = `<yt-page-header-renderer><h1>Numpy</h1><span>27 videos</span></yt-page-header-renderer>
      <yt-item-section-renderer><div id="contents">
        ${lockup(`/watch?v=${id(1)}&list=${LIST}&index=1&pp=x`, 'T1')}
        ${lockup(`/watch?v=${id(2)}&list=${LIST}&index=2`, 'T2')}
        ${lockup(`/watch?v=${id(9)}&list=PLother12345&index=1`, 'Other')}
        ${lockup(`/watch?v=${id(8)}`, 'No list')}
      </div></yt-item-section-renderer>`;
    expect(readPlaylistPage(document, LIST)).toEqual(numpyTwo());
  });

  it('reads the watch page’s own video id, in the older and the grid layout', () => {
    document.body.innerHTML = '<ytd-watch-flexy video-id="abcdefghijk"></ytd-watch-flexy>';
    expect(domVideoId(document)).toBe('abcdefghijk');
    document.body.innerHTML =
      '<ytd-watch-grid hidden video-id="zzzzzzzzzzz"></ytd-watch-grid><ytd-watch-grid video-id="abcdefghijk"></ytd-watch-grid>';
    expect(domVideoId(document)).toBe('abcdefghijk');
    document.body.innerHTML = '';
    expect(domVideoId(document)).toBeNull();
  });
});

describe('the /playlist page of another channel’s playlist in 2026 (issue 30)', () => {
  const lockup = (n: number, bem = false) =>
    `<div><yt-lockup-view-model><a class="${bem ? 'yt-lockup-view-model__content-image' : 'ytLockupViewModelContentImage'}" href="/watch?v=${id(n)}&list=${LIST}&index=${n}&pp=iAQB"></a><div><h3 title="T${n}"><a class="ytLockupMetadataViewModelTitle">T${n}</a></h3></div></yt-lockup-view-model></div>`;
  const page = (section: string, count: string, rows: string) =>
    `<ytd-browse page-subtype="playlist"><yt-page-header-renderer><yt-dynamic-text-view-model><h1><span>Numpy</span></h1></yt-dynamic-text-view-model><yt-content-metadata-view-model><span class="ytContentMetadataViewModelMetadataText">codebasics</span><span class="ytContentMetadataViewModelMetadataText">${count}</span><span class="ytContentMetadataViewModelMetadataText">12,345 views</span></yt-content-metadata-view-model></yt-page-header-renderer><${section}><div id="contents">${rows}</div></${section}></ytd-browse>`;

  it.each([
    ['ytd-item-section-renderer', '27 videos'],
    ['yt-item-section-renderer', '27 वीडियो'],
    ['ytd-item-section-renderer', '27 vidéos'],
  ])('reads wrapped lockups under %s, and the count “%s” in any language', (section, count) => {
    document.body.innerHTML = page(
      section,
      count,
      lockup(1) +
        lockup(2, true) +
        '<div><yt-lockup-view-model><a class="ytLockupViewModelContentImage" href="/watch?v=ot000000001&list=PLmix0000000&index=1"></a></yt-lockup-view-model></div>',
    );
    expect(readPlaylistPage(document, LIST)).toEqual(numpyTwo());
  });

  it('a header without a count gives no total, never the views', () => {
    document.body.innerHTML = page('ytd-item-section-renderer', 'Updated today', lockup(1));
    expect(readPlaylistPage(document, LIST)?.total).toBeUndefined();
  });
});

describe('panel rows wrapped, and the miniplayer’s panel (issue 30)', () => {
  it('reads each wrapped row once, and not the miniplayer’s second panel', () => {
    document.body.innerHTML = `<ytd-miniplayer>${panelHtml(3, 1, false).replaceAll('Lesson', 'Mini')}</ytd-miniplayer>${panelHtml(4, 2)}`;
    for (const row of document.querySelectorAll('ytd-playlist-panel-video-renderer')) {
      const wrapper = document.createElement('ytd-playlist-panel-video-wrapper-renderer');
      row.replaceWith(wrapper);
      wrapper.append(row);
    }
    const panel = readPanel(document, LIST);
    expect(panel?.items.map((i) => i.title)).toEqual([
      'Lesson 1',
      'Lesson 2',
      'Lesson 3',
      'Lesson 4',
    ]);
    expect(panel?.total).toBe(1234);
  });
});
