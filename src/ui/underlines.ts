/**
 * The underline boxes, drawn without Preact: plain divs reconciled by key. Removing a field's
 * underlines happens on the first keystroke after they were drawn, so it must be a few DOM
 * removals, not a render; and a finding's element exists only while its underline is current.
 */
import type { UnderlineBox } from './types';

export class UnderlineLayer {
  private readonly drawn = new Map<string, { element: HTMLElement; box: UnderlineBox }>();
  /** One group per field, so clearing a field is a single DOM removal. */
  private readonly groups = new Map<number, HTMLElement>();

  constructor(private readonly parent: HTMLElement) {}

  private groupFor(fieldId: number): HTMLElement {
    let group = this.groups.get(fieldId);
    if (!group) {
      group = this.parent.ownerDocument.createElement('div');
      group.dataset.field = String(fieldId);
      this.groups.set(fieldId, group);
    }
    if (!group.isConnected) this.parent.append(group);
    return group;
  }

  draw(boxes: readonly UnderlineBox[], activeFindingId: string | undefined): void {
    const keep = new Set<string>();
    for (const box of boxes) {
      keep.add(box.key);
      let entry = this.drawn.get(box.key);
      if (!entry) {
        const element = this.parent.ownerDocument.createElement('div');
        element.className = 'underline';
        element.dataset.amendsFinding = box.findingId;
        element.dataset.field = String(box.fieldId);
        element.dataset.category = box.category;
        this.groupFor(box.fieldId).append(element);
        entry = { element, box };
        this.drawn.set(box.key, entry);
      }
      place(entry.element, box);
      entry.box = box;
      entry.element.toggleAttribute('data-active', box.findingId === activeFindingId);
    }
    for (const [key, entry] of this.drawn) {
      if (keep.has(key)) continue;
      entry.element.remove();
      this.drawn.delete(key);
    }
  }

  /** Removes one field's underlines at once (its text just changed). */
  clearField(fieldId: number): void {
    const group = this.groups.get(fieldId);
    if (!group) return;
    group.remove();
    this.groups.delete(fieldId);
    for (const [key, entry] of this.drawn) if (entry.box.fieldId === fieldId) this.drawn.delete(key);
  }

  clear(): void {
    this.draw([], undefined);
  }
}

function place(element: HTMLElement, box: UnderlineBox): void {
  const style = element.style;
  style.left = `${box.left}px`;
  style.top = `${box.top}px`;
  style.width = `${box.width}px`;
  style.height = `${box.height}px`;
}
