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
  usePageTitle('Your emergency card');
  return (
    <>
      <div className="govuk-!-display-none-print">
        <BackLink to={planPaths.home}>Back to your emergency plans</BackLink>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-!-display-none-print">
            <h1 className="govuk-heading-l">Your emergency card</h1>
            {cardNumber ? (
              <p className="govuk-body">Print this page, cut out the card and keep it in your purse or wallet, with your bank cards.</p>
            ) : (
              <p className="govuk-body">You will get an emergency card when you save your first emergency plan.</p>
            )}
          </div>
          {cardNumber ? (
            <>
              <EmergencyCard cardNumber={cardNumber} />
              <PrintButton>Print your card</PrintButton>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function EmergencyCard({ cardNumber }: { cardNumber: string }) {
  return (
    <div className="app-emergency-card" role="group" aria-label="Emergency card">
      <p className="app-emergency-card__title">Carer’s emergency card</p>
      <p className="app-emergency-card__text">I look after someone who depends on me. If I am ill, in an accident or cannot get home, please call Luton Council and give this number.</p>
      <p className="app-emergency-card__number">{formatCardNumber(cardNumber)}</p>
      <p className="app-emergency-card__service">Luton Carers</p>
    </div>
  );
}

/** One plan to print (or read): everything someone stepping in needs, with the card number. */
export function PrintPlanPage({ plan, cardNumber }: { plan: EmergencyPlan; cardNumber: string | null }) {
  const title = `Emergency plan for ${plan.caredForName}`;
  usePageTitle(title);
  return (
    <>
      <div className="govuk-!-display-none-print">
        <BackLink to={planPaths.home}>Back to your emergency plans</BackLink>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{title}</h1>
          {cardNumber ? <p className="govuk-body">Emergency card number: <strong>{formatCardNumber(cardNumber)}</strong></p> : null}
          <PlanSummary plan={plan} titled={false} />
          <PrintButton>Print this plan</PrintButton>
        </div>
      </div>
    </>
  );
}
