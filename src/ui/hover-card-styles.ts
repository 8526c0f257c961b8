/**
 * Styles for the hover card's frame (the popover, its bar and actions) and the live region. The
 * notes inside use NOTE_CARD_CSS. The popover sits in the top layer, so no z-index is needed; the
 * UA's popover defaults (centred, inset 0) are replaced by the position the card layer computes.
 * Sizes are in rem and capped by the viewport so the card reflows at 200% zoom.
 */
export const HOVER_CARD_CSS = `
:host {
  all: initial !important;
}
.ml-card {
  --ml-card-bg: #ffffff;
  --ml-card-fg: #1b1b1f;
  --ml-card-border: #8e8e99;
  --ml-card-focus: #0b57d0;
  --ml-card-button-bg: #eef0f6;
  --ml-card-button-hover: #dde1ec;
  box-sizing: border-box;
  position: fixed;
  inset: auto;
  margin: 0;
  padding: 0;
  width: min(28rem, calc(100vw - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--ml-card-border);
  border-radius: 0.625rem;
  background: var(--ml-card-bg);
  color: var(--ml-card-fg);
  box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color-scheme: light dark;
}
.ml-card--no-popover {
  z-index: 2147483647;
}
.ml-card:focus-visible {
  outline: 0.1875rem solid var(--ml-card-focus);
  outline-offset: 0.125rem;
}
.ml-card__body {
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
  padding: 0.5rem;
}
.ml-card .ml-note {
  max-width: none;
  border-width: 0 0 0 0.375rem;
}
.ml-card__bar {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem;
  padding-inline-start: 0.5rem;
}
.ml-card__brand {
  margin: 0;
  font-size: 0.875rem;
  font-weight: 700;
}
.ml-card__close,
.ml-card__action {
  font: inherit;
  color: inherit;
  border: 1px solid var(--ml-card-border);
  background: var(--ml-card-button-bg);
  border-radius: 0.375rem;
  cursor: pointer;
}
.ml-card__close {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 2.75rem;
  min-height: 2.75rem;
}
.ml-card__actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  padding: 0 0.5rem 0.5rem;
}
.ml-card__action {
  flex: 1 1 auto;
  min-height: 2.75rem;
  padding: 0.375rem 0.75rem;
}
.ml-card__close:hover,
.ml-card__action:hover {
  background: var(--ml-card-button-hover);
}
.ml-card__close:focus-visible,
.ml-card__action:focus-visible {
  outline: 0.1875rem solid var(--ml-card-focus);
  outline-offset: 0.125rem;
}
@media (prefers-reduced-motion: no-preference) {
  .ml-card:popover-open {
    animation: ml-card-in 120ms ease-out;
  }
  @keyframes ml-card-in {
    from { opacity: 0; transform: translateY(0.25rem); }
    to { opacity: 1; transform: none; }
  }
}
@media (prefers-color-scheme: dark) {
  .ml-card {
    --ml-card-bg: #1e1f24;
    --ml-card-fg: #ececf1;
    --ml-card-border: #6f707c;
    --ml-card-focus: #a8c7fa;
    --ml-card-button-bg: #2c2d34;
    --ml-card-button-hover: #3a3b44;
  }
}
@media (forced-colors: active) {
  .ml-card {
    border-color: CanvasText;
  }
}
`;
