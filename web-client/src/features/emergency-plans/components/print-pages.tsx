import { Trans, useTranslation } from 'react-i18next';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { PlanSummary } from '@/components/emergency-plan/plan-summary';
import { usePageTitle } from '@/hooks/use-page-title';
import type { EmergencyPlan } from '@/lib/api/types';
import { formatCardNumber } from '@/lib/emergency-card';
import { planPaths } from '../paths';

function PrintButton({ children }: { children: string }) {
  return (
    <div className="govuk-!-display-none-print">
      <Button type="button" onClick={() => window.print()}>
        {children}
      </Button>
    </div>
  );
}

/**
 * The emergency card to print and cut out: the size of a bank card, with the card number and
 * what to do, and nothing about the carer or the person they care for.
 */
export function PrintCardPage({ cardNumber }: { cardNumber: string | null }) {
  const { t } = useTranslation('emergencyPlans');
  usePageTitle(t('print.cardTitle'));
  return (
    <>
      <div className="govuk-!-display-none-print">
        <BackLink to={planPaths.home}>{t('print.back')}</BackLink>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-!-display-none-print">
            <h1 className="govuk-heading-l">{t('print.cardTitle')}</h1>
            <p className="govuk-body">{t(cardNumber ? 'print.cutOut' : 'print.noCard')}</p>
          </div>
          {cardNumber ? (
            <>
              <EmergencyCard cardNumber={cardNumber} />
              <PrintButton>{t('print.printCard')}</PrintButton>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function EmergencyCard({ cardNumber }: { cardNumber: string }) {
  const { t } = useTranslation('emergencyPlans');
  return (
    <div className="app-emergency-card" role="group" aria-label={t('print.card')}>
      <p className="app-emergency-card__title">{t('print.cardHeading')}</p>
      <p className="app-emergency-card__text">{t('print.cardText')}</p>
      <p className="app-emergency-card__number">{formatCardNumber(cardNumber)}</p>
      <p className="app-emergency-card__service">Luton Carers</p>
    </div>
  );
}

/** One plan to print (or read): everything someone stepping in needs, with the card number. */
export function PrintPlanPage({ plan, cardNumber }: { plan: EmergencyPlan; cardNumber: string | null }) {
  const { t } = useTranslation('emergencyPlans');
  const title = t('print.planTitle', { name: plan.caredForName });
  usePageTitle(title);
  return (
    <>
      <div className="govuk-!-display-none-print">
        <BackLink to={planPaths.home}>{t('print.back')}</BackLink>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          {cardNumber ? (
            <p className="govuk-body">
              <Trans t={t} i18nKey="print.cardNumber" values={{ number: formatCardNumber(cardNumber) }} components={[<strong key="number" />]} />
            </p>
          ) : null}
          <PlanSummary plan={plan} titled={false} forCarer />
          <PrintButton>{t('print.printPlan')}</PrintButton>
        </div>
      </div>
    </>
  );
}
