/**
 * The overlay's stylesheet, injected into its shadow root (nothing leaks to or from the page).
 * Calm colours per category; light and dark themes from prefers-color-scheme, or forced by the
 * theme setting through data-theme.
 */
const LIGHT = `
  --amends-bg: #fffdfa;
  --amends-fg: #2a2833;
  --amends-muted: #65616f;
  --amends-line: #ebe5dc;
  --amends-soft: #f6f1ea;
  --amends-shadow: 0 12px 32px rgba(40, 28, 12, 0.16), 0 2px 6px rgba(40, 28, 12, 0.08);
  --amends-excuse: #b7791f;
  --amends-blame: #c0503a;
  --amends-demand: #8a5cb8;
  --amends-non-apology: #2e74b0;
  --amends-crowding: #23876c;
  --amends-pestering: #ad4a80;
  --amends-on-accent: #ffffff;
  --amends-accent-mix: #000000;
  color-scheme: light;
`;

const DARK = `
  --amends-bg: #24232b;
  --amends-fg: #eeecf2;
  --amends-muted: #aaa6b6;
  --amends-line: #3a3844;
  --amends-soft: #2e2c36;
  --amends-shadow: 0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.35);
  --amends-excuse: #e2ad52;
  --amends-blame: #ef8c76;
  --amends-demand: #bd9ae3;
  --amends-non-apology: #7db5e8;
  --amends-crowding: #62c7a8;
  --amends-pestering: #e58fc0;
  --amends-on-accent: #17161c;
  --amends-accent-mix: #ffffff;
  color-scheme: dark;
`;

export const OVERLAY_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  background: transparent !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  display: block !important;
}
.root { ${LIGHT} font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.root[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) { .root[data-theme="auto"] { ${DARK} } }

.underline {
  position: fixed;
  pointer-events: none;
  box-sizing: border-box;
  border-radius: 2px;
  --accent: var(--amends-non-apology);
}
.underline::after {
  content: "";
  position: absolute;
  left: 0;
  right: 0;
  bottom: -1px;
  height: 2px;
  border-radius: 2px;
  background: var(--accent);
  opacity: 0.9;
}
.underline[data-active] { background: color-mix(in srgb, var(--accent) 14%, transparent); }
.underline[data-active]::after { height: 3px; opacity: 1; }

[data-category="excuse"] { --accent: var(--amends-excuse); }
[data-category="blame"] { --accent: var(--amends-blame); }
[data-category="demand"] { --accent: var(--amends-demand); }
[data-category="non-apology"] { --accent: var(--amends-non-apology); }
[data-category="crowding"] { --accent: var(--amends-crowding); }
[data-category="pestering"] { --accent: var(--amends-pestering); }

.card {
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: 360px;
  max-width: calc(100vw - 16px);
  padding: 14px 16px 12px;
  color: var(--amends-fg);
  background: var(--amends-bg);
  border: 1px solid var(--amends-line);
  border-radius: 12px;
  box-shadow: inset 0 3px 0 var(--accent), var(--amends-shadow);
  pointer-events: auto;
  overflow-y: auto;
  overscroll-behavior: contain;
  text-align: left;
  animation: amends-in 120ms ease-out;
}
.card[data-placing] { visibility: hidden; }
@keyframes amends-in { from { opacity: 0; transform: translateY(3px); } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }

.head { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; }
.badge {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.02em;
  color: var(--accent);
}
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--accent); }
.close {
  margin-left: auto;
  width: 26px;
  height: 26px;
  display: grid;
  place-items: center;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--amends-muted);
  cursor: pointer;
}
.close:hover { background: var(--amends-soft); color: var(--amends-fg); }
.title { margin: 0 0 6px; font-size: 15px; font-weight: 650; line-height: 1.3; }
.step { color: var(--amends-muted); font-weight: 500; }
.why { margin: 0 0 10px; color: var(--amends-fg); }

.rewrite {
  margin: 0 0 10px;
  padding: 10px 12px;
  border-radius: 8px;
  background: var(--amends-soft);
}
.label { margin: 0 0 4px; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--amends-muted); }
.change { margin: 0 0 8px; overflow-wrap: anywhere; }
.change del { color: var(--amends-muted); text-decoration-color: color-mix(in srgb, var(--accent) 70%, transparent); }
.change ins { text-decoration: none; font-weight: 600; }
.apply {
  font: inherit;
  font-size: 13px;
  font-weight: 600;
  padding: 6px 12px;
  border: 0;
  border-radius: 7px;
  color: var(--amends-on-accent);
  background: color-mix(in srgb, var(--accent) 78%, var(--amends-accent-mix));
  cursor: pointer;
}
.apply:hover { background: color-mix(in srgb, var(--accent) 66%, var(--amends-accent-mix)); }

.cooldown {
  display: flex;
  gap: 8px;
  align-items: flex-start;
  margin: 0 0 10px;
  font-size: 13px;
  color: var(--amends-fg);
}
.cooldown svg { flex: none; margin-top: 2px; color: var(--accent); }
.note { margin: 0 0 10px; font-size: 12px; color: var(--amends-muted); }

.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 2px;
  margin: 0 -5px;
  padding-top: 8px;
  border-top: 1px solid var(--amends-line);
}
.link {
  font: inherit;
  font-size: 12.5px;
  padding: 4px 5px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--amends-muted);
  cursor: pointer;
}
.link:hover { color: var(--amends-fg); background: var(--amends-soft); }
.hint { margin: 6px 0 0; font-size: 11.5px; color: var(--amends-muted); }

button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}
`;
