import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { useSearchCarers, type SearchCriteria } from '@/features/carer-search/api/search-carers';
import { SearchForm, searchFormFields, validateSearch } from '@/features/carer-search/components/search-form';
import { SearchResults } from '@/features/carer-search/components/search-results';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { rememberAccessReason, rememberedAccessReason } from '@/lib/api/access-reason';
import { hasErrors, noErrors, problemToFormErrors } from '@/lib/forms/form-errors';
import type { DatePart } from '@/lib/validation/date';

const criteriaKeys = ['name', 'dateOfBirth', 'postcode', 'nhsNumber'] as const;

function criteriaFrom(params: URLSearchParams): SearchCriteria | undefined {
  const criteria: SearchCriteria = {};
  for (const key of criteriaKeys) {
    const value = params.get(key);
    if (value) criteria[key] = value;
  }
  return Object.keys(criteria).length > 0 ? criteria : undefined;
}

/** Cursors of the pages before this one, kept in history state so Previous works. */
type PagingState = { previousCursors?: string[] };

/**
 * A search shows carers' personal data, so the officer says why with each search (decision 0025); the reason is
 * kept for the rest of the session (chosen again on the form) and goes on to the record opened from the results.
 */
export function FindCarerRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const criteria = criteriaFrom(params);
  const cursor = params.get('cursor') ?? undefined;
  const previousCursors = (location.state as PagingState | null)?.previousCursors ?? [];
  const reason = rememberedAccessReason('search');
  const search = useSearchCarers(criteria, cursor, reason);
  const { errors, attempt, setErrors } = useFormErrors();
  const [dateParts, setDateParts] = useState<DatePart[]>([]);

  const serverErrors = search.isError ? problemToFormErrors(search.error, searchFormFields) : noErrors;
  const shown = hasErrors(errors) ? errors : serverErrors;
  usePageTitle(criteria && !hasErrors(shown) ? 'Find a carer: search results' : 'Find a carer', hasErrors(shown));

  function go(next: SearchCriteria, nextCursor: string | undefined, stack: string[]) {
    const query = new URLSearchParams();
    for (const key of criteriaKeys) {
      const value = next[key];
      if (value) query.set(key, value);
    }
    if (nextCursor) query.set('cursor', nextCursor);
    void navigate({ pathname: '/carers', search: `?${query.toString()}` }, { state: { previousCursors: stack } satisfies PagingState });
  }

  const pageNumber = previousCursors.length + 1;

  return (
    <>
      {hasErrors(shown) ? <ErrorSummary key={`${attempt}-${search.errorUpdatedAt}`} errors={shown.summary} /> : null}
      <h1 className="govuk-heading-l">Find a carer</h1>
      <p className="govuk-body">
        Not on the system? <Link className="govuk-link" to={paths.registerCarer()}>Register a carer</Link> you have met by phone or face to face.
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <SearchForm
            key={params.toString() === '' ? 'empty' : 'searched'}
            initial={criteria ?? {}}
            initialReason={reason}
            errors={shown}
            dateParts={dateParts}
            onSearch={(input) => {
              const result = validateSearch(input);
              if (!result.ok) {
                setDateParts(result.dateParts);
                setErrors(result.errors);
                return;
              }
              setDateParts([]);
              setErrors(noErrors);
              rememberAccessReason('search', result.accessReason);
              go(result.criteria, undefined, []);
            }}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {!criteria ? (
            <p className="govuk-body">Search by name, date of birth, postcode or NHS number. You can combine them.</p>
          ) : !reason ? (
            <p className="govuk-body">Choose why you are looking for a carer, then search.</p>
          ) : search.isPending ? (
            <p className="govuk-body" role="status">
              Searching…
            </p>
          ) : search.isError ? null : (
            <div role="status" aria-live="polite">
              <SearchResults
                items={search.data.items ?? []}
                pageNumber={pageNumber}
                from={`${location.pathname}${location.search}`}
                accessReason={reason ?? 'casework'}
                onNext={search.data.nextCursor ? () => go(criteria, search.data.nextCursor ?? undefined, [...previousCursors, cursor ?? '']) : undefined}
                onPrevious={
                  cursor
                    ? () => {
                        const stack = [...previousCursors];
                        const previous = stack.pop();
                        go(criteria, previous || undefined, stack);
                      }
                    : undefined
                }
              />
            </div>
          )}
        </div>
      </div>
    </>
  );
}
