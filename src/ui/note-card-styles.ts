/**
 * Styles for NoteCard, SourceLinks and Disclaimer. Every selector is scoped to the card's own
 * classes: the sheet goes into a shadow root on web pages and into the popup, and must not style
 * anything else. Sizes are in rem/em so the card reflows at 200% zoom.
 */
export const NOTE_CARD_CSS = `
.ml-note {
  --ml-bg: #ffffff;
  --ml-fg: #1b1b1f;
  --ml-muted: #4a4a55;
  --ml-border: #c9c9d3;
  --ml-link: #0b57d0;
  --ml-focus: #0b57d0;
  --ml-accent: #4a4a55;
  --ml-danger: #b3261e;
  --ml-warning: #a04100;
  --ml-caution: #7a5900;
  --ml-info: #0b57d0;
  --ml-agrees: #146c2e;
  box-sizing: border-box;
  max-width: 28rem;
  margin: 0;
  padding: 0.875rem 1rem;
  border: 1px solid var(--ml-border);
  border-inline-start: 0.375rem solid var(--ml-accent);
  border-radius: 0.5rem;
  background: var(--ml-bg);
  color: var(--ml-fg);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  overflow-wrap: anywhere;
  text-align: start;
}
.ml-note *,
.ml-note *::before,
.ml-note *::after {
  box-sizing: inherit;
}
.ml-note--danger { --ml-accent: var(--ml-danger); }
.ml-note--warning { --ml-accent: var(--ml-warning); }
.ml-note--caution { --ml-accent: var(--ml-caution); }
.ml-note--info { --ml-accent: var(--ml-info); }
.ml-note--agrees { --ml-accent: var(--ml-agrees); }
.ml-note p,
.ml-note ul {
  margin: 0 0 0.5em;
}
.ml-note__severity {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.375em;
  color: var(--ml-accent);
  font-size: 0.875rem;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
.ml-note__icon {
  flex: none;
  fill: currentColor;
}
.ml-note__title {
  margin: 0 0 0.375em;
  font-size: 1.125rem;
  line-height: 1.3;
  color: var(--ml-fg);
}
.ml-note__section {
  margin-block: 0.5em;
}
.ml-note__label {
  font-weight: 700;
  margin-bottom: 0.125em;
}
.ml-sources__list {
  padding-inline-start: 1.25em;
}
.ml-sources__list li {
  margin-block: 0.25em;
}
.ml-note a {
  color: var(--ml-link);
  text-decoration: underline;
  text-underline-offset: 0.15em;
}
.ml-note a:focus-visible {
  outline: 0.1875rem solid var(--ml-focus);
  outline-offset: 0.125rem;
  border-radius: 0.125rem;
}
.ml-note__reviewed,
.ml-disclaimer {
  color: var(--ml-muted);
  font-size: 0.875rem;
}
.ml-visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .ml-note a {
    transition: text-decoration-thickness 120ms ease-out;
  }
  .ml-note a:hover {
    text-decoration-thickness: 0.15em;
  }
}
@media (prefers-color-scheme: dark) {
  .ml-note {
    --ml-bg: #1e1f24;
    --ml-fg: #ececf1;
    --ml-muted: #b9b9c6;
    --ml-border: #4a4b55;
    --ml-link: #a8c7fa;
    --ml-focus: #a8c7fa;
    --ml-danger: #ffb4ab;
    --ml-warning: #ffb77c;
    --ml-caution: #f0c94a;
    --ml-info: #a8c7fa;
    --ml-agrees: #7fdc95;
  }
}
@media (forced-colors: active) {
  .ml-note {
    border-inline-start-color: CanvasText;
  }
  .ml-note__icon {
    fill: CanvasText;
  }
}
`;
