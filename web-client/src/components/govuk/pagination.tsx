import type { ReactNode } from 'react';
import { Link } from 'react-router';

type PaginationLink = { to: string } | { onClick: () => void };

function PaginationAnchor({ link, rel, children }: { link: PaginationLink; rel: 'prev' | 'next'; children: ReactNode }) {
  if ('to' in link) {
    return (
      <Link className="govuk-link govuk-pagination__link" to={link.to} rel={rel}>
        {children}
      </Link>
    );
  }
  return (
    <a
      className="govuk-link govuk-pagination__link"
      href="#"
      rel={rel}
      onClick={(event) => {
        event.preventDefault();
        link.onClick();
      }}
    >
      {children}
    </a>
  );
}

type Labels = {
  /** Instead of "Previous page" and "Next page", like "Previous 2 weeks". */
  previousText?: string;
  nextText?: string;
  /** What the link leads to, under its text (GOV.UK's block pagination label), like "16 to 29 November 2026". */
  previousLabel?: string;
  nextLabel?: string;
  ariaLabel?: string;
};

function LinkTitle({ text, fallback }: { text: string | undefined; fallback: 'Previous' | 'Next' }) {
  return (
    <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
      {text ?? (
        <>
          {fallback}
          <span className="govuk-visually-hidden"> page</span>
        </>
      )}
    </span>
  );
}

function LinkLabel({ label }: { label: string | undefined }) {
  if (!label) return null;
  return (
    <>
      <span className="govuk-visually-hidden">:</span>
      <span className="govuk-pagination__link-label">{label}</span>
    </>
  );
}

/** GOV.UK pagination, previous and next only: cursor paging has no page numbers. */
export function PrevNextPagination({
  previous,
  next,
  previousText,
  nextText,
  previousLabel,
  nextLabel,
  ariaLabel = 'Pagination',
}: { previous?: PaginationLink | undefined; next?: PaginationLink | undefined } & Labels) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={ariaLabel}>
      {previous ? (
        <div className="govuk-pagination__prev">
          <PaginationAnchor link={previous} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <LinkTitle text={previousText} fallback="Previous" />
            <LinkLabel label={previousLabel} />
          </PaginationAnchor>
        </div>
      ) : null}
      {next ? (
        <div className="govuk-pagination__next">
          <PaginationAnchor link={next} rel="next">
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <LinkTitle text={nextText} fallback="Next" />
            <LinkLabel label={nextLabel} />
          </PaginationAnchor>
        </div>
      ) : null}
    </nav>
  );
}
