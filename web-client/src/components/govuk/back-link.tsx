import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackLink({ to, children }: { to: string; children?: string }) {
  const { t } = useTranslation('common');
  return (
    <Link to={to} className="govuk-back-link">
      {children ?? t('components.back')}
    </Link>
  );
}
