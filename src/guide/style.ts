/**
 * Inline CSS for the guide pages: readable measure and size, light and dark schemes,
 * Windows high-contrast (forced-colors) support, and a clearly visible keyboard focus.
 */
export const GUIDE_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4a4a4a; --link: #0b57d0; --rule: #c8c8c8; --focus: #b35c00; --panel: #f4f4f4; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121212; --fg: #ececec; --muted: #c4c4c4; --link: #8ab4ff; --rule: #4a4a4a; --focus: #ffb74d; --panel: #1f1f1f; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 1rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.6; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
p, li { max-width: 40rem; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; border-radius: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -4rem; padding: 0.5rem 0.75rem; background: var(--bg); color: var(--link); border: 2px solid var(--focus); }
.skip-link:focus { top: 0.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; padding: 0.75rem 1rem; margin: 0 0 1rem;
  background: var(--panel); border: 1px solid var(--rule); border-radius: 4px; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.note, .crumb, .ours { color: var(--muted); font-size: 1rem; }
.ours, h2.added { font-style: italic; }
nav { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); margin: 1rem 0; }
.nav-title { font-size: 1.1rem; margin: 0.75rem 0 0.25rem; }
section { border-top: 1px solid var(--rule); }
@media (forced-colors: active) {
  :root { --bg: Canvas; --fg: CanvasText; --muted: CanvasText; --link: LinkText; --rule: CanvasText; --focus: Highlight; --panel: Canvas; }
  a:focus-visible, main:focus-visible { outline: 3px solid Highlight; }
  .skip-link { border-color: CanvasText; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
`;
