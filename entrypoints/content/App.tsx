import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { isRendered, revealField } from './show-field';
import { publishTabState } from './tab-state';

export const PORTAL_NAMES = { elan: 'Elan', mcp: 'MonComptePartenaire' } as const satisfies Record<
  PortalId,
  string
>;

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

  useEffect(() => watchPage(document, portal, setRead, () => overrides.current), [portal]);
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
      />
      <FieldOutline target={outlined} onDone={() => setOutlined(null)} />
    </>
  );
}
