import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
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
import { formatDate, formatDateTime, todayIso } from '@/lib/validation/date';
import { myEmergencyPlansKey } from '../api/list-my-emergency-plans';
import { useSaveEmergencyPlan } from '../api/save-emergency-plan';
import { planPaths } from '../paths';
import { isPlanConflict, planChangedBeforeReviewMessage } from '../save-conflict';

function statusView(status: PlanSectionStatus, t: TFunction<'emergencyPlans'>) {
  if (status === 'completed') return t('home.completed');
  if (status === 'inProgress') return <Tag colour="light-blue">{t('home.inProgress')}</Tag>;
  return <Tag colour="blue">{t('home.notYetStarted')}</Tag>;
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
  const { t } = useTranslation('emergencyPlans');
  usePageTitle(t('home.title'));
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{t('home.title')}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t('home.intro')}</p>
          <CardNumber cardNumber={data.cardNumber ?? null} />
          {people.length === 0 ? (
            <>
              <p className="govuk-body">{t('home.nobody')}</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.addCaredForPerson}>
                  {t('home.addPerson')}
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
  const { t } = useTranslation('emergencyPlans');
  if (!cardNumber) return <InsetText>{t('home.noCard')}</InsetText>;
  return (
    <section className="app-card-number" aria-labelledby="card-number-title">
      <h2 className="govuk-heading-m" id="card-number-title">
        {t('home.cardTitle')}
      </h2>
      <p className="app-card-number__number" data-testid="card-number">
        {formatCardNumber(cardNumber)}
      </p>
      <p className="govuk-body">{t('home.cardText')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={planPaths.printCard}>
          {t('home.printCard')}
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
  const { t } = useTranslation('emergencyPlans');
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${id}-title`}>
      <h2 className="govuk-heading-m" id={`${id}-title`}>
        {t('home.planFor', { name })}
      </h2>
      {hasErrors(errors) ? <ErrorSummary key={attempt} errors={errors.summary} /> : null}
      {plan ? (
        <p className="govuk-body">{t('home.reviewed', { reviewed: formatDate(plan.reviewedOn), next: formatDate(plan.nextReviewOn) })}</p>
      ) : (
        <p className="govuk-body">{t('home.notStarted')}</p>
      )}
      {plan && reminder === 'overdue' ? (
        <WarningText>{t('home.overdue', { name })}</WarningText>
      ) : plan && reminder === 'dueSoon' ? (
        <InsetText>{t('home.dueSoon', { name, date: formatDate(plan.nextReviewOn) })}</InsetText>
      ) : null}
      <p className="govuk-body">{t('home.progress', { completed: completedSections(plan?.content), total: planSections.length })}</p>
      <TaskList
        idPrefix={id}
        items={planSections.map((section) => {
          const status = planSectionStatus(plan?.content, section);
          return {
            id: section.id,
            title: section.title,
            to: planPaths.section(person.relationshipId, section.id),
            status: statusView(status, t),
          };
        })}
      />
      {plan ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={planPaths.printPlan(person.relationshipId)}>
            {t('home.readOrPrint', { name })}
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
  const { t } = useTranslation('emergencyPlans');
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
              onErrors({ fields: {}, summary: [{ text: planChangedBeforeReviewMessage() }] });
              void queryClient.invalidateQueries({ queryKey: myEmergencyPlansKey });
            },
          },
        );
      }}
    >
      <Button variant="secondary" preventDoubleClick disabled={save.isPending}>
        {t('home.stillRight', { name })}
      </Button>
    </form>
  );
}

/** Who looked a plan up, from the role the audit log recorded (as the shared staffRoleText names it, in the carer's language). */
function roleKey(role: string): 'emergencyDuty' | 'assessor' | 'manager' | 'other' {
  if (role === 'Staff.EmergencyDuty') return 'emergencyDuty';
  if (role === 'Staff.Assessor') return 'assessor';
  return role === 'Staff.Manager' ? 'manager' : 'other';
}

function Lookups({ lookups }: { lookups: MyEmergencyPlans['lookups'] }) {
  const { t } = useTranslation('emergencyPlans');
  return (
    <>
      <h2 className="govuk-heading-m">{t('home.lookupsTitle')}</h2>
      <p className="govuk-body">
        <Trans t={t} i18nKey="home.lookupsText" components={[<Link key="accesses" className="govuk-link" to={paths.recordAccesses} />]} />
      </p>
      {lookups.length === 0 ? (
        <p className="govuk-body">{t('home.noLookups')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t('home.lookupsCaption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('home.when')}</th>
              <th scope="col" className="govuk-table__header">{t('home.who')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {lookups.map((lookup, index) => (
              <tr className="govuk-table__row" key={`${lookup.at}-${index}`}>
                <td className="govuk-table__cell">{formatDateTime(lookup.at)}</td>
                <td className="govuk-table__cell">
                  {lookup.by}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{t(`home.roles.${roleKey(lookup.byRole)}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
