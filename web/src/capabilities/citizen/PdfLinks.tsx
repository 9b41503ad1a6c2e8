// Links to the PDF print of the person's own plan or crisis plan, normal and large type.
import { Link } from '@digdir/designsystemet-react';

export function PdfLinks({ path }: { path: string }) {
  return (
    <p className="citizen-pdf-links">
      <Link href={path}>Last ned som PDF</Link>
      <Link href={`${path}?large=true`}>Stor skrift (PDF)</Link>
    </p>
  );
}
