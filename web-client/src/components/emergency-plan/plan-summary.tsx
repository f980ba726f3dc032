import { SummaryList } from '@/components/govuk/summary-list';
import type { EmergencyPlan } from '@/lib/api/types';
import { planSections } from '@/lib/emergency-plan-sections';
import { formatDate } from '@/lib/validation/date';

/**
 * One emergency plan as someone stepping in reads it: every answer (or that none was given),
 * the emergency contacts, and when it was last reviewed. Shown to the carer (and printed) and
 * to emergency duty staff who looked the card up.
 */
export function PlanSummary({ plan, headingLevel = 2, titled = true }: { plan: EmergencyPlan; headingLevel?: 2 | 3; titled?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = !titled ? Heading : headingLevel === 2 ? 'h3' : 'h4';
  const contacts = plan.content.contacts ?? [];
  const questions = planSections.flatMap((section) => section.questions);
  return (
    <section className="app-plan" aria-label={`Emergency plan for ${plan.caredForName}`}>
      {titled ? <Heading className="govuk-heading-m">Emergency plan for {plan.caredForName}</Heading> : null}
      <p className="govuk-body-s">
        Last reviewed on {formatDate(plan.reviewedOn)}. Next review by {formatDate(plan.nextReviewOn)}
        {plan.reviewOverdue ? ' (overdue)' : ''}.
      </p>
      <SummaryList
        rows={questions.map((question) => {
          const answer = plan.content[question.field];
          return {
            key: question.shortLabel,
            value: answer && answer.trim() !== '' ? <span className="app-preserve-lines">{answer}</span> : 'Not given',
          };
        })}
      />
      <SubHeading className="govuk-heading-s">Emergency contacts</SubHeading>
      {contacts.length === 0 ? (
        <p className="govuk-body">No emergency contacts given.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Emergency contacts for {plan.caredForName}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Phone</th>
              <th scope="col" className="govuk-table__header">Who they are</th>
              <th scope="col" className="govuk-table__header">Agreed to be a contact</th>
              <th scope="col" className="govuk-table__header">Has a copy of the plan</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {contacts.map((contact, index) => (
              <tr className="govuk-table__row" key={index}>
                <th scope="row" className="govuk-table__header">{contact.name}</th>
                <td className="govuk-table__cell">{contact.phone}</td>
                <td className="govuk-table__cell">{contact.relationship ?? ''}</td>
                <td className="govuk-table__cell">{contact.consentGiven ? 'Yes' : 'No'}</td>
                <td className="govuk-table__cell">{contact.holdsCopy ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
