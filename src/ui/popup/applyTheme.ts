import type { Theme } from '../../settings/items';

/** Extension pages follow the theme setting; 'auto' leaves it to prefers-color-scheme in CSS. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
