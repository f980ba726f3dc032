import { useTranslation } from 'react-i18next';
import { SummaryList } from '@/components/govuk/summary-list';
import type { EmergencyPlan } from '@/lib/api/types';
import { planSections } from '@/lib/emergency-plan-sections';
import { formatDate } from '@/lib/validation/date';

/**
 * One emergency plan as someone stepping in reads it: every answer (or that none was given),
 * the emergency contacts, and when it was last reviewed. Shown to the carer (and printed) in
 * their language (`forCarer`), and to emergency duty staff who looked the card up, in English.
 */
export function PlanSummary({ plan, headingLevel = 2, titled = true, forCarer = false }: { plan: EmergencyPlan; headingLevel?: 2 | 3; titled?: boolean; forCarer?: boolean }) {
  const { t } = useTranslation('emergencyPlans', forCarer ? undefined : { lng: 'en' });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = !titled ? Heading : headingLevel === 2 ? 'h3' : 'h4';
  const contacts = plan.content.contacts ?? [];
  const questions = planSections.flatMap((section) => section.questions);
  const name = plan.caredForName;
  const yesNo = (value: boolean | null | undefined) => t(value === true ? 'summary.yes' : 'summary.no');
  return (
    <section className="app-plan" aria-label={t('summary.label', { name })}>
      {titled ? <Heading className="govuk-heading-m">{t('summary.label', { name })}</Heading> : null}
      <p className="govuk-body-s">
        {t(plan.reviewOverdue ? 'summary.reviewedOverdue' : 'summary.reviewed', { reviewed: formatDate(plan.reviewedOn), next: formatDate(plan.nextReviewOn) })}
      </p>
      <SummaryList
        rows={questions.map((question) => {
          const answer = plan.content[question.field];
          return {
            key: t(`questions.${question.field}.shortLabel`),
            value: answer && answer.trim() !== '' ? <span className="app-preserve-lines">{answer}</span> : t('summary.notGiven'),
          };
        })}
      />
      <SubHeading className="govuk-heading-s">{t('summary.contacts')}</SubHeading>
      {contacts.length === 0 ? (
        <p className="govuk-body">{t('summary.noContacts')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t('summary.contactsFor', { name })}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('summary.name')}</th>
              <th scope="col" className="govuk-table__header">{t('summary.phone')}</th>
              <th scope="col" className="govuk-table__header">{t('summary.who')}</th>
              <th scope="col" className="govuk-table__header">{t('summary.agreed')}</th>
              <th scope="col" className="govuk-table__header">{t('summary.hasCopy')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {contacts.map((contact, index) => (
              <tr className="govuk-table__row" key={index}>
                <th scope="row" className="govuk-table__header">{contact.name}</th>
                <td className="govuk-table__cell">{contact.phone}</td>
                <td className="govuk-table__cell">{contact.relationship ?? ''}</td>
                <td className="govuk-table__cell">{yesNo(contact.consentGiven)}</td>
                <td className="govuk-table__cell">{yesNo(contact.holdsCopy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
