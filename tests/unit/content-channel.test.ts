import { contentChannel } from '../../lib/browser/content-channel';

function fakePort(answer: (message: { type: string }) => unknown) {
  const listeners: { message: ((m: unknown) => void)[]; disconnect: (() => void)[] } = {
    message: [],
    disconnect: [],
  };
  const port = {
    posted: [] as unknown[],
    postMessage(envelope: unknown) {
      port.posted.push(envelope);
      const { id, message } = envelope as { id: number; message: { type: string } };
      queueMicrotask(() => listeners.message.forEach((fn) => fn({ id, reply: answer(message) })));
    },
    onMessage: { addListener: (fn: (m: unknown) => void) => listeners.message.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => listeners.disconnect.push(fn) },
    disconnect: () => listeners.disconnect.forEach((fn) => fn()),
    /** A message from the background that answers nothing. */
    deliver: (message: unknown) => listeners.message.forEach((fn) => fn(message)),
  };
  return port;
}

describe('the content scripts’ channel', () => {
  it('sends over one port and matches each reply to its message', async () => {
    let opened = 0;
    const port = fakePort((m) => ({ echo: m.type }));
    const { send } = contentChannel({ isInvalid: false }, () => (opened++, port));
    const [a, b] = await Promise.all([
      send('yt:classify', { videoId: 'abcdefghijk' }),
      send('page:time', {
        url: 'https://mlflow.org/docs/latest/ml/tutorials-and-examples/',
        activeMs: 5,
      }),
    ]);
    expect(a).toEqual({ echo: 'yt:classify' });
    expect(b).toEqual({ echo: 'page:time' });
    expect(opened).toBe(1);
  });

  it('gives undefined for what was in flight when the worker stops, and reconnects next time', async () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const { send } = contentChannel({ isInvalid: false }, () => {
      const port = fakePort(() => ({ stored: true }));
      port.postMessage = (e: unknown) => void port.posted.push(e); // never answers
      ports.push(port);
      return port;
    });
    const inFlight = send('yt:classify', { videoId: 'abcdefghijk' });
    ports[0]!.disconnect();
    expect(await inFlight).toBeUndefined();
    void send('yt:classify', { videoId: 'abcdefghijk' });
    expect(ports).toHaveLength(2);
  });

  it('sends nothing once the extension context is invalid, and never throws', async () => {
    let opened = 0;
    const invalid = contentChannel(
      { isInvalid: true },
      () => (opened++, fakePort(() => null)),
    ).send;
    expect(await invalid('yt:classify', { videoId: 'abcdefghijk' })).toBeUndefined();
    expect(opened).toBe(0);
    const broken = contentChannel({ isInvalid: false }, () => {
      throw new Error('Extension context invalidated.');
    }).send;
    expect(await broken('yt:classify', { videoId: 'abcdefghijk' })).toBeUndefined();
  });

  it('asks whether the context is still valid when it opens a port, not on every message', async () => {
    let reads = 0;
    const ctx = {
      get isInvalid() {
        reads++;
        return false;
      },
    };
    const { send } = contentChannel(ctx, () => fakePort(() => ({ stored: true })));
    for (let i = 0; i < 5; i++) await send('yt:classify', { videoId: 'abcdefghijk' });
    expect(reads).toBe(1);
  });

  it('posts without asking for a reply, on the same port, and says when it could not', async () => {
    let opened = 0;
    const port = fakePort(() => ({ stored: true }));
    const channel = contentChannel({ isInvalid: false }, () => (opened++, port));
    const progress = {
      videoId: 'abcdefghijk',
      duration: 100,
      intervals: [[0, 10] as const],
      playedMs: 10_000,
      currentTime: 10,
    };
    expect(channel.post('yt:progress', progress)).toBe(true);
    await channel.send('yt:classify', { videoId: 'abcdefghijk' });
    expect(opened).toBe(1);
    expect(port.posted[0]).toEqual({ message: { type: 'yt:progress', payload: progress } });
    expect(port.posted[0]).not.toHaveProperty('id');

    const invalid = contentChannel({ isInvalid: true }, () => fakePort(() => null));
    expect(invalid.post('yt:progress', progress)).toBe(false);
    const broken = contentChannel({ isInvalid: false }, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(broken.post('yt:progress', progress)).toBe(false);
  });

  it('hands what the background pushes to its listener, apart from replies', async () => {
    const port = fakePort(() => ({ stored: true }));
    const channel = contentChannel({ isInvalid: false }, () => port);
    const pushes: unknown[] = [];
    channel.onPush((push) => pushes.push(push));
    expect(await channel.send('yt:classify', { videoId: 'abcdefghijk' })).toEqual({
      stored: true,
    });
    const push = { videoId: 'abcdefghijk', companion: null };
    port.deliver({ push });
    port.deliver({ id: 999, reply: { stored: true } });
    expect(pushes).toEqual([push]);
  });
});
