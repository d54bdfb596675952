/** The hold prompt's stylesheet, in its own shadow root; palette matches the card's. */
const LIGHT = `
  --amends-bg: #fffdfa; --amends-fg: #2a2833; --amends-muted: #65616f; --amends-line: #ebe5dc;
  --amends-soft: #f6f1ea; --amends-shadow: 0 16px 40px rgba(40, 28, 12, 0.2), 0 2px 6px rgba(40, 28, 12, 0.08);
  --amends-excuse: #b7791f; --amends-blame: #c0503a; --amends-demand: #8a5cb8;
  --amends-non-apology: #2e74b0; --amends-crowding: #23876c; --amends-pestering: #ad4a80;
  color-scheme: light;
`;
const DARK = `
  --amends-bg: #24232b; --amends-fg: #eeecf2; --amends-muted: #aaa6b6; --amends-line: #3a3844;
  --amends-soft: #2e2c36; --amends-shadow: 0 16px 40px rgba(0, 0, 0, 0.55), 0 2px 6px rgba(0, 0, 0, 0.35);
  --amends-excuse: #e2ad52; --amends-blame: #ef8c76; --amends-demand: #bd9ae3;
  --amends-non-apology: #7db5e8; --amends-crowding: #62c7a8; --amends-pestering: #e58fc0;
  color-scheme: dark;
`;

export const HOLD_CSS = `
:host {
  all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  z-index: 2147483647 !important; display: block !important; pointer-events: none !important;
}
.root { ${LIGHT} font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.root[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) { .root[data-theme="auto"] { ${DARK} } }
[data-category="excuse"] { --accent: var(--amends-excuse); }
[data-category="blame"] { --accent: var(--amends-blame); }
[data-category="demand"] { --accent: var(--amends-demand); }
[data-category="non-apology"] { --accent: var(--amends-non-apology); }
[data-category="crowding"] { --accent: var(--amends-crowding); }
[data-category="pestering"] { --accent: var(--amends-pestering); }
.hold {
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); padding: 16px 18px 14px;
  color: var(--amends-fg); background: var(--amends-bg);
  border: 1px solid var(--amends-line); border-top: 3px solid var(--accent); border-radius: 12px;
  box-shadow: var(--amends-shadow); pointer-events: auto; text-align: left;
  animation: amends-in 140ms ease-out;
}
/* Transparent, not hidden, while being placed: a hidden element could not take focus. */
.hold[data-placing] { opacity: 0; }
@keyframes amends-in { from { opacity: 0; transform: translateY(4px); } }
@media (prefers-reduced-motion: reduce) { .hold { animation: none; } }
.title { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; font-size: 16px; font-weight: 650; }
.dot { width: 9px; height: 9px; border-radius: 50%; background: var(--accent); flex: none; }
.intro { margin: 0 0 8px; color: var(--amends-muted); font-size: 13px; }
.reasons { margin: 0 0 10px; padding: 0 0 0 18px; font-size: 13px; }
.reasons li { margin: 2px 0; }
.reasons li::marker { color: var(--accent); }
.cooldown { margin: 0 0 6px; padding: 10px 12px; border-radius: 8px; background: var(--amends-soft); }
.cooldown [data-amends-cooldown] { display: block; font-weight: 600; }
.cooldown .why { display: block; margin-top: 4px; font-size: 12.5px; color: var(--amends-muted); }
.countdown { margin: 0 0 10px; font-size: 13px; font-variant-numeric: tabular-nums; color: var(--amends-muted); }
.held { margin: 0 0 10px; font-size: 13px; color: var(--amends-fg); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding-top: 10px; border-top: 1px solid var(--amends-line); }
button {
  font: inherit; font-size: 13px; font-weight: 600; padding: 7px 12px; border-radius: 8px;
  border: 1px solid var(--amends-line); background: var(--amends-bg); color: var(--amends-fg); cursor: pointer;
}
button:hover { background: var(--amends-soft); }
button.primary { border-color: transparent; color: #fff; background: color-mix(in srgb, var(--accent) 88%, #000); }
button.primary:hover { background: color-mix(in srgb, var(--accent) 75%, #000); }
/* Dark: the accents are light, so the primary button takes dark text on the plain accent. */
.root[data-theme="dark"] button.primary { color: #15141a; background: var(--accent); }
.root[data-theme="dark"] button.primary:hover { background: color-mix(in srgb, var(--accent) 85%, #fff); }
@media (prefers-color-scheme: dark) {
  .root[data-theme="auto"] button.primary { color: #15141a; background: var(--accent); }
  .root[data-theme="auto"] button.primary:hover { background: color-mix(in srgb, var(--accent) 85%, #fff); }
}
button.quiet { margin-left: auto; border-color: transparent; background: transparent; color: var(--amends-muted); font-weight: 500; }
button.quiet:hover { color: var(--amends-fg); background: var(--amends-soft); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
