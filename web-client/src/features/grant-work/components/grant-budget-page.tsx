import { useState, type FormEvent } from 'react';
import { Button } from '@/components/govuk/button';
import { TextInput } from '@/components/govuk/text-input';
import { PageLoading, ServiceProblem } from '@/components/layout/page-states';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import { isStaleChange, staleErrors } from '@/lib/forms/stale-change';
import { downloadBlob } from '@/lib/download';
import { hasErrors, noErrors, problemToFormErrors, validationToFormErrors } from '@/lib/forms/form-errors';
import { financialYearLabel, financialYearOf, formatPence } from '@/lib/money';
import { grantPotLabels } from '@/lib/reference-data';
import { useExportGrantPayments } from '../api/export-grant-payments';
import { useGrantBudget } from '../api/get-grant-budget';
import { useSetGrantBudget } from '../api/set-grant-budget';
import { budgetFormToRequest } from '../forms';
import { BudgetChart } from './budget-chart';
import { Messages, fieldProps, type Banner } from './grant-page-parts';

/**
 * The current financial year's budget per pot, the set-budget form and the payment file export. The budget is set at
 * the version shown (If-Match); when another officer set it first (412), the latest is read and shown.
 */
export function GrantBudgetPage() {
  const year = financialYearOf(new Date());
  const yearLabel = financialYearLabel(year);
  const query = useGrantBudget(year);
  const setBudget = useSetGrantBudget();
  const exportPayments = useExportGrantPayments();
  const [total, setTotal] = useState('');
  const [childrenPercent, setChildrenPercent] = useState('20');
  const [banner, setBanner] = useState<Banner | undefined>();
  const { errors, attempt, setErrors } = useFormErrors();
  const title = `Grant budget ${yearLabel}`;
  usePageTitle(title, hasErrors(errors));

  if (query.isPending) return <PageLoading title={title} />;
  if (query.isError) return <ServiceProblem error={query.error} />;
  const budget = query.data.view;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = budgetFormToRequest({ total, childrenPercent });
    if (!result.ok) {
      setBanner(undefined);
      setErrors(validationToFormErrors(result.errors));
      return;
    }
    setBudget.mutate(
      { year, eTag: query.data.eTag, body: result.body },
      {
        onSuccess: () => {
          setErrors(noErrors);
          setBanner({ text: `The ${yearLabel} grant budget is now ${formatPence(result.body.totalPence)}`, key: Date.now() });
        },
        onError: (error) => {
          setBanner(undefined);
          if (isStaleChange(error)) {
            setErrors(staleErrors('grant budget'));
            void query.refetch();
          } else {
            setErrors(problemToFormErrors(error, { totalPence: '#total', childrenPercent: '#childrenPercent' }));
          }
        },
      },
    );
  };

  const onExport = () => {
    exportPayments.mutate(undefined, {
      onSuccess: ({ blob, fileName }) => {
        downloadBlob(blob, fileName);
        setErrors(noErrors);
        setBanner({ text: `Payment file ${fileName} downloaded`, key: Date.now() });
      },
      onError: (error) => {
        setBanner(undefined);
        if (isApiError(error) && error.status === 409) {
          setErrors({ fields: {}, summary: [{ text: 'There are no approved grants waiting to be paid, so there is nothing to export' }] });
        } else {
          setErrors(problemToFormErrors(error, {}));
        }
      },
    });
  };

  return (
    <>
      <Messages errors={errors} attempt={attempt} banner={banner} />
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {budget === null ? (
            <p className="govuk-body">No budget has been set for {yearLabel} yet.</p>
          ) : (
            <>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">Pots for {budget.financialYear}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Pot</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Budget</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Committed</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Paid</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Remaining</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {budget.pots.map((pot) => (
                    <tr className="govuk-table__row" key={pot.pot}>
                      <th scope="row" className="govuk-table__header">{grantPotLabels[pot.pot]}</th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.budgetPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.committedPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.paidPence)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(pot.remainingPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BudgetChart pots={budget.pots} />
            </>
          )}

          <form noValidate onSubmit={onSubmit}>
            <h2 className="govuk-heading-m">Set the {yearLabel} budget</h2>
            <TextInput
              {...fieldProps(errors, 'total', total, setTotal)}
              label="Total grant budget"
              labelSize="s"
              hint="In pounds, for both pots together"
              prefix="£"
              width="10"
              inputMode="decimal"
              spellCheck={false}
            />
            <TextInput
              {...fieldProps(errors, 'childrenPercent', childrenPercent, setChildrenPercent)}
              label="Children’s pot share"
              labelSize="s"
              hint="The percentage for young carers’ grants. The rest goes to the adults’ pot."
              suffix="%"
              width="3"
              inputMode="numeric"
            />
            <Button disabled={setBudget.isPending} preventDoubleClick>
              Set budget
            </Button>
          </form>

          <h2 className="govuk-heading-m">Payment file</h2>
          <p className="govuk-body">Export the approved grants not yet paid as a CSV file for the payments team. They are then marked as sent.</p>
          <Button type="button" variant="secondary" disabled={exportPayments.isPending} onClick={onExport}>
            Export payment file
          </Button>
        </div>
      </div>
    </>
  );
}
