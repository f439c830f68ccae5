import { describe, expect, it } from 'vitest';
import { clearAllData, requiredOriginsOf, type ClearAllApi } from '../../settings/clear-all';

const PORTALS = ['https://elan.caf.fr/*', 'https://partenaires.caf.fr/*'];

function fakeApi(granted: string[], overrides: Partial<ClearAllApi> = {}) {
  const state = { granted: [...granted], storageCleared: false, historyCleared: false };
  const api: ClearAllApi = {
    grantedOrigins: async () => [...state.granted],
    removeOrigins: async (origins) => {
      // Like the browser: a required origin cannot be removed, and nothing is then removed.
      if (origins.some((o) => PORTALS.includes(o))) throw new Error('required permission');
      state.granted = state.granted.filter((o) => !origins.includes(o));
      return true;
    },
    requiredOrigins: requiredOriginsOf({ content_scripts: [{ matches: PORTALS }] }),
    clearStorage: async () => {
      state.storageCleared = true;
    },
    clearHistory: async () => {
      state.historyCleared = true;
      return { ok: true };
    },
    ...overrides,
  };
  return { api, state };
}

describe('« Effacer toutes les données »', () => {
  it('withdraws the host permissions granted for added addresses, and clears everything', async () => {
    const { api, state } = fakeApi([...PORTALS, 'https://nouveau-portail.caf.fr/*']);
    expect(await clearAllData(api)).toEqual({
      ok: true,
      message: 'Toutes les données locales ont été effacées.',
    });
    expect(state.granted).toEqual(PORTALS);
    expect(state.storageCleared).toBe(true);
    expect(state.historyCleared).toBe(true);
  });

  it('with no added address, removes no permission', async () => {
    let asked = false;
    const { api } = fakeApi(PORTALS, {
      removeOrigins: async () => {
        asked = true;
        return true;
      },
    });
    expect((await clearAllData(api)).ok).toBe(true);
    expect(asked).toBe(false);
  });

  it('says in French what could not be cleared, and still clears the rest', async () => {
    const { api, state } = fakeApi([...PORTALS, 'https://x.fr/*'], {
      removeOrigins: async () => false,
      clearHistory: async () => ({ ok: false, message: 'quota' }),
    });
    const r = await clearAllData(api);
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      'Effacement incomplet : les autorisations des sites ajoutés sont restées accordées ; l’historique n’a pas pu être effacé. Réessayez.',
    );
    expect(state.storageCleared).toBe(true);
  });

  it('counts the manifest’s host permissions as required too', () => {
    expect(
      requiredOriginsOf({
        host_permissions: ['https://nouveau-portail.caf.fr/*'],
        content_scripts: [{ matches: PORTALS }, {}],
      }),
    ).toEqual(['https://nouveau-portail.caf.fr/*', ...PORTALS]);
  });
});
