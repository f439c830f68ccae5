/** The extension pages' look (popup, options, history): the panel's palette, in px. */
export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #161616; background: #fff; }
main { padding: 16px 20px; }
h1 { font-size: 20px; margin: 0 0 12px; color: #000091; }
h2 { font-size: 16px; margin: 20px 0 8px; color: #161616; }
p { margin: 6px 0; }
a { color: #000091; }
button, input, select, textarea { font: inherit; }
button { cursor: pointer; border: 1px solid #000091; background: #000091; color: #fff; border-radius: 4px; padding: 6px 12px; }
button.secondary { background: #fff; color: #000091; }
button.danger { background: #fff; color: #ce0500; border-color: #ce0500; }
button:disabled { opacity: .5; cursor: not-allowed; }
input[type="text"], input[type="date"], select, textarea { border: 1px solid #666; border-radius: 4px; padding: 6px 8px; background: #fff; color: #161616; }
:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
fieldset { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; margin: 0 0 14px; }
legend { font-weight: 600; padding: 0 4px; }
label { display: inline-flex; gap: 6px; align-items: center; }
.row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 6px 0; }
.muted { color: #555; }
.status { padding: 8px 10px; border-radius: 6px; border-left: 4px solid #666; background: #f6f6f6; }
.status.ok { border-color: #18753c; background: #eefaf2; }
.status.warning { border-color: #b34000; background: #fff4ed; }
.status.blocking { border-color: #ce0500; background: #fdf0ef; }
.message { margin: 8px 0; padding: 8px 10px; border-radius: 4px; background: #f0f0ff; }
.message.error { background: #fdf0ef; color: #8a0300; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
code { font-size: 13px; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
