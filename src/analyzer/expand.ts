/**
 * Splits a compromise pattern's multi-word alternations into separate patterns.
 *
 * Why: compromise's net only runs a pattern on a sentence that holds all of its required words,
 * but words inside an alternation like `(you are going to|u gonna)` are never required, so such a
 * pattern is tried on nearly every sentence, at every position, for every alternative. Written out
 * one alternative per pattern, each copy requires its own words and the net skips it almost always.
 * Groups with quantifiers other than `?`, nested groups, regexes and tag logic are left alone.
 */
const GROUP = /\(([^()/]*)\)(\?)?/g;
// Measured on 800 corpus sentences: 64 copies per pattern keeps the sweep near its fastest while
// building the net takes ~0.4 s instead of ~0.6 s at 256 (the service worker pays it once).
const MAX_COPIES = 64;

export function expandAlternations(pattern: string): string[] {
  if (pattern.includes('/')) return [pattern];
  const groups: Array<{ index: number; length: number; options: string[] }> = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(pattern); m; m = GROUP.exec(pattern)) {
    const after = pattern[m.index + m[0].length];
    const options = m[1].split('|').map((o) => o.trim());
    // Only multi-word alternations gain anything; a quantifier like + or {1,2} changes the meaning.
    if (after === '+' || after === '*' || after === '{') continue;
    if (!options.some((o) => o.includes(' ')) || options.some((o) => o.includes('&&') || o === '')) continue;
    if (m[2]) options.push('');
    groups.push({ index: m.index, length: m[0].length, options });
  }
  let copies = [{ text: pattern }];
  let count = 1;
  // compromise cannot match a multi-word alternative right after a wildcard gap (`.{0,2} (a b|c)`),
  // so those groups are written out first; then the rest, left to right, while copies stay few.
  const afterGap = (g: { index: number }) => /(\.\{\d*,?\d*\}|\.\*|\.\?|\*)\s*\[?\s*$/.test(pattern.slice(0, g.index));
  const ordered = [...groups.filter(afterGap), ...groups.filter((g) => !afterGap(g))];
  const chosen = ordered.filter((g) => {
    if (count * g.options.length > MAX_COPIES) return false;
    count *= g.options.length;
    return true;
  });
  // Splice from the right so earlier indices stay valid.
  for (const group of [...chosen].sort((a, b) => b.index - a.index)) {
    copies = copies.flatMap(({ text }) =>
      group.options.map((option) => ({ text: text.slice(0, group.index) + option + text.slice(group.index + group.length) })),
    );
  }
  return copies
    .map((c) => c.text.replace(/\s+/g, ' ').replace(/\[\s+/g, '[').replace(/\s+\]/g, ']').replace(/\[\]/g, '').replace(/^\^\s+/, '^').replace(/\s+\$$/, '$').trim())
    .filter((c) => /[\p{L}#]/u.test(c));
}
