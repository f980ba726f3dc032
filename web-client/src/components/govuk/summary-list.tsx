import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type SummaryListAction = {
  to: string;
  text: string;
  /** Read out after the link text so each "Change" link makes sense on its own. */
  visuallyHiddenText: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
};

export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            className={`govuk-summary-list__row${anyActions && actions.length === 0 ? ' govuk-summary-list__row--no-actions' : ''}`}
            key={index}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length === 1 ? (
              <dd className="govuk-summary-list__actions">
                <ActionLink action={actions[0]!} />
              </dd>
            ) : actions.length > 1 ? (
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action.to + action.text}>
                      <ActionLink action={action} />
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link className="govuk-link" to={action.to}>
      {action.text}
      <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
    </Link>
  );
}

/** A summary card: a summary list with a title, for one of several similar things. */
export function SummaryCard({
  title,
  headingLevel = 2,
  actions,
  children,
}: {
  title: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode[];
  children: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions && actions.length === 1 ? (
          <div className="govuk-summary-card__actions">{actions[0]}</div>
        ) : actions && actions.length > 1 ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, index) => (
              <li className="govuk-summary-card__action" key={index}>
                {action}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
