// What waits for a page's first paint (the database's modules, the notes) starts after the
// frame that paints it, or after a short wait in a tab that draws no frames.
const load = async () => (await import('../../components/after-first-paint')).afterFirstPaint;

describe('afterFirstPaint', () => {
  let frames: (() => void)[];
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('waits for the frame, then for the task after it', async () => {
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    expect(await settled(painted)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(await settled(painted)).toBe(true);
  });

  it('is asked for once per page: every caller waits for the same paint', async () => {
    const afterFirstPaint = await load();
    const first = afterFirstPaint();
    const second = afterFirstPaint();
    expect(second).toBe(first);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('goes on without a frame in a tab that draws none (hidden)', async () => {
    const afterFirstPaint = await load();
    const painted = afterFirstPaint();
    await vi.advanceTimersByTimeAsync(150);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(painted)).toBe(true);
  });
});
