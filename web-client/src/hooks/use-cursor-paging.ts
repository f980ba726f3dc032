import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** Cursors of the pages before this one, kept in history state so Previous (and Back) work. */
type PagingState = { previousCursors?: string[] };

/**
 * Cursor paging for a list page: the cursor of the page shown is in the address (`?cursor=`),
 * so a page can be bookmarked or reloaded; the cursors before it are in history state. Cursor
 * lists have no page numbers, only Previous and Next. When the page changes, focus moves to
 * `focusRef` (the list's caption or heading), since the link that was clicked may be gone.
 */
export function useCursorPaging<T extends HTMLElement = HTMLElement>() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cursor = params.get('cursor') ?? undefined;
  const previousCursors = (location.state as PagingState | null)?.previousCursors ?? [];
  const focusRef = useRef<T>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = focusRef.current;
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  }, [cursor]);

  function go(nextCursor: string | undefined, stack: string[]) {
    const query = new URLSearchParams(params);
    if (nextCursor) query.set('cursor', nextCursor);
    else query.delete('cursor');
    const search = query.toString();
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { state: { previousCursors: stack } satisfies PagingState });
  }

  const previous = cursor
    ? () => {
        const stack = [...previousCursors];
        const before = stack.pop();
        go(before || undefined, stack);
      }
    : undefined;

  return {
    cursor,
    pageNumber: previousCursors.length + 1,
    focusRef,
    /** Previous and Next for GOV.UK pagination, given the `nextCursor` the API answered with. */
    links: (nextCursor: string | null | undefined) => ({
      previous: previous ? { onClick: previous } : undefined,
      next: nextCursor ? { onClick: () => go(nextCursor, [...previousCursors, cursor ?? '']) } : undefined,
    }),
  };
}
