import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_CSS } from '../../components/Panel';
import { PORTAL_MATCHES } from '../../portals/hosts';
import { detectPortal, type PortalId } from '../../portals/read-page';
import { getSettings, getSite, onSettingsChanged } from '../../settings/store';
import { App } from './App';
import { createExporter } from './export';
import { OUTLINE_CSS } from './overlay';
import { listenForTabStateRequests, publishTabState } from './tab-state';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // The panel's CSS is a string injected into its own shadow root: nothing lands in the page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const host = location.hostname;
    const settings = await getSettings();
    const portal =
      detectPortal(location) ?? settings.extraHosts.find((h) => h.host === host)?.portal;
    if (!portal) return;
    listenForTabStateRequests();

    // The panel follows the site's on/off setting (the popup's switch) without a reload.
    let ui: Awaited<ReturnType<typeof mountPanel>> | null = null;
    const apply = async () => {
      const [current, site] = await Promise.all([getSettings(), getSite(host)]);
      publishTabState({ portal, host, enabled: site.enabled });
      if (site.enabled && !ui) {
        ui = await mountPanel(ctx, portal, host, current, site);
      } else if (!site.enabled && ui) {
        ui.remove();
        ui = null;
      }
    };
    await apply();
    const stop = onSettingsChanged(host, () => void apply());
    ctx.onInvalidated(stop);
  },
});

async function mountPanel(
  ctx: ContentScriptContext,
  portal: PortalId,
  host: string,
  settings: Awaited<ReturnType<typeof getSettings>>,
  site: Awaited<ReturnType<typeof getSite>>,
) {
  const ui = await createShadowRootUi(ctx, {
    name: 'assistant-clas',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    // Keys typed in the panel must not reach the portal's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'change'],
    css: PANEL_CSS + OUTLINE_CSS,
    onMount(container, _shadow, shadowHost) {
      // The reader ignores mutations and events inside elements carrying this attribute.
      shadowHost.setAttribute('data-assistant-clas', '');
      render(
        <App
          portal={portal}
          host={host}
          initialSettings={settings}
          initialSite={site}
          onExport={createExporter(container)}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
