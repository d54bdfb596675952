import type { CooldownRule } from '../types';

// Every file in this folder (but this one) is a cooldown rule; adding a rule is adding a file.
const modules = import.meta.glob<{ default: CooldownRule }>(['./*.ts', '!./index.ts'], { eager: true });

/** The rules, with the file each came from (the meta-test checks id = file name). */
export const cooldownRuleFiles: ReadonlyArray<{ file: string; rule: CooldownRule }> = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, mod]) => ({ file: path.replace(/^\.\/|\.ts$/g, ''), rule: mod.default }));

export const cooldownRules: readonly CooldownRule[] = cooldownRuleFiles.map((f) => f.rule);
