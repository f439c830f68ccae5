import { describe, expect, it } from 'vitest';
import {
  contentScriptSync,
  oneAtATime,
  syncOnce,
  type RegistrationApi,
} from '../../settings/content-registration';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Like `browser.scripting`: registering an id already registered fails; every call yields. */
function fakeBrowser(hosts: string[], granted: string[]) {
  const state = { registered: null as string[] | null, registrations: 0 };
  const api: RegistrationApi = {
    extraHosts: async () => (await tick(), [...hosts]),
    isGranted: async (origin) => (await tick(), granted.includes(origin)),
    isRegistered: async () => (await tick(), state.registered !== null),
    unregister: async () => {
      await tick();
      if (state.registered === null) throw new Error('Nonexistent script ID');
      state.registered = null;
    },
    register: async (matches) => {
      await tick();
      if (state.registered !== null) throw new Error('Duplicate script ID');
      state.registered = matches;
      state.registrations++;
    },
  };
  return { api, state };
}

describe('content script registration for added hosts', () => {
  it('registers exactly the granted hosts', async () => {
    const { api, state } = fakeBrowser(['a.fr', 'b.fr'], ['https://b.fr/*']);
    expect(await syncOnce(api)).toEqual(['b.fr']);
    expect(state.registered).toEqual(['https://b.fr/*']);
  });

  it('two runs started together race without the queue (the bug)…', async () => {
    const { api } = fakeBrowser(['a.fr'], ['https://a.fr/*']);
    const results = await Promise.allSettled([syncOnce(api), syncOnce(api)]);
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
  });

  it('…and never overlap with it: every call succeeds, the end state is right', async () => {
    const { api, state } = fakeBrowser(['a.fr'], ['https://a.fr/*']);
    const sync = contentScriptSync(api);
    const first = sync();
    await tick(); // the first run has started: the next calls wait for it
    const results = await Promise.allSettled([first, sync(), sync(), sync()]);
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(state.registered).toEqual(['https://a.fr/*']);
    // The first run, then one run shared by the three calls made while it ran.
    expect(state.registrations).toBe(2);
  });

  it('a failed run does not block the next one', async () => {
    let fail = true;
    const calls: string[] = [];
    const run = oneAtATime(async () => {
      const failing = fail;
      fail = false;
      await tick();
      calls.push(failing ? 'failed' : 'ran');
      if (failing) throw new Error('boom');
    });
    const first = run();
    await expect(first).rejects.toThrow('boom');
    await run();
    expect(calls).toEqual(['failed', 'ran']);
  });
});
