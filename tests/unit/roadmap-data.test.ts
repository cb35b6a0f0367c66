import { readFileSync } from 'node:fs';
import { ROADMAP } from '../../data/roadmap';
import type { Resource } from '../../data/roadmap-types';
import { allItems, playlistUses } from '../../lib/plan/roadmap-index';
import { isPlaylistId, isVideoId, parseYouTubeUrl } from '../../lib/tracking/youtube-url';
import { matchUrl } from '../../lib/tracking/url-match';

const resources = allItems(ROADMAP).map((i) => i.resource);
const byId = (id: string) => resources.find((r) => r.id === id)!;

function urlsOf(resource: Resource): string[] {
  const urls = [resource.url, ...(resource.links ?? []).map((l) => l.url)];
  if (resource.completion.type === 'videos')
    urls.push(...resource.completion.variants.map((v) => v.url));
  return urls;
}

describe('the roadmap data', () => {
  it('has the eight phases over weeks 1–24 with no gap or overlap', () => {
    expect(ROADMAP.phases.map((p) => [p.weeks.from, p.weeks.to])).toEqual([
      [1, 4],
      [5, 6],
      [7, 8],
      [9, 12],
      [13, 14],
      [15, 18],
      [19, 22],
      [23, 24],
    ]);
    let next = 1;
    for (const phase of ROADMAP.phases) {
      expect(phase.weeks.from).toBe(next);
      expect(phase.weeks.to).toBeGreaterThanOrEqual(phase.weeks.from);
      next = phase.weeks.to + 1;
    }
    expect(next - 1).toBe(ROADMAP.totalWeeks);
  });

  it('gives every phase a title and resources', () => {
    for (const phase of ROADMAP.phases) {
      expect(phase.id).toMatch(/^[a-z0-9-]+$/);
      expect(phase.title.length).toBeGreaterThan(2);
      expect(phase.resources.length).toBeGreaterThan(0);
    }
  });

  it('has unique ids, complete fields and valid https URLs', () => {
    const ids = [
      ...resources.map((r) => r.id),
      ...ROADMAP.afterRoadmap.map((s) => s.id),
      ...ROADMAP.phases.map((p) => `phase:${p.id}`),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of resources) {
      expect(r.id, r.id).toMatch(/^[a-z0-9-]+$/);
      expect(r.title.trim().length, r.id).toBeGreaterThan(2);
      expect(r.description.trim().length, r.id).toBeGreaterThan(10);
      expect([
        'youtube-playlist',
        'youtube-video',
        'khan-course',
        'kaggle',
        'web-docs',
        'book',
        'repository',
        'community',
      ]).toContain(r.kind);
      for (const url of urlsOf(r)) expect(new URL(url).protocol, `${r.id} ${url}`).toBe('https:');
    }
  });

  it('keeps narrowed item weeks inside their phase', () => {
    for (const phase of ROADMAP.phases) {
      for (const r of phase.resources) {
        if (!r.weeks) continue;
        expect(r.weeks.from).toBeGreaterThanOrEqual(phase.weeks.from);
        expect(r.weeks.to).toBeLessThanOrEqual(phase.weeks.to);
      }
    }
  });

  it('gives every playlist a valid id that matches its URL, and a sane range', () => {
    for (const r of resources) {
      if (r.completion.type !== 'videos') continue;
      expect(r.kind).toBe('youtube-playlist');
      expect(r.completion.variants[0]!.language).toBe('en');
      for (const v of r.completion.variants) {
        expect(isPlaylistId(v.playlistId), v.playlistId).toBe(true);
        expect(v.playlistId.startsWith('PL'), v.playlistId).toBe(true);
        expect(parseYouTubeUrl(v.url)?.playlistId).toBe(v.playlistId);
        expect(v.range.from).toBeGreaterThanOrEqual(1);
        if (v.range.to !== null) expect(v.range.to).toBeGreaterThanOrEqual(v.range.from);
      }
      expect(parseYouTubeUrl(r.url)?.playlistId).toBe(r.completion.variants[0]!.playlistId);
    }
  });

  it.each([
    ['python-level-1', 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0', 1, 14],
    ['python-level-2', 'PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0', 15, 27],
    ['sql-kudvenkat', 'PL08903FB7ACA1C2FB', 1, 12],
    ['pandas', 'PLeo1K3hjS3uuASpe-1LjfG5f14Bnozjwy', 1, 9],
    ['ml', 'PLeo1K3hjS3uvCeTYTeyfe0-rN5r8zn9rw', 1, 17],
    ['ml-regression-project', 'PLeo1K3hjS3uvCeTYTeyfe0-rN5r8zn9rw', 18, 25],
    ['dsa', 'PLeo1K3hjS3uu_n_a__MI_KktGTLYopZ12', 1, null],
    ['numpy', 'PLeo1K3hjS3uset9zIVzJWqplaWBiacTEU', 1, null],
    ['matplotlib', 'PLeo1K3hjS3uu4Lr8_kro2AqaO6CFYgKOl', 1, null],
    ['math-statistics', 'PLeo1K3hjS3uuKaU2nBDwr6zrSOTzNCs0l', 1, null],
    ['deep-learning', 'PLeo1K3hjS3uu7CxAacxVndI4bE_o3BDtO', 1, null],
  ])('asks for the roadmap’s range of %s', (id, playlistId, from, to) => {
    const c = byId(id).completion;
    expect(c.type).toBe('videos');
    if (c.type !== 'videos') return;
    expect(c.variants[0]).toMatchObject({ playlistId, range: { from, to } });
  });

  it('gives every bounded range of the author’s tutorials its numbering, of the same size', () => {
    const numbered = resources.flatMap((r) =>
      r.completion.type === 'videos'
        ? r.completion.variants.map((v) => [r.id, v.language, v.range] as const)
        : [],
    );
    for (const [id, language, range] of numbered) {
      if (range.to === null) {
        expect(range.numbered, `${id} ${language}`).toBeUndefined();
        continue;
      }
      expect(range.numbered, `${id} ${language}`).toBeDefined();
      expect(range.numbered!.to - range.numbered!.from, `${id} ${language}`).toBe(
        range.to - range.from,
      );
    }
    // "Tutorial 18 to 25" of the ML playlist is the regression project's eight videos.
    const project = byId('ml-regression-project').completion;
    expect(project.type === 'videos' && project.variants[0]!.range.numbered).toEqual({
      word: 'project',
      from: 1,
      to: 8,
    });
    const sql = byId('sql-kudvenkat').completion;
    expect(sql.type === 'videos' && sql.variants[0]!.range.numbered?.word).toBe('part');
  });

  it('offers the Hindi alternatives as variants of the same items', () => {
    const python = byId('python-level-1').completion;
    const ml = byId('ml').completion;
    expect(python.type === 'videos' && python.variants[1]).toMatchObject({
      language: 'hi',
      playlistId: 'PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO',
    });
    expect(ml.type === 'videos' && ml.variants[1]).toMatchObject({
      language: 'hi',
      playlistId: 'PLPbgcxheSpE0aBsefANDYe2X_-tyJbBMr',
      range: { from: 1, to: 14 },
    });
  });

  it('marks the SQL playlist’s optional continuation beyond #12', () => {
    const c = byId('sql-kudvenkat').completion;
    expect(c.type === 'videos' && c.continuation).toEqual({ from: 13, to: null });
  });

  it('has Computers 101 with four required sections and the rest optional', () => {
    const c = byId('khan-cs-principles').completion;
    expect(c.type).toBe('khan-sections');
    if (c.type !== 'khan-sections') return;
    expect(c.sections.filter((s) => !s.optional).map((s) => s.title)).toEqual([
      'Digital information',
      'The Internet',
      'Programming',
      'Algorithms',
    ]);
    expect(c.sections.some((s) => s.optional)).toBe(true);
  });

  it('has the after-the-roadmap skills with no week', () => {
    expect(ROADMAP.afterRoadmap.map((s) => s.title).join(' ')).toMatch(
      /Spark.*Docker.*Jenkins.*Git.*FastAPI.*MongoDB/s,
    );
  });

  it('represents every resource of the source document', () => {
    const source = readFileSync(new URL('../fixtures/roadmap-source.md', import.meta.url), 'utf8');
    const links = [...source.matchAll(/https?:\/\/[^\s)<>]+/g)].map((m) =>
      m[0].replace(/[.,]$/, ''),
    );
    expect(links.length).toBeGreaterThan(15);
    const known = resources.flatMap(urlsOf);
    for (const link of links) {
      const represented =
        known.some((url) => url === link) ||
        matchUrl(link, ROADMAP) !== null ||
        known.some(
          (url) =>
            new URL(url).hostname.replace(/^www\./, '') ===
              new URL(link).hostname.replace(/^www\./, '') && link.includes('mlflow'),
        );
      expect(represented, link).toBe(true);
    }
    // Resources that have no link in the source.
    expect(byId('statistics-book').title).toContain('Practical Statistics for Data Scientists');
    expect(ROADMAP.afterRoadmap).toHaveLength(6);
  });

  it('gives every single video a valid id and every playlist a use', () => {
    for (const r of resources)
      if (r.completion.type === 'video') expect(isVideoId(r.completion.videoId)).toBe(true);
    expect(
      playlistUses(ROADMAP)
        .get('PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0')
        ?.map((u) => u.resource.id),
    ).toEqual(['python-level-1', 'python-level-2']);
  });
});

describe('the roadmap in Hindi', () => {
  const DEVANAGARI = /[\u0900-\u097F]/;
  const items = ROADMAP.phases.flatMap((p) => p.resources);

  it('gives every resource a Hindi title and description, written in Devanagari', () => {
    for (const r of items) {
      expect(r.hi.title.trim(), r.id).not.toBe('');
      expect(r.hi.description, r.id).toMatch(DEVANAGARI);
      // Proper names stay as they are (“Khan Academy”, “NumPy”), the rest is Hindi.
      expect(r.hi.title + r.hi.description, r.id).not.toContain(r.description);
    }
  });

  it('gives every phase, section, chapter, link and later skill its Hindi words', () => {
    for (const phase of ROADMAP.phases) expect(phase.hi.title, phase.id).toMatch(DEVANAGARI);
    for (const r of items) {
      for (const link of r.links ?? []) expect(link.labelHi, r.id).toMatch(DEVANAGARI);
      const c = r.completion;
      if (c.type === 'khan-sections')
        for (const s of c.sections) expect(s.hi.title, s.id).toMatch(DEVANAGARI);
      if (c.type === 'manual' && c.steps) {
        expect(c.stepsHi, r.id).toHaveLength(c.steps.length);
        for (const step of c.stepsHi!) expect(step, r.id).toMatch(DEVANAGARI);
      }
    }
    for (const skill of ROADMAP.afterRoadmap) expect(skill.hi.title.trim(), skill.id).not.toBe('');
  });
});
