// Pure rules for the organisation tree.

/** True when making `parentId` the parent of `unitId` would put the unit under itself. */
export function wouldCreateCycle(all: { id: string; parentId: string | null }[], unitId: string, parentId: string): boolean {
  const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
  let current: string | null | undefined = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
