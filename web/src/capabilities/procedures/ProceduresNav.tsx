// The procedure pages' own navigation.
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { SubNav } from '../../platform/NavLinks.js';

export function ProceduresNav() {
  const user = useUser();
  const items = [{ to: '/rutiner', label: 'Rutiner og prosesskart', end: true }, ...(may(user, 'procedure.coverage') ? [{ to: '/rutiner/lesedekning', label: 'Lesedekning og revisjon' }] : [])];
  return <SubNav label="Rutiner" items={items} />;
}
