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

  it('gives undefined for what was in flight when the worker stops, says so, and reconnects next time', async () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const channel = contentChannel({ isInvalid: false }, () => {
      const port = fakePort(() => ({ stored: true }));
      port.postMessage = (e: unknown) => void port.posted.push(e); // never answers
      ports.push(port);
      return port;
    });
    const { send } = channel;
    let disconnects = 0;
    channel.onDisconnect(() => disconnects++);
    const inFlight = send('yt:classify', { videoId: 'abcdefghijk' });
    ports[0]!.disconnect();
    expect(await inFlight).toBeUndefined();
    // The page is told: what the background followed for it is gone.
    expect(disconnects).toBe(1);
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

  it('posts without asking a reply, and hands the background’s requests for a report on', async () => {
    const port = fakePort(() => ({ stored: true }));
    const channel = contentChannel({ isInvalid: false }, () => port);
    let asked = 0;
    channel.onConfirm(() => void asked++);
    const payload = { videoId: 'abcdefghijk', duration: 10, intervals: [], currentTime: 1 };
    expect(channel.post('yt:progress', payload)).toBe(true);
    expect(port.posted).toEqual([{ message: { type: 'yt:progress', payload } }]);
    port.deliver({ confirm: true });
    port.deliver({ confirm: 'yes' });
    expect(asked).toBe(1);
    // An invalid context posts nothing, and says so.
    const dead = contentChannel({ isInvalid: true }, () => port);
    expect(dead.post('yt:progress', payload)).toBe(false);
  });
});
