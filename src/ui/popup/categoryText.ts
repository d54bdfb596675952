/** Localised names, titles and hints of the six steps (keys follow category ids). */
import { CATEGORIES } from '../../analyzer/categories';
import type { CategoryId } from '../../analyzer/types';
import { hasMessage, t } from '../../i18n';

export interface StepText {
  id: CategoryId;
  step: number;
  name: string;
  title: string;
  hint: string;
}

function message(id: CategoryId, part: 'name' | 'title' | 'hint', english: string): string {
  const key = `category_${id.replace(/-/g, '_')}_${part}`;
  return hasMessage(key) ? t(key) : english;
}

export function stepTexts(): StepText[] {
  return CATEGORIES.map((c) => ({
    id: c.id,
    step: c.step,
    name: message(c.id, 'name', c.id),
    title: message(c.id, 'title', c.title),
    hint: message(c.id, 'hint', c.hint),
  }));
}
