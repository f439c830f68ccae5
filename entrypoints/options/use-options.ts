import { useEffect, useState } from 'preact/hooks';
import type { Settings, SiteSettings } from '../../settings/schema';
import { getAllSites, getSettings, setSettings } from '../../settings/store';

/** A line under the page's title: what the last action did, or why it could not. */
export interface OptionsMessage {
  text: string;
  error?: boolean;
}

/** What each section of the options page reads and reports through. */
export interface OptionsContext {
  settings: Settings;
  sites: Record<string, SiteSettings>;
  /** Saves global settings and says `text`. */
  save(patch: Partial<Settings>, text: string): Promise<void>;
  say(text: string, error?: boolean): void;
  /** Reads the settings and every site's again (after an import, a removal, a clearing). */
  reload(): Promise<void>;
}

/** The options page's data: the settings and every site's, loaded once, and the last message. */
export function useOptions(): { context: OptionsContext | null; message: OptionsMessage | null } {
  const [settings, setState] = useState<Settings | null>(null);
  const [sites, setSites] = useState<Record<string, SiteSettings>>({});
  const [message, setMessage] = useState<OptionsMessage | null>(null);

  const reload = async () => {
    setState(await getSettings());
    setSites(await getAllSites());
  };
  useEffect(() => void reload(), []);

  if (!settings) return { context: null, message };
  return {
    message,
    context: {
      settings,
      sites,
      save: async (patch, text) => {
        setState(await setSettings(patch));
        setMessage({ text });
      },
      say: (text, error = false) => setMessage(error ? { text, error } : { text }),
      reload,
    },
  };
}
