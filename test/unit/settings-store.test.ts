import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearStorage,
  getAllSites,
  getMarks,
  getSettings,
  getSite,
  onSettingsChanged,
  setMarks,
  setSettings,
  setSite,
} from '../../settings/store';

const local = () => fakeBrowser.storage.local;

describe('settings store (typed storage items)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual({ role: 'carrier', extraHosts: [] });
    expect(await getSite('elan.caf.fr')).toEqual({
      enabled: true,
      collapsed: false,
      side: 'right',
      overrides: {},
    });
    expect(await getMarks('elan.caf.fr/demande')).toEqual({});
  });

  it('keeps each value under the key earlier versions used', async () => {
    await setSettings({ role: 'instructor', referenceDate: '2025-07-10' });
    await setSite('elan.caf.fr', { collapsed: true });
    await setMarks('elan.caf.fr/demande', { 'a|b|0': { checked: true, note: 'vu' } });
    expect(await local().get(null)).toEqual({
      settings: { role: 'instructor', referenceDate: '2025-07-10', extraHosts: [] },
      'site:elan.caf.fr': { enabled: true, collapsed: true, side: 'right', overrides: {} },
      'marks:elan.caf.fr/demande': { 'a|b|0': { checked: true, note: 'vu' } },
    });
    expect((await getSettings()).role).toBe('instructor');
    expect((await getSite('elan.caf.fr')).collapsed).toBe(true);
  });

  it('reads a damaged value as the defaults, field by field', async () => {
    await local().set({
      settings: { role: 'admin', referenceDate: '2025-02-30', extraHosts: [{ host: 'x' }] },
      'site:elan.caf.fr': { enabled: 'no', side: 'up', overrides: { 'budget.msa': 3 } },
      'marks:d': { k: { checked: 'yes', note: '' }, j: { checked: false, note: 'n' } },
    });
    expect(await getSettings()).toEqual({ role: 'carrier', extraHosts: [] });
    expect(await getSite('elan.caf.fr')).toEqual({
      enabled: true,
      collapsed: false,
      side: 'right',
      overrides: {},
    });
    expect(await getMarks('d')).toEqual({ j: { checked: false, note: 'n' } });
  });

  it('calls back for the settings and this site, not for another site', async () => {
    const changed = vi.fn();
    const stop = onSettingsChanged('elan.caf.fr', changed);
    await setSite('partenaires.caf.fr', { collapsed: true });
    expect(changed).not.toHaveBeenCalled();
    await setSite('elan.caf.fr', { side: 'left' });
    expect(changed).toHaveBeenCalledTimes(1);
    await setSettings({ role: 'instructor' });
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    await setSettings({ role: 'carrier' });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('lists every site, and clears everything', async () => {
    await setSite('elan.caf.fr', { overrides: { 'budget.msa': '#msa' } });
    await setSite('nouveau-portail.caf.fr', { enabled: false });
    await setSettings({ role: 'instructor' });
    // The dossiers' steps read in this session (session/steps-store.ts) go too.
    await fakeBrowser.storage.session.set({ 'clas:steps': [{ origin: 'https://elan.caf.fr' }] });
    const sites = await getAllSites();
    expect(Object.keys(sites).sort()).toEqual(['elan.caf.fr', 'nouveau-portail.caf.fr']);
    expect(sites['elan.caf.fr']!.overrides).toEqual({ 'budget.msa': '#msa' });
    await clearStorage();
    expect(await local().get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
