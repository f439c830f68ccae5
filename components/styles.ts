/**
 * All the panel's styles, put into the panel's frame (entrypoints/panel-frame/main.tsx).
 * Sizes are in px, never rem: the host page's root font size must not resize the panel.
 * Colours: French state sites' blue, and AA contrast on white for every text colour.
 */

const BLUE = '#000091';
const RED = '#ce0500';
const ORANGE = '#b34000';
const GREEN = '#18753c';
const GREY = '#595959';
const TEXT = '#161616';
const LINE = '#dddddd';

export const PANEL_CSS = `
:host { all: initial; }
.ac-root {
  all: initial;
  box-sizing: border-box;
  position: fixed;
  top: 0;
  bottom: 0;
  right: 0;
  z-index: 2147483000;
  display: flex;
  flex-direction: column;
  width: 360px;
  max-width: 100vw;
  height: 100vh;
  background: #ffffff;
  color: ${TEXT};
  font-family: Marianne, Arial, "Helvetica Neue", Helvetica, sans-serif;
  font-size: 14px;
  line-height: 20px;
  text-align: left;
  border-left: 1px solid ${LINE};
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.16);
}
.ac-root.ac-side-left { right: auto; left: 0; border-left: 0; border-right: 1px solid ${LINE}; box-shadow: 4px 0 16px rgba(0, 0, 0, 0.16); }
.ac-root *, .ac-root *::before, .ac-root *::after { box-sizing: border-box; }
/* Resets at zero specificity (:where), so that every component class below wins over them. */
:where(.ac-root) :where(p, ul, li, h2, h3, h4, blockquote, table, footer) { margin: 0; padding: 0; }
:where(.ac-root) :where(ul) { list-style: none; }
:where(.ac-root) :where(button, input, textarea) { font: inherit; color: inherit; }
:where(.ac-root) :where(button) { cursor: pointer; }
.ac-root [hidden] { display: none !important; }
.ac-root :focus { outline: none; }
.ac-root :focus-visible { outline: 2px solid ${BLUE}; outline-offset: 2px; }
.ac-root input[type="checkbox"]:focus-visible, .ac-root textarea:focus-visible { outline-offset: 1px; }
.ac-sr {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.ac-nowrap { white-space: nowrap; }
.ac-muted { color: ${GREY}; }

/* Header */
.ac-header { flex: none; padding: 10px 14px 10px; border-bottom: 3px solid ${BLUE}; background: #ffffff; }
.ac-header__row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.ac-header__row + .ac-header__row { margin-top: 8px; }
.ac-title { display: flex; align-items: center; gap: 8px; white-space: nowrap; font-size: 16px; line-height: 24px; font-weight: 700; color: ${BLUE}; }
.ac-logo {
  display: inline-flex; align-items: center; justify-content: center; width: 26px; height: 26px;
  background: ${BLUE}; color: #ffffff; font-size: 11px; font-weight: 700; letter-spacing: 0.5px;
}
.ac-tools { display: flex; gap: 2px; white-space: nowrap; }
.ac-button {
  display: inline-flex; align-items: center; gap: 4px; min-height: 30px; padding: 4px 10px;
  background: #ffffff; color: ${BLUE}; border: 1px solid ${BLUE}; border-radius: 0;
  font-size: 13px; line-height: 18px; font-weight: 500;
}
.ac-button:hover { background: #f0f0ff; }
.ac-button--ghost { border-color: transparent; padding: 4px 6px; text-decoration: underline; text-underline-offset: 3px; }
.ac-button--ghost:hover { border-color: transparent; }
.ac-switch { display: inline-flex; border: 1px solid ${BLUE}; }
.ac-switch__option {
  min-height: 30px; padding: 4px 12px; background: #ffffff; color: ${BLUE}; border: 0;
  font-size: 13px; line-height: 18px;
}
.ac-switch__option + .ac-switch__option { border-left: 1px solid ${BLUE}; }
.ac-switch__option[aria-pressed="true"] { background: ${BLUE}; color: #ffffff; font-weight: 700; }
.ac-export { position: relative; }
.ac-export__list {
  position: absolute; right: 0; top: calc(100% + 4px); z-index: 1; min-width: 180px;
  padding: 4px 0; background: #ffffff; border: 1px solid ${LINE}; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.18);
}
.ac-export__item {
  display: block; width: 100%; padding: 8px 12px; background: transparent; border: 0;
  text-align: left; color: ${TEXT};
}
.ac-export__item:hover { background: #f0f0ff; color: ${BLUE}; }

/* Body */
.ac-body { flex: 1 1 auto; overflow-y: auto; overscroll-behavior: contain; padding: 12px 14px 24px; }

/* Status */
.ac-status { padding: 10px 12px; border-left: 4px solid ${GREY}; background: #f6f6f6; margin-bottom: 12px; }
.ac-status.ac-tone-blocking { border-left-color: ${RED}; background: #fef4f4; }
.ac-status.ac-tone-warning { border-left-color: ${ORANGE}; background: #fff4ed; }
.ac-status.ac-tone-ok { border-left-color: ${GREEN}; background: #f0faf3; }
.ac-status__line { display: flex; align-items: flex-start; gap: 8px; font-size: 16px; line-height: 22px; font-weight: 700; }
.ac-status__text { display: block; }
.ac-status__main { display: block; }
.ac-status__rest { display: block; font-size: 14px; font-weight: 400; }
.ac-status__icon {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 22px; height: 22px; border-radius: 50%; color: #ffffff; font-size: 13px; background: ${GREY};
}
.ac-tone-blocking .ac-status__icon { background: ${RED}; }
.ac-tone-warning .ac-status__icon { background: ${ORANGE}; }
.ac-tone-ok .ac-status__icon { background: ${GREEN}; }
.ac-status__money { margin-top: 8px; }
.ac-status__money strong { font-size: 15px; }
.ac-status__caveat { display: block; color: ${GREY}; font-size: 12px; line-height: 16px; }
.ac-status__meta { margin-top: 6px; color: ${GREY}; font-size: 12px; line-height: 16px; }
.ac-progress { margin-top: 6px; font-weight: 700; color: ${BLUE}; }

/* Sections */
.ac-section { border-top: 1px solid ${LINE}; }
.ac-section:last-child { border-bottom: 1px solid ${LINE}; }
.ac-section__title { font-size: 15px; line-height: 20px; font-weight: 700; }
.ac-section__toggle {
  display: flex; align-items: center; gap: 8px; width: 100%; padding: 10px 2px;
  background: transparent; border: 0; text-align: left; font-weight: 700; color: ${TEXT};
}
.ac-section__toggle:hover .ac-section__name { text-decoration: underline; }
.ac-chevron { flex: none; width: 12px; color: ${BLUE}; }
.ac-section__name { flex: 1 1 auto; }
.ac-section__count {
  flex: none; min-width: 22px; padding: 0 7px; border-radius: 11px; background: #eeeeee;
  font-size: 12px; line-height: 20px; text-align: center; font-weight: 700; color: ${TEXT};
}
.ac-section.ac-tone-blocking .ac-section__count { background: ${RED}; color: #ffffff; }
.ac-section.ac-tone-warning .ac-section__count { background: ${ORANGE}; color: #ffffff; }
.ac-section__body { padding: 0 0 12px; }
.ac-subtitle { font-size: 13px; line-height: 18px; font-weight: 700; color: ${GREY}; text-transform: uppercase; letter-spacing: 0.3px; }
.ac-subtitle { margin: 8px 0 6px; }
.ac-hint { color: ${GREY}; font-size: 13px; line-height: 18px; margin-bottom: 6px; }
.ac-evidence { color: ${GREY}; font-size: 12px; line-height: 16px; margin: 2px 0 4px; }
.ac-ambiguous { margin: 0 0 8px; padding-left: 18px; font-size: 13px; line-height: 18px; }
.ac-empty { color: ${GREY}; font-style: italic; }
.ac-more { margin-top: 8px; }

/* Findings */
.ac-findings { display: flex; flex-direction: column; gap: 8px; }
.ac-finding { padding: 8px 10px; border: 1px solid ${LINE}; border-left: 4px solid ${GREY}; background: #ffffff; }
.ac-finding.ac-sev-blocking { border-left-color: ${RED}; }
.ac-finding.ac-sev-warning { border-left-color: ${ORANGE}; }
.ac-finding--checked { background: #f6f6f6; }
.ac-finding__head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-bottom: 4px; }
.ac-badge {
  display: inline-flex; align-items: center; gap: 4px; padding: 0 6px 0 2px; border-radius: 3px;
  font-size: 12px; line-height: 18px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.2px;
  color: ${GREY}; background: #eeeeee;
}
.ac-badge__icon {
  display: inline-flex; align-items: center; justify-content: center; width: 14px; height: 14px;
  border-radius: 50%; background: currentColor; font-size: 10px; line-height: 14px;
}
.ac-badge__icon { color: inherit; }
.ac-sev-blocking .ac-badge { color: ${RED}; background: #fee9e9; }
.ac-sev-warning .ac-badge { color: ${ORANGE}; background: #ffe9dc; }
.ac-badge__icon { background: transparent; border: 1.5px solid currentColor; font-weight: 700; }
.ac-finding__title { font-weight: 700; font-size: 13px; }
.ac-finding__msg { font-size: 14px; line-height: 20px; }
.ac-impact { margin-top: 6px; padding: 4px 8px; background: #fff4ed; font-size: 13px; line-height: 18px; }
.ac-impact__amount { color: ${RED}; white-space: nowrap; }
.ac-finding__actions { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; margin-top: 6px; font-size: 13px; line-height: 18px; }
.ac-source { color: ${GREY}; }
.ac-link {
  padding: 2px 0; background: transparent; border: 0; color: ${BLUE};
  text-decoration: underline; text-underline-offset: 3px; font-size: 13px; line-height: 18px;
}
.ac-link:hover { text-decoration-thickness: 2px; }
.ac-quote {
  margin-top: 6px; padding: 6px 10px; border-left: 3px solid ${BLUE}; background: #f5f5fe;
  font-size: 13px; line-height: 18px; font-style: italic;
}
.ac-quote footer { margin-top: 2px; font-style: normal; color: ${GREY}; font-size: 12px; }
.ac-mark { display: grid; grid-template-columns: auto 1fr; align-items: start; gap: 6px 10px; margin-top: 8px; padding-top: 8px; border-top: 1px dashed ${LINE}; }
.ac-check { grid-column: 1 / -1; display: inline-flex; align-items: center; gap: 6px; font-weight: 700; cursor: pointer; }
.ac-check input { width: 16px; height: 16px; margin: 0; accent-color: ${BLUE}; }
.ac-note { font-size: 13px; color: ${GREY}; padding-top: 4px; }
.ac-note__input {
  width: 100%; min-height: 36px; padding: 4px 6px; resize: vertical;
  border: 1px solid #929292; border-radius: 0; background: #ffffff; font-size: 13px; line-height: 18px;
}

/* Tables */
.ac-table { width: 100%; border-collapse: collapse; font-size: 13px; line-height: 18px; }
.ac-table th, .ac-table td { padding: 5px 4px; border-bottom: 1px solid ${LINE}; vertical-align: top; text-align: left; font-weight: 400; }
.ac-table thead th { font-weight: 700; color: ${GREY}; font-size: 12px; border-bottom: 2px solid ${TEXT}; }
.ac-table tfoot th, .ac-table tfoot td { font-weight: 700; border-bottom: 0; border-top: 2px solid ${TEXT}; }
.ac-table .ac-num { text-align: right; white-space: nowrap; }
.ac-table tr.ac-zero td { color: ${GREY}; }
.ac-table tbody th { font-weight: 400; }
.ac-coll__name { display: block; font-weight: 700; overflow-wrap: anywhere; }
.ac-coll__state { display: block; font-size: 12px; line-height: 18px; color: ${GREY}; }
.ac-coll__why { white-space: nowrap; }
.ac-pill { display: inline-block; padding: 0 5px; border-radius: 3px; font-weight: 700; }
.ac-pill--ok { color: ${GREEN}; background: #e6f4ea; }
.ac-pill--off { color: ${RED}; background: #fee9e9; }
.ac-table tr.ac-off td { color: ${GREY}; }

/* Checklist, deadlines, fields not read */
.ac-checklist li, .ac-notfound li { display: flex; gap: 8px; padding: 4px 0; border-bottom: 1px solid #eeeeee; }
.ac-checklist__mark { flex: none; width: 16px; text-align: center; font-weight: 700; color: ${ORANGE}; }
.ac-done .ac-checklist__mark { color: ${GREEN}; }
.ac-done .ac-checklist__text { color: ${GREY}; }
.ac-checklist + .ac-subtitle { margin-top: 12px; }
.ac-notfound li::before { content: "?"; flex: none; width: 16px; text-align: center; font-weight: 700; color: ${ORANGE}; }
.ac-deadline { display: flex; flex-direction: column; padding: 6px 0 6px 10px; border-left: 3px solid ${LINE}; }
.ac-deadline + .ac-deadline { margin-top: 6px; }
.ac-deadline__label { font-weight: 700; }
.ac-deadline__date { font-size: 13px; }
.ac-deadline--soon .ac-deadline__when { color: ${ORANGE}; font-weight: 700; }
.ac-deadline--today, .ac-deadline--soon { border-left-color: ${ORANGE}; }
.ac-deadline--today .ac-deadline__when { color: ${ORANGE}; font-weight: 700; }
.ac-deadline--opened { border-left-color: ${GREY}; }
.ac-deadline--opened .ac-deadline__when { color: ${GREY}; }
.ac-deadline--past, .ac-deadline--closed { border-left-color: ${RED}; }
.ac-deadline--past .ac-deadline__when, .ac-deadline--closed .ac-deadline__when { color: ${RED}; font-weight: 700; }
.ac-deadline--later { border-left-color: ${BLUE}; }

/* Collapsed: a tab on the screen edge, vertically centred, narrow enough to leave the form alone */
.ac-root.ac-root--collapsed {
  top: 50%; bottom: auto; height: auto; width: auto; transform: translateY(-50%);
  border: 0; box-shadow: none; background: transparent;
}
.ac-tab {
  display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 10px 6px;
  background: ${BLUE}; color: #ffffff; border: 0; border-radius: 6px 0 0 6px;
  box-shadow: -2px 2px 8px rgba(0, 0, 0, 0.25); font-size: 13px; line-height: 16px; font-weight: 700;
}
.ac-side-left .ac-tab { border-radius: 0 6px 6px 0; box-shadow: 2px 2px 8px rgba(0, 0, 0, 0.25); }
.ac-tab__name { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.ac-tab__dot {
  display: inline-flex; align-items: center; justify-content: center; min-width: 22px; height: 22px;
  padding: 0 4px; border-radius: 11px; background: ${GREY}; color: #ffffff; font-size: 12px;
  border: 2px solid #ffffff;
}
.ac-tone-blocking .ac-tab__dot { background: ${RED}; }
.ac-tone-warning .ac-tab__dot { background: ${ORANGE}; }
.ac-tone-ok .ac-tab__dot { background: ${GREEN}; }
.ac-root .ac-tab:focus-visible { outline: 3px solid #ffffff; outline-offset: -5px; box-shadow: 0 0 0 2px ${BLUE}; }

.ac-notfound li .ac-link { margin-left: auto; flex: none; }
.ac-elsewhere { color: #555555; font-style: italic; }
.ac-teach { margin: 0 0 12px; padding: 10px 12px; border: 2px dashed ${BLUE}; border-radius: 6px; background: #f0f0ff; }
.ac-teach p { margin: 0 0 8px; }
.ac-dossier { margin-top: 8px; font-size: 14px; line-height: 20px; overflow-wrap: anywhere; }
.ac-dossier__name { font-weight: 700; }
.ac-dossier__number { color: ${GREY}; }
.ac-closed { margin-top: 8px; padding: 6px 8px; border-left: 4px solid ${BLUE}; background: #f0f0ff; font-size: 13px; line-height: 18px; }
.ac-status__part--not-read .ac-status__rest { color: ${GREY}; }
.ac-status__money--waiting strong { font-weight: 400; font-style: italic; }
.ac-pending, .ac-steps { list-style: none; margin: 0 0 8px; padding: 0; }
.ac-pending li, .ac-steps li { padding: 4px 0; border-bottom: 1px solid #eeeeee; }
.ac-pending__title { font-weight: 700; }
.ac-pending__fields { color: ${GREY}; }
.ac-steps__current { font-weight: 700; }

@media print { .ac-root { display: none; } }
@media (prefers-reduced-motion: reduce) { .ac-root * { transition: none !important; } }
`;
