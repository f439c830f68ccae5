import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PORTAL_NAMES } from '../../portals/hosts';
import type { FieldPlace, FromFrame, PanelModel } from '../../components/frame-protocol';
import { watchPage, type PortalId, type ReadResult } from '../../portals/read-page';
import { sendToBackground } from '../../messages/protocol';
import { todayIso } from '../../rules/dates';
import { readStep } from '../../session/step-reading';
import { createStepKeeper } from '../../session/step-keeper';
import type { StepPage } from '../../session/steps';
import type { Settings, SiteSettings } from '../../settings/schema';
import { getSettings, getSite, onSettingsChanged, setSite } from '../../settings/store';
import { pageAddress } from '../../snapshots/page-address';
import { FieldOutline } from './overlay';
import { pageFactsReader } from './page-facts';
import { blockOf, repeatedSelectorFor, selectorFor } from '../../portals/selector-for';
import { pickField, type Picker } from './field-picker';
import { isRendered, revealField } from './show-field';
import { publishTabState } from './tab-state';
import type { FrameChannel } from './frame-channel';

export interface AppProps {
  portal: PortalId;
  host: string;
  initialSettings: Settings;
  initialSite: SiteSettings;
  /** The extension's element on the page: the reader and the picker leave it alone. */
  ownHost: Element;
  /** To the panel's frame, which draws the panel (entrypoints/panel-frame/). */
  channel: FrameChannel;
  /** The frame's actions come here; the App sets the handler. */
  actions: { handle(a: FromFrame): void };
}

/**
 * The content script's side of the panel: reads the page live, evaluates, and sends the frame
 * what to draw; does on the page what the frame asks (« Voir le champ », « Indiquer le champ »).
 * It renders only the field outline over the page. Marks, notes and the role live in the frame.
 */
export function App({
  portal,
  host,
  initialSettings,
  initialSite,
  ownHost,
  channel,
  actions,
}: AppProps) {
  const [settings, setSettingsState] = useState(initialSettings);
  const [site, setSiteState] = useState(initialSite);
  const [read, setRead] = useState<ReadResult | null>(null);
  const [outlined, setOutlined] = useState<Element | null>(null);
  const overrides = useRef(site.overrides);
  overrides.current = site.overrides;

  // Restarted when the taught fields change, so the new map is read at once.
  useEffect(
    () => watchPage(document, portal, setRead, () => overrides.current, ownHost),
    [portal, site.overrides],
  );
  const [teaching, setTeaching] = useState<string | null>(null);
  const [hovered, setHovered] = useState<Element | null>(null);
  const picker = useRef<Picker | null>(null);
  useEffect(() => () => picker.current?.stop(), []);
  useEffect(
    () =>
      onSettingsChanged(host, () => {
        void getSettings().then(setSettingsState);
        void getSite(host).then(setSiteState);
      }),
    [host],
  );

  // One dossier across the form's steps: this page's reading goes to the background, which
  // keeps it for the browser's session and gives back the dossier's other pages.
  const [others, setOthers] = useState<readonly StepPage[]>([]);
  const keeper = useMemo(() => createStepKeeper((r) => sendToBackground(r), setOthers), []);
  useEffect(() => {
    const leave = () => keeper.flush();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      keeper.stop();
    };
  }, [keeper]);
  const facts = useMemo(() => pageFactsReader(portal, ownHost), [portal, ownHost]);
  const pageFacts = useMemo(() => (read ? facts() : null), [read, facts]);

  const reading = useMemo(() => {
    if (!read || !pageFacts) return null;
    return readStep({
      read,
      facts: pageFacts,
      others,
      referenceDate: settings.referenceDate,
      today: todayIso(),
    });
  }, [read, pageFacts, others, settings.referenceDate]);
  const dossierKey = reading?.key;

  // Each new reading of the page is kept; the other pages coming back do not send it again.
  const latest = useRef(reading);
  latest.current = reading;
  useEffect(() => {
    const r = latest.current;
    if (r) keeper.keep(r.key ? r.identity : undefined, r.page);
  }, [read, keeper]);

  // What the frame draws, sent after each reading: in a layout effect, which runs right after
  // this render (a plain effect would wait for the next frame to be painted).
  useLayoutEffect(() => {
    if (!read || !reading) return;
    // Every field found here: which findings point at them is the frame's to work out.
    const fields: Record<string, FieldPlace> = {};
    for (const [path, el] of read.sources) fields[path] = isRendered(el) ? 'shown' : 'other-step';
    const model: PanelModel = {
      judging: reading.judging,
      portalName: PORTAL_NAMES[portal],
      host,
      fields,
      // Every value's label: « lu dans « … » » under a finding and in « Valeurs lues ».
      evidence: Object.fromEntries(read.evidence),
      ambiguous: read.ambiguous,
      teaching,
      dossierKey,
      page: { url: pageAddress(location.href), title: document.title },
    };
    channel.send(model);
  }, [read, reading, teaching, portal, host, dossierKey, channel]);

  const updateSite = useCallback(
    (patch: Partial<SiteSettings>) => {
      setSiteState((s) => ({ ...s, ...patch }));
      void setSite(host, patch);
    },
    [host],
  );

  const teach = (path: string) => {
    picker.current?.stop();
    setTeaching(path);
    picker.current = pickField(
      ownHost,
      setHovered,
      (el) => {
        setTeaching(null);
        picker.current = null;
        const [key, selector] = overrideFor(path, el, read);
        updateSite({ overrides: { ...overrides.current, [key]: selector } });
        setOutlined(el);
      },
      () => {
        setTeaching(null);
        picker.current = null;
      },
    );
  };
  const cancelTeach = () => {
    picker.current?.stop();
    picker.current = null;
    setTeaching(null);
  };

  actions.handle = (a) => {
    switch (a.type) {
      case 'show-field': {
        const el = read?.sources.get(a.path);
        if (!el || !isRendered(el)) return;
        revealField(el);
        setOutlined(el);
        return;
      }
      case 'teach':
        return teach(a.path);
      case 'cancel-teach':
        return cancelTeach();
      case 'forget-dossier':
        return void keeper.forget();
      case 'summary':
        return publishTabState(
          { portal, host, enabled: true },
          { status: a.status, tone: a.tone, funding: a.funding },
        );
    }
  };

  return (
    <FieldOutline
      target={teaching ? hovered : outlined}
      onDone={() => (teaching ? undefined : setOutlined(null))}
    />
  );
}

/**
 * The override a picked element gives: for a collective's field, one selector for that field in
 * every collective when the page's blocks allow it (`collectives[].children`), else this one.
 */
function overrideFor(path: string, el: Element, read: ReadResult | null): [string, string] {
  const m = /^collectives\[(\d+)\]\.(.+)$/.exec(path);
  if (m && read) {
    const i = m[1]!;
    const sibling = [...read.sources.entries()].find(
      ([p, source]) => p.startsWith(`collectives[${i}].`) && source !== el,
    )?.[1];
    const block = blockOf(el, sibling);
    const count = Math.max(1, read.dossier.collectives?.length ?? 1);
    const selector = block && repeatedSelectorFor(el, block, count);
    if (selector) return [`collectives[].${m[2]!}`, selector];
  }
  return [path, selectorFor(el)];
}
