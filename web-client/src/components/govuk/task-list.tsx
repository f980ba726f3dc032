import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type TaskListItem = {
  id: string;
  title: string;
  hint?: string;
  /** Without a link the task cannot be started yet. */
  to?: string;
  /** Plain text for "Completed"; a tag (`<Tag>`) for anything needing action. */
  status: ReactNode;
  cannotStartYet?: boolean;
};

/** GOV.UK Task list (https://design-system.service.gov.uk/components/task-list/). */
export function TaskList({ items, idPrefix }: { items: TaskListItem[]; idPrefix: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const statusId = `${idPrefix}-${item.id}-status`;
        const hintId = item.hint ? `${idPrefix}-${item.id}-hint` : undefined;
        return (
          <li className={`govuk-task-list__item${item.to ? ' govuk-task-list__item--with-link' : ''}`} key={item.id}>
            <div className="govuk-task-list__name-and-hint">
              {item.to ? (
                <Link className="govuk-link govuk-task-list__link" to={item.to} aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}>
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint && hintId ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className={`govuk-task-list__status${item.cannotStartYet ? ' govuk-task-list__status--cannot-start-yet' : ''}`} id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
