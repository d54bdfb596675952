/**
 * The analyzer lives here, not in the tab: compromise costs ~160 ms to load and several MB of
 * memory, which every Gmail or chat tab would otherwise pay (docs/architecture.md has the figures).
 * Content scripts send a draft; one Analyzer with its per-sentence cache answers every tab.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../analyzer';
import { ANALYZER_PORT } from '../content/analysis-client';
import type { AnalyzeRequest, AnalyzeResponse } from '../messaging';
import { isOwnSender, onMessage } from '../messaging';

/** The most a draft may carry into one analysis (the content script caps it lower). */
export const MAX_ANALYZED_CHARS = 20_000;

export function analyzeRequest({ text, options }: AnalyzeRequest): AnalyzeResponse {
  return { findings: analyze(text, { ...options, maxChars: MAX_ANALYZED_CHARS }) };
}

/**
 * Builds the analyzer's rule nets ahead of the first real request (called when a field gets focus),
 * so the first findings are not late by the net's construction.
 */
export function warmUpAnalyzer(): void {
  analyze('I am sorry.');
}

/** Answers `analyze` messages; called once from the background entrypoint. */
export function registerAnalysis(): () => void {
  const stop = onMessage('analyze', analyzeRequest);
  // A content script's port (src/content/analysis-client.ts WorkerLink) means someone is writing;
  // connecting is what restarts a stopped worker, and the warm-up below is what it is for.
  const onConnect = (port: { name: string; sender?: Parameters<typeof isOwnSender>[0] }) => {
    if (port.name !== ANALYZER_PORT || !port.sender || !isOwnSender(port.sender)) return;
    setTimeout(warmUpAnalyzer, 0);
  };
  browser.runtime.onConnect.addListener(onConnect);
  // A worker that just started is usually about to analyse (or was started by an analysis):
  // build the nets right after this turn, not inside the first request.
  setTimeout(warmUpAnalyzer, 0);
  return () => {
    stop();
    browser.runtime.onConnect.removeListener(onConnect);
  };
}
