import { Link } from 'react-router';
import { InsetText } from '@/components/govuk/misc';
import { SummaryList } from '@/components/govuk/summary-list';
import { usePageTitle } from '@/hooks/use-page-title';
import type { SurveyCount, SurveyResults } from '@/lib/api/types';
import { ageBandLabels, satisfactionStaffLabels, surveyQuestions, surveyYearInWords } from '@/lib/survey-questions';
import { countText } from '../forms';
import { surveyWorkPaths } from '../paths';

function Count({ count }: { count: SurveyCount }) {
  return <td className="govuk-table__cell govuk-table__cell--numeric">{countText(count)}</td>;
}

function oneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? 'not shown' : value.toFixed(1);
}

/** A year's results as accessible tables; a hidden count reads "not shown", never a number. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const words = surveyYearInWords(results.financialYear);
  const title = `Carers’ survey results, ${words}`;
  usePageTitle(title);
  const minimum = results.minimumCellSize;
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {results.status === 'open' ? 'The survey is still open: these are the answers so far.' : 'The survey is closed.'} Answers are not
        linked to any carer.
      </p>
      {results.respondents.suppressed ? (
        <InsetText>
          Fewer than {minimum} carers have answered, so no results are shown yet. Results are shown from {minimum} carers, so that nobody’s answers
          can be picked out.
        </InsetText>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: 'Carers who answered', value: countText(results.respondents) },
              { key: 'Quality of life (mean score, 0 to 12)', value: oneDecimal(results.meanQualityOfLife) },
              {
                key: 'Extremely or very satisfied with support',
                value:
                  results.percentExtremelyOrVerySatisfied === null || results.percentExtremelyOrVerySatisfied === undefined
                    ? 'not shown'
                    : `${results.percentExtremelyOrVerySatisfied.toFixed(1)}% of carers who received support`,
              },
            ]}
          />
          <InsetText>
            A count under {minimum} is not shown, nor a second count that would let you work it out from the total. Such counts say “not shown”.
          </InsetText>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Quality of life: carers giving each answer</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Question</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Best answer (2)</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Middle answer (1)</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Worst answer (0)</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.items.map((row) => (
                <tr className="govuk-table__row" key={row.item}>
                  <th scope="row" className="govuk-table__header">
                    {surveyQuestions.find((question) => question.item === row.item)?.shortName ?? row.item}
                  </th>
                  <Count count={row.score2} />
                  <Count count={row.score1} />
                  <Count count={row.score0} />
                </tr>
              ))}
            </tbody>
          </table>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Satisfaction with support in the last 12 months</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Answer</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Carers</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.satisfaction.map((row) => (
                <tr className="govuk-table__row" key={row.answer}>
                  <th scope="row" className="govuk-table__header">
                    {satisfactionStaffLabels[row.answer]}
                  </th>
                  <Count count={row.respondents} />
                </tr>
              ))}
            </tbody>
          </table>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">By age on the day they answered</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Age</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Carers</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Quality of life (mean)</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.byAgeBand.map((row) => (
                <tr className="govuk-table__row" key={row.ageBand}>
                  <th scope="row" className="govuk-table__header">
                    {ageBandLabels[row.ageBand]}
                  </th>
                  <Count count={row.respondents} />
                  <td className="govuk-table__cell govuk-table__cell--numeric">{oneDecimal(row.meanQualityOfLife)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={surveyWorkPaths.years}>
          Back to survey years
        </Link>
      </p>
    </>
  );
}
