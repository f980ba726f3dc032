import { ageBandLabels, needLabels, rowsWithCarers, type Lts003Report } from '../returns';

function Numeric({ value }: { value: number }) {
  return <td className="govuk-table__cell govuk-table__cell--numeric">{value}</td>;
}

/** LTS003 as a GOV.UK table: one row per age band and need with any carers, then the totals. */
export function Lts003Table({ report }: { report: Lts003Report }) {
  const rows = rowsWithCarers(report);
  if (rows.length === 0) {
    return <p className="govuk-body">No carers were supported in {report.financialYearLabel}.</p>;
  }

  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Carers supported in {report.financialYearLabel}, by the carer’s age and the main need of the person they care for
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Carer’s age
          </th>
          <th scope="col" className="govuk-table__header">
            Cared-for person’s main need
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Direct payment
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Commissioned support
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Information and advice only
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Total
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={`${row.ageBand}-${row.caredForMainNeed}`}>
            <th scope="row" className="govuk-table__header">
              {ageBandLabels[row.ageBand]}
            </th>
            <td className="govuk-table__cell">{needLabels[row.caredForMainNeed]}</td>
            <Numeric value={row.directPayment} />
            <Numeric value={row.commissionedSupport} />
            <Numeric value={row.informationAndAdviceOnly} />
            <Numeric value={row.total} />
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header" colSpan={2}>
            All carers
          </th>
          <Numeric value={report.directPayment} />
          <Numeric value={report.commissionedSupport} />
          <Numeric value={report.informationAndAdviceOnly} />
          <Numeric value={report.total} />
        </tr>
      </tbody>
    </table>
  );
}
