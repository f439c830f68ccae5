/** A sober stylesheet, close enough to the portals' look for a person to judge a page. */
export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 Arial,Helvetica,sans-serif;color:#1e1e1e;background:#f4f6f8}
header.portal{display:flex;align-items:center;justify-content:space-between;padding:10px 24px;color:#fff}
header.elan{background:#0b5394}
header.mcp{background:#1d3f72;border-bottom:4px solid #e2001a}
.brand{display:flex;align-items:baseline;gap:12px}
.logo{font-weight:bold;font-size:22px;background:#fff;color:#0b5394;padding:0 8px;border-radius:3px}
.app{font-size:20px;font-weight:bold}
.tag{opacity:.85}
nav.top a{color:#fff;margin-left:16px;text-decoration:none;font-size:14px}
.crumbs{padding:8px 24px;font-size:13px;color:#555;background:#e9edf2}
main{max-width:1080px;margin:16px auto;padding:0 16px 40px}
h1{font-size:24px;color:#0b3d6b;margin:8px 0 12px}
h2{font-size:18px;color:#0b3d6b;margin:0 0 10px;border-bottom:1px solid #d5dce4;padding-bottom:4px}
h3{font-size:16px;margin:12px 0 6px}
.steps{display:flex;gap:4px;list-style:none;padding:0;margin:0 0 16px}
.steps li{flex:1;padding:6px 8px;background:#dde4ec;font-size:13px;text-align:center}
.steps li.current{background:#0b5394;color:#fff;font-weight:bold}
.block,.card,fieldset.block{background:#fff;border:1px solid #d5dce4;border-radius:4px;padding:14px 18px;margin:0 0 16px}
fieldset.block legend{font-weight:bold;color:#0b3d6b;font-size:17px;padding:0 6px}
.row,.line,p.q{margin:8px 0}
.row label,.row .label{display:inline-block;min-width:300px;max-width:440px;vertical-align:top;font-weight:bold}
.row.check label{min-width:0;font-weight:normal}
.choices legend{font-weight:bold}
fieldset.row{border:0;padding:0}
.opt,.row label.opt,.opt label{margin-right:14px;font-weight:normal;min-width:0;display:inline}
input[type=text],input[type=number],select,textarea{font:inherit;font-weight:normal;padding:4px 6px;border:1px solid #8a97a6;border-radius:3px;background:#fff}
textarea{width:100%;max-width:620px;display:block;margin-top:4px}
.help{display:block;color:#5c6b7a;font-size:13px;margin:2px 0}
.req{color:#c00;text-decoration:none;border:0}
.grid{display:grid;grid-template-columns:minmax(220px,38%) 1fr;gap:8px 16px;align-items:start}
.cell.label{font-weight:bold}
.ro{color:#333}
ul.files{display:inline-block;margin:0 0 0 8px;padding:0 0 0 18px;color:#0b5394}
.files-empty{color:#777;font-style:italic;margin-left:8px}
table{border-collapse:collapse;width:100%;margin:8px 0;background:#fff}
th,td{border:1px solid #d5dce4;padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:#e9edf2}
caption{text-align:left;font-weight:bold;color:#0b3d6b;padding:4px 0}
table.groups input[type=text],table.groups input[type=number]{width:100%}
table.budget td.amt,table.budget td.amt input{text-align:right}
table.budget td.acc{width:60px;color:#555}
tr.heading td{font-weight:bold;background:#f4f6f8}
tr.d1 td:not(.amt):not(.acc){padding-left:24px}
tr.d2 td:not(.amt):not(.acc){padding-left:44px}
tr.total th,tr.total td{font-weight:bold;background:#e9edf2}
tr.subtotal th,tr.subtotal td{font-style:italic}
.budget-sides{display:grid;grid-template-columns:1fr 1fr;gap:16px;align-items:start}
table.summary th,table.summary td.k{width:40%;background:#f7f9fb;font-weight:normal}
dl.summary{display:grid;grid-template-columns:minmax(200px,40%) 1fr;gap:6px 16px;margin:0}
dl.summary dt{font-weight:bold}
dl.summary dd{margin:0}
dd p,td p{margin:0}
ul.kv{list-style:none;padding:0;margin:0}
ul.kv li,p.kv{margin:6px 0}
.card-title{font-weight:bold;color:#0b3d6b;margin-bottom:8px;font-size:16px}
.kv-row{display:flex;gap:16px;padding:4px 0;border-bottom:1px dotted #d5dce4}
.kv-row .k{flex:0 0 40%;color:#555}
.group{margin:10px 0}
fieldset.group{border:1px solid #c3ccd6;border-radius:4px;padding:8px 14px}
fieldset.group legend{font-weight:bold;padding:0 6px}
.card.group{background:#fbfcfd}
.actions{display:flex;gap:10px;justify-content:flex-end}
.actions button{font:inherit;padding:8px 16px;border:0;border-radius:3px;background:#0b5394;color:#fff}
footer{font-size:12px;color:#555;text-align:center;padding:16px;border-top:1px solid #d5dce4}
footer a{color:#555;margin:0 6px}
`;
