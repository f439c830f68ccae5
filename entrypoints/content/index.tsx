import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FromFrame } from '../../components/frame-protocol';
import { PORTAL_MATCHES } from '../../portals/hosts';
import { detectPortal, type PortalId } from '../../portals/read-page';
import { getSettings, getSite, onSettingsChanged } from '../../settings/store';
import { App } from './App';
import { openFrameChannel } from './frame-channel';
import { mountFrameHost } from './frame-host';
import { listenForTabStateRequests, publishTabState } from './tab-state';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // The panel's CSS is in its frame; the outline's is in its style attribute: nothing else.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const host = location.hostname;
    const settings = await getSettings();
    const portal =
      detectPortal(location) ?? settings.extraHosts.find((h) => h.host === host)?.portal;
    if (!portal) return;
    listenForTabStateRequests();
    // The page's own load comes first: the panel's first read and render wait until its load
    // event is over (a task after it, not inside one of its listeners).
    if (document.readyState !== 'complete') {
      await new Promise((done) => window.addEventListener('load', done, { once: true }));
    }
    await new Promise((done) => setTimeout(done, 0));

    // The panel follows the site's on/off setting (the popup's switch) without a reload.
    let ui: ReturnType<typeof mountPanel> | null = null;
    const apply = async () => {
      const [current, site] = await Promise.all([getSettings(), getSite(host)]);
      publishTabState({ portal, host, enabled: site.enabled });
      if (site.enabled && !ui) {
        ui = mountPanel(ctx, portal, host, current, site);
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

function mountPanel(
  ctx: ContentScriptContext,
  portal: PortalId,
  host: string,
  settings: Awaited<ReturnType<typeof getSettings>>,
  site: Awaited<ReturnType<typeof getSite>>,
): { remove(): void } {
  const frame = mountFrameHost(browser.runtime.getURL('/panel-frame.html'));
  const actions = { handle: (_: FromFrame) => {} };
  const channel = openFrameChannel(frame.nonce, frame.frameWindow, (a) =>
    a.type === 'layout' ? frame.layout(a) : actions.handle(a),
  );
  render(
    <App
      portal={portal}
      host={host}
      initialSettings={settings}
      initialSite={site}
      ownHost={frame.host}
      channel={channel}
      actions={actions}
    />,
    frame.container,
  );
  const remove = () => {
    render(null, frame.container);
    channel.stop();
    frame.remove();
  };
  // After an update of the extension, this copy of the script is cut off: take the panel away.
  ctx.onInvalidated(remove);
  return { remove };
}
