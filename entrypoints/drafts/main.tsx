/** Wires the drafts page to storage: live list, copy to clipboard, discard, delete all. */
import { render } from 'preact';
import { discardAllDrafts, discardDraft, heldDrafts, type HeldDraft } from '../../src/cooldown/drafts';
import { cooldownString } from '../../src/cooldown/messages';
import { preferences } from '../../src/settings/items';
import { DraftsPage } from './DraftsPage';

const app = document.getElementById('app')!;
document.title = `Amends — ${cooldownString('drafts_title')}`;

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

async function copy(draft: HeldDraft): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(draft.text);
    return true;
  } catch {
    return false;
  }
}

function show(drafts: readonly HeldDraft[]) {
  render(
    <DraftsPage
      drafts={drafts}
      now={Date.now()}
      focusId={location.hash.slice(1) || undefined}
      formatTime={(ms) => timeFormat.format(ms)}
      onCopy={copy}
      onDiscard={(id) => void discardDraft(id)}
      onDeleteAll={() => void discardAllDrafts()}
    />,
    app,
  );
}

void preferences.getValue().then((p) => app.setAttribute('data-theme', p.theme));
void heldDrafts.getValue().then(show);
heldDrafts.watch(show);
// "Ready to reread" changes with the clock, not with storage.
setInterval(() => void heldDrafts.getValue().then(show), 60_000);
