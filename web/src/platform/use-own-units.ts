// The units the logged-in user is a member of, with names, for "registered by unit" choices.
import { useApi } from './use-api.js';
import { useUser } from './auth.js';
import type { Items, Unit } from './api-types.js';

export function useOwnUnits() {
  const user = useUser();
  // Nobody to look up for a person (citizen) login or a user without units: no request.
  const units = useApi<Items<Unit>>(user.kind === 'staff' && user.unitIds.length > 0 ? '/api/units' : null);
  const own = (units.data?.items ?? []).filter((u) => user.unitIds.includes(u.id));
  return { units: own, loading: units.loading, error: units.error };
}
