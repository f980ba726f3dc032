import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/govuk/button';
import { usePageTitle } from '@/hooks/use-page-title';
import { useAuth } from '@/lib/auth/auth-context';
import type { ProviderKind } from '@/lib/auth/session';

/**
 * The start of signing in: carers and staff each go to their own identity provider (Entra
 * External ID and Entra ID in production; the local provider in Development), which signs them
 * in and sends them back to /signed-in.
 */
export function SignInChoice({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation('common');
  const { settings, settingsFailed, startSignIn } = useAuth();
  const [going, setGoing] = useState(false);
  const [failed, setFailed] = useState(false);
  usePageTitle(t('signIn.title'));

  async function go(kind: ProviderKind) {
    setGoing(true);
    setFailed(false);
    try {
      await startSignIn(kind, returnTo);
    } catch {
      setFailed(true);
      setGoing(false);
    }
  }

  const unavailable = settingsFailed || failed;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('signIn.heading')}</h1>
        {unavailable ? (
          <div className="govuk-inset-text">
            {t('signIn.unavailable')}
          </div>
        ) : null}
        <h2 className="govuk-heading-m">{t('signIn.carerHeading')}</h2>
        <p className="govuk-body">{t('signIn.carerText')}</p>
        <Button type="button" onClick={() => void go('carers')} disabled={!settings || going}>
          {t('signIn.carerButton')}
        </Button>
        <h2 className="govuk-heading-m">{t('signIn.staffHeading')}</h2>
        <p className="govuk-body">{t('signIn.staffText')}</p>
        <Button type="button" variant="secondary" onClick={() => void go('staff')} disabled={!settings || going}>
          {t('signIn.staffButton')}
        </Button>
      </div>
    </div>
  );
}
