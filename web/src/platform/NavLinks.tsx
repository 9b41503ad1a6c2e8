// A list of router links styled as Designsystemet links; the current page gets aria-current="page".
import { NavLink } from 'react-router';
import { Link } from '@digdir/designsystemet-react';

export interface NavItem {
  to: string;
  label: string;
  /** Current only on an exact match (for a parent path such as /avvik). */
  end?: boolean;
}

export function NavLinks({ items, labelledBy }: { items: NavItem[]; labelledBy?: string }) {
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.to}>
          <Link asChild>
            <NavLink to={item.to} end={item.end}>
              {item.label}
            </NavLink>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A page's own navigation below its heading. */
export function SubNav({ label, items, className }: { label: string; items: NavItem[]; className?: string }) {
  return (
    <nav aria-label={label} className={className ? `sub-nav ${className}` : 'sub-nav'}>
      <NavLinks items={items} />
    </nav>
  );
}
