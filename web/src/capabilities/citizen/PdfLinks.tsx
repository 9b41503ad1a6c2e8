// Links to the PDF print of the person's own plan or crisis plan, normal and large type.
import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function PdfLinks({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <p className="citizen-pdf-links">
      <Link href={path}>{t('pdf.normal')}</Link>
      <Link href={`${path}?large=true`}>{t('pdf.large')}</Link>
    </p>
  );
}
