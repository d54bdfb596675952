/** What the hold prompt shows. The content script builds it; the component only renders it. */
import type { CategoryId } from '../../analyzer/types';
import type { Box, Theme } from '../types';

export interface HoldModel {
  theme: Theme;
  /** The category that made Amends hold the send (its colour accents the prompt). */
  category: CategoryId;
  /** "Step 2 · Keep the blame with you" for each held category. */
  reasons: string[];
  /** The cooldown suggestion: its sentence, why, and when the wait ends (ms since epoch). */
  cooldownText: string;
  cooldownReason: string;
  until: number;
  /** Set once the user chose "Hold": when the reminder comes, as words ("at 08:00"). */
  heldUntilText?: string;
  /** The message box on screen (viewport coordinates): the prompt sits next to it. */
  anchor: Box;
}

export interface HoldCallbacks {
  /** Send through the site's own path, text unchanged. */
  onSendAnyway(): void;
  /** Keep the draft locally and set a reminder; the text stays in the box. */
  onHold(): void;
  /** Close the prompt and go back to the message box. */
  onKeepEditing(): void;
}
