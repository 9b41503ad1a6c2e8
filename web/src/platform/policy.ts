// The server's role policy, shared as-is so the UI never offers what the API would refuse.
import { mayPerform, roleLabels, staffRoles, type RoleAction, type StaffRole } from '../../../server/src/platform/access/policy.js';
import type { CurrentUser } from './api-types.js';

export { roleLabels, staffRoles, type RoleAction, type StaffRole };

export function may(user: CurrentUser | null, action: RoleAction): boolean {
  return user !== null && mayPerform(user, action);
}

export function rolesText(roles: readonly StaffRole[]): string {
  return roles.map((role) => roleLabels[role]).join(', ');
}

/** Whether a staff member with these roles may perform `action` (e.g. for choosing who evaluates). */
export function staffMay(roles: readonly StaffRole[], action: RoleAction): boolean {
  return mayPerform({ kind: 'staff', roles: [...roles] }, action);
}
