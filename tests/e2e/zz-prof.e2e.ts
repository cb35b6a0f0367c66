import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { launch } from './harness';
import { fillHistory } from '../../bench/history';
it('profile', async () => {
  const h = await launch();
  const setup = await h.context.newPage();
  await setup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await setup.getByRole('button', { name: 'Start today' }).click();
  await setup.getByRole('heading', { name: /Week 1 of 24/ }).waitFor();
  const history = process.env.HIST === '1';
  if (history) {
    await fillHistory(setup);
    await setup.reload();
    await setup.getByRole('heading', { name: /Week \d+ of 24/ }).waitFor();
    await setup.waitForTimeout(2000);
  }
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const RUNS = 10;
  for (let run = 0; run < RUNS; run++) {
    await cdp.send('Profiler.start');
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.waitForFunction(() => performance.getEntriesByName('checklist-rendered').length > 0);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const dt = profile.timeDeltas!;
    profile.samples!.forEach((id, i) => {
      const ms = (dt[i] ?? 0) / 1000 / (RUNS - 2);
      if (run < 2) return;
      const n = byId.get(id)!;
      const name = (x: typeof n) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber}`;
      self.set(name(n), (self.get(name(n)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const k = name(byId.get(cur)!);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + ms);
      }
    });
  }
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`);
  writeFileSync(`/tmp/prof2-${history ? 'hist' : 'empty'}.txt`, ['SELF', ...fmt(self), '', 'TOTAL', ...fmt(total)].join('\n'));
  await h.close();
}, 180000);
