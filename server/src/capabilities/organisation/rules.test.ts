import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './rules.js';

const tree = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'b', parentId: 'a' },
];

describe('wouldCreateCycle', () => {
  it('allows moving a unit under an unrelated branch', () => {
    expect(wouldCreateCycle([...tree, { id: 'c', parentId: 'root' }], 'b', 'c')).toBe(false);
  });
  it('refuses a unit as its own parent', () => {
    expect(wouldCreateCycle(tree, 'a', 'a')).toBe(true);
  });
  it('refuses moving a unit under its own descendant', () => {
    expect(wouldCreateCycle(tree, 'a', 'b')).toBe(true);
  });
});
