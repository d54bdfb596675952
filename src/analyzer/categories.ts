import type { CategoryId } from './types';

export interface CategoryInfo {
  id: CategoryId;
  step: number;
  /** Short title of the step, in Amends' own words. */
  title: string;
  /** One-line hint used by the checklist and the card. */
  hint: string;
}

/** The six repair steps in order; the analyzer and the UI read categories only from here. */
export const CATEGORIES: readonly CategoryInfo[] = [
  { id: 'excuse', step: 1, title: 'Explain without excusing', hint: 'Say what happened and stop there: no "but I was only…".' },
  { id: 'blame', step: 2, title: 'Keep the blame with you', hint: 'Own your part fully; leave them, others and "human nature" out of it.' },
  { id: 'demand', step: 3, title: 'Let them choose the outcome', hint: 'Accept that things may not go back to how they were; ask for nothing.' },
  { id: 'non-apology', step: 4, title: 'Apologise without conditions', hint: 'A plain "I\'m sorry I…", with no "if", no "but", no push to forgive.' },
  { id: 'crowding', step: 5, title: 'Give them room', hint: 'One message is enough; no begging, no turning up, no flood.' },
  { id: 'pestering', step: 6, title: 'Let them take their time', hint: 'Don\'t chase a reply or a decision; they will answer when ready.' },
];

const byId = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryInfo(id: CategoryId): CategoryInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`Unknown category "${id}"`);
  return info;
}
