import { browser } from 'wxt/browser';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FromFrame, PanelModel } from '../../components/frame-protocol';
import type { ExportKind } from '../../components/ExportMenu';
import { Panel } from '../../components/Panel';
import { panelDrawing } from '../../display/panel-drawing';
import { judgeReading } from '../../session/dossier-reading';
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
import { createExporter, frameEnv, showToast } from './export';

/**
 * The panel in its frame: what the page gave comes from the content script (the model); the
 * person's settings, marks and notes are read and written here, in the extension's storage,
 * and never sent to the page's side. Actions on the page (show or teach a field) go back.
 */
export interface ModelLink {
  /** The last model the content script sent, and who to tell of the next one. */
  latest: PanelModel | null;
  listener: ((model: PanelModel) => void) | null;
  send(m: FromFrame): void;
}

export function FrameApp({ link }: { link: ModelLink }) {
  const [model, setModel] = useState<PanelModel | null>(link.latest);
  const [settings, setSettingsState] = useState<Settings | null>(null);
  const [site, setSiteState] = useState<SiteSettings | null>(null);
  const [marks, setMarksState] = useState<Marks>({});
  const send = link.send;

  useEffect(() => {
    link.listener = setModel;
    if (link.latest) setModel(link.latest);
    return () => {
      link.listener = null;
    };
  }, [link]);

  const host = model?.host;
  const dossierKey = model?.dossierKey;
  useEffect(() => {
    if (!host) return;
    const load = () => {
      void getSettings().then(setSettingsState);
      void getSite(host).then(setSiteState);
    };
    load();
    return onSettingsChanged(host, load);
  }, [host]);
  // The marks are the dossier's, under its identity: another dossier's never show, not even
  // for the moment its own are being read.
  const [marksOf, setMarksOf] = useState<string | undefined>(undefined);
  useEffect(() => {
    setMarksState({});
    setMarksOf(undefined);
    if (!dossierKey) return;
    let current = true;
    void getMarks(dossierKey).then((m) => {
      if (!current) return;
      setMarksState(m);
      setMarksOf(dossierKey);
    });
    return () => {
      current = false;
    };
  }, [dossierKey]);

  const current = useRef({ model, settings });
  current.current = { model, settings };
  const exporter = useMemo(
    () =>
      createExporter(
        document.body,
        frameEnv(
          document.body,
          () => current.current.model?.page ?? { url: '', title: '' },
          () => current.current.settings?.role ?? 'carrier',
        ),
      ),
    [],
  );

  // Judged and worked out once per model (the rules, impacts, keys, counts); marks and settings
  // do not change it.
  const judged = useMemo(() => model && judgeReading(model.judging), [model]);
  const drawing = useMemo(
    () =>
      model &&
      judged &&
      panelDrawing({
        ...model,
        ...judged,
        dossier: model.judging.dossier,
        marksKept: model.dossierKey !== undefined,
      }),
    [model, judged],
  );
  // The popup shows the tab's status as the panel says it: the content script answers it.
  const summarySent = useRef('');
  useEffect(() => {
    if (!judged) return;
    const { view } = judged;
    const summary: FromFrame = {
      type: 'summary',
      status: view.status.map((p) => p.text).join(' — '),
      tone: view.tone,
      funding: view.funding.text,
    };
    const key = JSON.stringify(summary);
    if (key === summarySent.current) return;
    summarySent.current = key;
    send(summary);
  }, [judged]);

  // Escape cancels « Indiquer le champ » when the focus is here (the page's picker has its own).
  // One listener for the frame's life, reading what is taught as last drawn: installed only once
  // the panel said « Cliquez sur le champ », an Escape pressed right then was lost.
  const teaching = useRef<string | null>(null);
  teaching.current = model?.teaching ?? null;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && teaching.current) send({ type: 'cancel-teach' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The frame on the page takes the panel's size: the whole height when open, the tab's box
  // when collapsed (measured then only: a measure forces a layout, not wanted per keystroke).
  const sent = useRef('');
  useLayoutEffect(() => {
    if (!site || !model) return;
    const box = site.collapsed
      ? document.querySelector('.ac-root')?.getBoundingClientRect()
      : { width: 0, height: 0 };
    if (!box) return;
    const layout: FromFrame = {
      type: 'layout',
      collapsed: site.collapsed,
      side: site.side,
      width: box.width,
      height: box.height,
    };
    const key = JSON.stringify(layout);
    if (key !== sent.current) {
      sent.current = key;
      send(layout);
    }
  });

  if (!model || !drawing || !settings || !site) return null;
  const updateSite = (patch: Partial<SiteSettings>) => {
    setSiteState((s) => (s ? { ...s, ...patch } : s));
    void setSite(model.host, patch);
  };
  const onExport = (kind: ExportKind) => {
    // One printable tab per click of the person (the background also limits them per minute).
    if (kind === 'print' && navigator.userActivation && !navigator.userActivation.isActive) {
      showToast(document.body, 'Cliquez sur « Imprimer / PDF » pour ouvrir la page imprimable.');
      return;
    }
    void exporter(kind, {
      report: judged!.report,
      read: { dossier: model.judging.dossier },
      marks,
    });
  };
  return (
    <Panel
      drawing={drawing}
      role={settings.role}
      marks={marks}
      collapsed={site.collapsed}
      side={site.side}
      actions={{
        onRoleChange: (role) => {
          setSettingsState((s) => (s ? { ...s, role } : s));
          void setSettings({ role });
        },
        onMarkChange: (key, mark) => {
          const next = { ...marks, [key]: mark };
          setMarksState(next);
          if (model.dossierKey && marksOf === model.dossierKey)
            void setMarks(model.dossierKey, next);
        },
        onShowField: (path) => send({ type: 'show-field', path }),
        onCollapsedChange: (collapsed) => updateSite({ collapsed }),
        onSideChange: (side) => updateSite({ side }),
        onExport,
        onTeachField: (path) => send({ type: 'teach', path }),
        onCancelTeach: () => send({ type: 'cancel-teach' }),
        onChooseReferenceDate: () => void browser.runtime.openOptionsPage(),
        ...(model.dossierKey && { onForgetDossier: () => send({ type: 'forget-dossier' }) }),
      }}
    />
  );
}
