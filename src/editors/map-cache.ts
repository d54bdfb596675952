/**
 * Reading a long draft walks its whole DOM (about 30 ms for 100 KB), while the caret moves and
 * the overlay repositions far more often than the text changes. The last map of each editor is
 * kept until a mutation inside it says otherwise; pending mutation records are taken
 * synchronously, so a read right after an edit in the same task is never stale.
 */
import { readDomText, type DomText, type WalkOptions } from './text-map';

interface CachedMap {
  map: DomText;
  options: WalkOptions | undefined;
  dirty: boolean;
  readonly observer: MutationObserver;
}

const cache = new WeakMap<HTMLElement, CachedMap>();

export function readDomTextCached(root: HTMLElement, options?: WalkOptions): DomText {
  const entry = cache.get(root);
  if (entry && entry.options === options && !entry.dirty && entry.observer.takeRecords().length === 0) return entry.map;
  const map = readDomText(root, options);
  if (entry) {
    Object.assign(entry, { map, options, dirty: false });
  } else {
    const fresh: CachedMap = { map, options, dirty: false, observer: new MutationObserver(() => (fresh.dirty = true)) };
    fresh.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    cache.set(root, fresh);
  }
  return map;
}
