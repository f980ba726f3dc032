import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { InsetText, Tag, WarningText } from '@/components/govuk/misc';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { TaskList } from '@/components/govuk/task-list';
import { paths } from '@/config/paths';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import type { CaredForPerson, EmergencyPlan, MyEmergencyPlans } from '@/lib/api/types';
import { formatCardNumber } from '@/lib/emergency-card';
import { completedSections, planSections, planSectionStatus, reviewReminder, type PlanSectionStatus } from '@/lib/emergency-plan-sections';
import { hasErrors, noErrors, problemToFormErrors, type FormErrors } from '@/lib/forms/form-errors';
import { staffRoleText } from '@/lib/reference-data';
import { formatDate, formatDateTime, todayIso } from '@/lib/validation/date';
import { myEmergencyPlansKey } from '../api/list-my-emergency-plans';
import { useSaveEmergencyPlan } from '../api/save-emergency-plan';
import { planPaths } from '../paths';
import { isPlanConflict, planChangedBeforeReviewMessage } from '../save-conflict';

function statusView(status: PlanSectionStatus) {
  if (status === 'completed') return 'Completed';
  if (status === 'inProgress') return <Tag colour="light-blue">In progress</Tag>;
  return <Tag colour="blue">Not yet started</Tag>;
}

export function personName(person: CaredForPerson): string {
  return `${person.givenName ?? ''} ${person.familyName ?? ''}`.trim();
}

/**
 * "Your emergency plans": the emergency card number, a task list for each person cared for (each
 * section saved on its own, so the carer can stop and come back), review reminders, and who has
 * looked the plans up.
 */
export function EmergencyPlansPage({ data, people, banner }: { data: MyEmergencyPlans; people: CaredForPerson[]; banner?: string | undefined }) {
  usePageTitle('Your emergency plans');
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">Your emergency plans</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            An emergency plan tells someone stepping in what the person you care for needs if you are suddenly ill, in an accident or
            cannot get home. Write one for each person you care for, and look at it again at least once a year.
          </p>
          <CardNumber cardNumber={data.cardNumber ?? null} />
          {people.length === 0 ? (
            <>
              <p className="govuk-body">Tell us about the person you care for first, then you can write their plan.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.addCaredForPerson}>
                  Add someone you care for
                </Link>
              </p>
            </>
          ) : (
            people.map((person) => (
              <PersonPlan key={person.relationshipId} person={person} plan={data.plans.find((plan) => plan.relationshipId === person.relationshipId)} />
            ))
          )}
          <Lookups lookups={data.lookups} />
        </div>
      </div>
    </>
  );
}

function CardNumber({ cardNumber }: { cardNumber: string | null }) {
  if (!cardNumber) {
    return (
      <InsetText>
        You will get an emergency card number when you save your first plan. Carry the card with you: if something happens to you,
        the council’s emergency duty team can use the number to find your plan.
      </InsetText>
    );
  }
  return (
    <section className="app-card-number" aria-labelledby="card-number-title">
      <h2 className="govuk-heading-m" id="card-number-title">
        Your emergency card number
      </h2>
      <p className="app-card-number__number" data-testid="card-number">
        {formatCardNumber(cardNumber)}
      </p>
      <p className="govuk-body">
        Carry this number with you. If something happens to you, the council’s emergency duty team can use it to find your plans.
        The card has no name or address on it.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={planPaths.printCard}>
          Print your emergency card
        </Link>
      </p>
    </section>
  );
}

function PersonPlan({ person, plan }: { person: CaredForPerson; plan: EmergencyPlan | undefined }) {
  const name = personName(person);
  // Kept here, not in the review form: the latest plan may need no review, and the form goes.
  const { errors, attempt, setErrors } = useFormErrors();
  const id = `plan-${person.relationshipId}`;
  const reminder = plan ? reviewReminder(plan, todayIso()) : null;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${id}-title`}>
      <h2 className="govuk-heading-m" id={`${id}-title`}>
        Plan for {name}
      </h2>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {plan ? (
        <p className="govuk-body">
          Last reviewed on {formatDate(plan.reviewedOn)}. Next review by {formatDate(plan.nextReviewOn)}.
        </p>
      ) : (
        <p className="govuk-body">Not started yet.</p>
      )}
      {plan && reminder === 'overdue' ? (
        <WarningText>Your plan for {name} is overdue for its yearly review. Check each section is still right and save it.</WarningText>
      ) : plan && reminder === 'dueSoon' ? (
        <InsetText>Your plan for {name} is due for its yearly review by {formatDate(plan.nextReviewOn)}.</InsetText>
      ) : null}
      <p className="govuk-body">
        You have completed {completedSections(plan?.content)} of {planSections.length} sections. Each section is saved when you
        continue, so you can stop and come back to it later.
      </p>
      <TaskList
        idPrefix={id}
        items={planSections.map((section) => {
          const status = planSectionStatus(plan?.content, section);
          return {
            id: section.id,
            title: section.title,
            to: planPaths.section(person.relationshipId, section.id),
            status: statusView(status),
          };
        })}
      />
      {plan ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={planPaths.printPlan(person.relationshipId)}>
            Read or print the plan for {name}
          </Link>
        </p>
      ) : null}
      {plan && reminder ? <MarkReviewed plan={plan} name={name} onErrors={setErrors} /> : null}
    </section>
  );
}

/**
 * Saving the plan unchanged is its review: the next review is a year on. A plan saved somewhere
 * else since the list was read (412) is read again, and the carer checks the latest.
 */
function MarkReviewed({ plan, name, onErrors }: { plan: EmergencyPlan; name: string; onErrors: (errors: FormErrors) => void }) {
  const save = useSaveEmergencyPlan();
  const queryClient = useQueryClient();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onErrors(noErrors);
        save.mutate(
          { relationshipId: plan.relationshipId, content: plan.content, etag: plan.eTag },
          {
            onError: (error) => {
              if (!isPlanConflict(error)) return onErrors(problemToFormErrors(error, {}));
              onErrors({ fields: {}, summary: [{ text: planChangedBeforeReviewMessage }] });
              void queryClient.invalidateQueries({ queryKey: myEmergencyPlansKey });
            },
          },
        );
      }}
    >
      <Button variant="secondary" preventDoubleClick disabled={save.isPending}>
        The plan for {name} is still right
      </Button>
    </form>
  );
}

function Lookups({ lookups }: { lookups: MyEmergencyPlans['lookups'] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Who has looked at your plans</h2>
      <p className="govuk-body">
        Only the council’s emergency duty team can look up a plan, and only with your card number. We record every time they do. We
        show the team, not the names of staff (<Link className="govuk-link" to={paths.recordAccesses}>see who has seen your record</Link>).
      </p>
      {lookups.length === 0 ? (
        <p className="govuk-body">Nobody has looked at your plans.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Who has looked at your plans, latest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Who</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {lookups.map((lookup, index) => (
              <tr className="govuk-table__row" key={`${lookup.at}-${index}`}>
                <td className="govuk-table__cell">{formatDateTime(lookup.at)}</td>
                <td className="govuk-table__cell">
                  {lookup.by}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{staffRoleText(lookup.byRole)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
