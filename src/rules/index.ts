import type { Rule } from '../analyzer/types';

// Every file in this folder (but this one) is a rule; adding a rule is adding a file.
const modules = import.meta.glob<{ default: Rule }>(['./*.ts', '!./index.ts'], { eager: true });

/** The rules, with the file each came from (the meta-test checks id = file name). */
export const ruleFiles: ReadonlyArray<{ file: string; rule: Rule }> = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, mod]) => ({ file: path.replace(/^\.\/|\.ts$/g, ''), rule: mod.default }));

export const rules: readonly Rule[] = ruleFiles.map((f) => f.rule);
