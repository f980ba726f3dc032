import type { Ref } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import type { SurveyYear } from '@/lib/api/types';
import { surveyYearInWords } from '@/lib/survey-questions';
import { formatDate } from '@/lib/validation/date';
import { surveyWorkPaths } from '../paths';

/** The survey years, newest first: results for each, and closing the open one for managers. */
export function SurveyYearsTable({
  years,
  canManage,
  caption,
  captionRef,
}: {
  years: SurveyYear[];
  canManage: boolean;
  caption: string;
  captionRef?: Ref<HTMLTableCaptionElement>;
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m" ref={captionRef}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Financial year</th>
          <th scope="col" className="govuk-table__header">Status</th>
          <th scope="col" className="govuk-table__header">Closes</th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {years.map((year) => {
          const words = surveyYearInWords(year.financialYear);
          return (
            <tr className="govuk-table__row" key={year.financialYear}>
              <th scope="row" className="govuk-table__header">
                {words}
              </th>
              <td className="govuk-table__cell">{year.status === 'open' ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag>}</td>
              <td className="govuk-table__cell">{year.status === 'open' ? formatDate(year.closesOn) : `Closed ${formatDate(year.closedAt)}`}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <Link className="govuk-link" to={surveyWorkPaths.results(year.financialYear)}>
                      View results<span className="govuk-visually-hidden"> for {words}</span>
                    </Link>
                  </li>
                  {canManage && year.status === 'open' ? (
                    <li>
                      <Link className="govuk-link" to={surveyWorkPaths.close(year.financialYear)}>
                        Close<span className="govuk-visually-hidden"> the survey for {words}</span>
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
