import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SubjectAccessRequest } from '@/lib/api/types';
import { RequestQueueTable } from './request-queue-table';

const request = (overrides: Partial<SubjectAccessRequest>): SubjectAccessRequest => ({
  id: 'r1',
  carerId: 'c1',
  carerName: 'Amara Testcarer',
  receivedOn: '2026-01-31',
  receivedBy: 'post',
  requester: 'carer',
  identityVerifiedBy: 'Signature',
  dueOn: '2026-02-28',
  extendedTo: null,
  extensionReason: null,
  respondBy: '2026-02-28',
  daysLeft: 3,
  overdue: false,
  status: 'received',
  sentOn: null,
  refusalReason: null,
  recordedAt: '2026-01-31T10:00:00Z',
  eTag: '"v1"',
  ...overrides,
});

describe('the subject access request queue', () => {
  it('shows each carer with when it came, the date to respond by and the days left or overdue', () => {
    render(
      <MemoryRouter>
        <RequestQueueTable caption="Requests" items={[request({ id: 'a', daysLeft: -2, overdue: true }), request({ id: 'b', carerName: 'Sam Sample', daysLeft: 3 })]} />
      </MemoryRouter>,
    );
    const [, first, second] = within(screen.getByRole('table', { name: 'Requests' })).getAllByRole('row');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', '/data-protection/requests/a');
    expect(first).toHaveTextContent('31 January 2026');
    expect(first).toHaveTextContent('28 February 2026');
    expect(first).toHaveTextContent('2 days overdue');
    expect(second).toHaveTextContent('Sam Sample');
    expect(second).toHaveTextContent('3 days left');
  });
});
