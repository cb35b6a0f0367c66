import { syncConsent, type ConsentPermissions } from '../../lib/browser/sync-consent';

function fakePermissions(options: { knows: boolean; grants: boolean; held: boolean }) {
  const asked: object[] = [];
  const permissions: ConsentPermissions = {
    request: async (p) => {
      asked.push(p);
      if (!options.knows) throw new Error('Type error for parameter permissions');
      return options.grants;
    },
    contains: async () => options.held,
    getAll: async () =>
      options.knows ? { permissions: [], origins: [], data_collection: [] } : { permissions: [] },
  };
  return { permissions, asked };
}

describe('Firefox’s consent for sync', () => {
  it('asks Firefox for browsing activity, and sync runs only with it', async () => {
    const refused = fakePermissions({ knows: true, grants: false, held: false });
    const firefox = syncConsent(refused.permissions, true);
    expect(await firefox.ask()).toBe(false);
    expect(refused.asked).toEqual([{ data_collection: ['browsingActivity'] }]);
    expect(await firefox.held()).toBe(false);
    const granted = syncConsent(
      fakePermissions({ knows: true, grants: true, held: true }).permissions,
      true,
    );
    expect(await granted.ask()).toBe(true);
    expect(await granted.held()).toBe(true);
  });

  it('stops sync when the consent is withdrawn later', async () => {
    const withdrawn = syncConsent(
      fakePermissions({ knows: true, grants: true, held: false }).permissions,
      true,
    );
    expect(await withdrawn.held()).toBe(false);
  });

  it('lets a Firefox without data consent, and Chrome, sync on the learner’s own choice', async () => {
    const old = syncConsent(
      fakePermissions({ knows: false, grants: false, held: false }).permissions,
      true,
    );
    expect(await old.ask()).toBe(true);
    expect(await old.held()).toBe(true);
    const chrome = fakePermissions({ knows: false, grants: false, held: false });
    const c = syncConsent(chrome.permissions, false);
    expect(await c.ask()).toBe(true);
    expect(await c.held()).toBe(true);
    expect(chrome.asked).toEqual([]);
  });
});
