/** Pure helpers over findings as the content script holds them. */
import type { Finding } from '../analyzer/types';
import { CATEGORY_IDS } from '../analyzer/types';
import type { AnalyzeRequest } from '../messaging';
import { minConfidenceFor, type Preferences } from '../settings/items';

/** A finding as shown in one field: with a stable id and the words it covers. */
export interface ShownFinding extends Finding {
  id: string;
  words: string;
}

/** What identifies "the same finding" across edits: the rule and the words (dismissals, counts). */
export function findingKey(finding: Pick<ShownFinding, 'rule' | 'words'>): string {
  return `${finding.rule}\u0000${finding.words.toLowerCase()}`;
}

export function toShown(findings: readonly Finding[], text: string, sessionId: number): ShownFinding[] {
  return findings.map((f) => ({ ...f, id: `${sessionId}:${f.rule}:${f.start}`, words: text.slice(f.start, f.end) }));
}

/** The finding whose words hold the caret (either edge counts). */
export function findingAt<T extends Finding>(findings: readonly T[], offset: number): T | undefined {
  return findings.find((f) => f.start <= offset && offset <= f.end);
}

/** The finding at the caret, else the next one after it, else the first. */
export function findingNear<T extends Finding>(findings: readonly T[], offset: number | null): T | undefined {
  if (offset === null) return findings[0];
  return findingAt(findings, offset) ?? findings.find((f) => f.start >= offset) ?? findings[0];
}

/** Analyzer options from the user's preferences. */
export function analysisOptions(prefs: Preferences): AnalyzeRequest['options'] {
  return {
    minConfidence: minConfidenceFor(prefs.sensitivity),
    categories: CATEGORY_IDS.filter((c) => prefs.categories[c]),
    disabledRules: prefs.disabledRules,
  };
}
