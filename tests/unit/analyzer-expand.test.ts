import { describe, expect, it } from 'vitest';
import { expandAlternations } from '../../src/analyzer/expand';

describe('expandAlternations', () => {
  it('writes out multi-word alternatives, keeping capture brackets', () => {
    expect(expandAlternations('[(you are going to|u gonna)] forgive me')).toEqual(['[you are going to] forgive me', '[u gonna] forgive me']);
  });
  it('treats an optional group as one more, empty, alternative', () => {
    expect(expandAlternations('i (really do)? need you')).toEqual(['i really do need you', 'i need you']);
  });
  it('keeps anchors attached when an optional group next to them is left out', () => {
    expect(expandAlternations('^(so then|ok)? [stop it]')).toContain('^[stop it]');
    expect(expandAlternations('call me (right now)?$')).toContain('call me$');
  });
  it('writes out a multi-word group after a wildcard gap first, since compromise cannot match it there', () => {
    const many = `(${Array.from({ length: 70 }, (_, i) => `w${i} x`).join('|')})`;
    const copies = expandAlternations(`${many} i .{0,2} (need you|want you) back`);
    expect(copies).toHaveLength(2);
    expect(copies[1]).toMatch(/\.\{0,2\} want you back$/);
  });
  it('leaves single-word alternations, quantified groups and regexes alone', () => {
    expect(expandAlternations('(i|we) (beg|implore) you')).toEqual(['(i|we) (beg|implore) you']);
    expect(expandAlternations('(please now|pls)+ answer')).toEqual(['(please now|pls)+ answer']);
    expect(expandAlternations('(/^he+y$/|hello there)')).toEqual(['(/^he+y$/|hello there)']);
  });
  it('stops expanding before the copies grow past the cap', () => {
    const big = `(${Array.from({ length: 20 }, (_, i) => `w${i} x`).join('|')})`;
    const copies = expandAlternations(`${big} ${big} ${big}`);
    // The first group gives 20 copies; with the second it would be 400, over the cap.
    expect(copies.length).toBe(20);
    expect(copies.every((c) => c.includes('|'))).toBe(true);
  });
});
