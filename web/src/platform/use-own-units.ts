// The units the logged-in user is a member of, with names, for "registered by unit" choices.
import { useApi } from './use-api.js';
import { useUser } from './auth.js';
import type { Items, Unit } from './api-types.js';

export function useOwnUnits() {
  const user = useUser();
  const units = useApi<Items<Unit>>('/api/units');
  const own = (units.data?.items ?? []).filter((u) => user.unitIds.includes(u.id));
  return { units: own, loading: units.loading, error: units.error };
}
