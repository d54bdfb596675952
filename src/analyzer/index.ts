import { rules } from '../rules';
import { Analyzer } from './engine';
import type { AnalyzeOptions, Finding } from './types';

export * from './types';
export { CATEGORIES, categoryInfo } from './categories';
export { Analyzer, MAX_CHECKED_CHARS } from './engine';

let shared: Analyzer | undefined;

/** Analyzes a message with every rule in src/rules/ (nets are built on first use). */
export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  shared ??= new Analyzer(rules);
  return shared.analyze(text, options);
}
