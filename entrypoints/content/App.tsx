import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PORTAL_NAMES } from '../../portals/hosts';
import { Panel, type ExportKind } from '../../components/Panel';
import { watchPage, type PortalId, type ReadResult } from '../../portals/read-page';
import { todayIso } from '../../rules/dates';
import { evaluate } from '../../rules/evaluate';
import type { Report } from '../../rules/report';
import type { Marks, Settings, SiteSettings } from '../../settings/schema';
import {
  getMarks,
  getSettings,
  getSite,
  onSettingsChanged,
  setMarks,
  setSettings,
  setSite,
} from '../../settings/store';
import { FieldOutline } from './overlay';
import { OWN_ATTRIBUTE } from '../../portals/read-page';
import { blockOf, repeatedSelectorFor, selectorFor } from '../../portals/selector-for';
import { pickField, type Picker } from './field-picker';
import { isRendered, revealField } from './show-field';
import { publishTabState } from './tab-state';

export interface AppProps {
  portal: PortalId;
  host: string;
  initialSettings: Settings;
  initialSite: SiteSettings;
  onExport?(kind: ExportKind, state: { report: Report; read: ReadResult; marks: Marks }): void;
}

/** The panel's state on a portal page: the live reading, the settings, the instructor's marks. */
export function App({ portal, host, initialSettings, initialSite, onExport }: AppProps) {
  const [settings, setSettingsState] = useState(initialSettings);
  const [site, setSiteState] = useState(initialSite);
  const [read, setRead] = useState<ReadResult | null>(null);
  const [marks, setMarksState] = useState<Marks>({});
  const [outlined, setOutlined] = useState<Element | null>(null);
  const dossierKey = `${host}${location.pathname}`;
  const overrides = useRef(site.overrides);
  overrides.current = site.overrides;

  // Restarted when the taught fields change, so the new map is read at once.
  useEffect(
    () => watchPage(document, portal, setRead, () => overrides.current),
    [portal, site.overrides],
  );
  const [teaching, setTeaching] = useState<string | null>(null);
  const [hovered, setHovered] = useState<Element | null>(null);
  const picker = useRef<Picker | null>(null);
  useEffect(() => () => picker.current?.stop(), []);
  useEffect(() => {
    void getMarks(dossierKey).then(setMarksState);
    return onSettingsChanged(host, () => {
      void getSettings().then(setSettingsState);
      void getSite(host).then(setSiteState);
    });
  }, [host, dossierKey]);

  const report = useMemo(() => {
    if (!read) return null;
    const dossier = { ...read.dossier, checkedOn: settings.referenceDate ?? todayIso() };
    return evaluate(dossier, {
      pageFindings: read.findings,
      page: { found: read.found, notFound: read.notFound },
    });
  }, [read, settings.referenceDate]);

  useEffect(() => {
    if (report) publishTabState({ portal, host, enabled: true }, report);
  }, [report, portal, host]);

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
    const host = document.querySelector(`[${OWN_ATTRIBUTE}]`) ?? document.body;
    picker.current = pickField(
      host,
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

  if (!read || !report) return null;
  return (
    <>
      <Panel
        report={report}
        dossier={read.dossier}
        portalName={PORTAL_NAMES[portal]}
        role={settings.role}
        onRoleChange={(role) => {
          setSettingsState((s) => ({ ...s, role }));
          void setSettings({ role });
        }}
        marks={marks}
        onMarkChange={(key, mark) => {
          const next = { ...marks, [key]: mark };
          setMarksState(next);
          void setMarks(dossierKey, next);
        }}
        canShowField={(path) => isRendered(read.sources.get(path))}
        fieldOnOtherStep={(path) => read.sources.has(path) && !isRendered(read.sources.get(path))}
        onShowField={(path) => {
          const el = read.sources.get(path);
          if (!el) return;
          revealField(el);
          setOutlined(el);
        }}
        collapsed={site.collapsed}
        onCollapsedChange={(collapsed) => updateSite({ collapsed })}
        side={site.side}
        onSideChange={(side) => updateSite({ side })}
        {...(onExport && {
          onExport: (kind: ExportKind) => onExport(kind, { report, read, marks }),
        })}
        onTeachField={teach}
        teaching={teaching}
        onCancelTeach={cancelTeach}
      />
      <FieldOutline
        target={teaching ? hovered : outlined}
        onDone={() => (teaching ? undefined : setOutlined(null))}
      />
    </>
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
