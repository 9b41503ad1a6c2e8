// The head of a section: its heading (which names the section through its id) and, beside it, the
// buttons that act on the whole section.
import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

const sizeOfLevel = { 2: 'md', 3: 'xs' } as const;

export function SectionHead({ id, title, level = 2, children }: { id: string; title: ReactNode; level?: 2 | 3; children?: ReactNode }) {
  return (
    <div className="section-head">
      <Heading level={level} data-size={sizeOfLevel[level]} id={id}>
        {title}
      </Heading>
      {children}
    </div>
  );
}
