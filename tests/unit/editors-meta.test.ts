/**
 * Conventions of src/editors: every adapter file is registered in ADAPTERS, its id is its
 * file name, ids are unique, and the generic contenteditable adapter is tried last.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, type EditorAdapter } from '../../src/editors';

const modules = import.meta.glob<Record<string, unknown>>('../../src/editors/*.ts', { eager: true });

function isAdapter(value: unknown): value is EditorAdapter {
  const candidate = value as Partial<EditorAdapter> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && typeof candidate.detect === 'function' && typeof candidate.replace === 'function';
}

/** Adapters each file defines (index.ts only re-exports). */
const adaptersByFile = Object.entries(modules)
  .filter(([path]) => !path.endsWith('/index.ts'))
  .flatMap(([path, exports]) => Object.values(exports).filter(isAdapter).map((adapter) => ({ file: basename(path, '.ts'), adapter })));

describe('editor adapters', () => {
  it('finds the adapter files', () => {
    expect(adaptersByFile.length).toBeGreaterThanOrEqual(9);
  });

  it.each(adaptersByFile)('$file.ts: its adapter is registered and named after the file', ({ file, adapter }) => {
    expect(adapter.id).toBe(file);
    expect(ADAPTERS).toContain(adapter);
  });

  it('registers only adapters defined in their own files, each once', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(adaptersByFile.map(({ file }) => file).sort());
  });

  it('tries the generic contenteditable adapter last', () => {
    expect(ADAPTERS[ADAPTERS.length - 1].id).toBe('contenteditable');
  });
});
