import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/govuk/misc';
import { paths } from '@/config/paths';
import type { AccessReason } from '@/lib/api/access-reason';
import type { CarerCase } from '@/lib/api/types';
import { feedbackAboutLabels, feedbackKindLabels, feedbackStatusLabels } from '@/lib/feedback-words';
import { informationFormatLabels, informationStatusLabels, informationSubjectStaffLabels } from '@/lib/information-formats';
import { financialYearLabel, formatPence } from '@/lib/money';
import { assessmentKindLabels, assessmentStatusLabels, breakStatusLabels, breakTypeLabels, grantStatusLabels, partnerName } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/lib/validation/date';
import { useCarerCase } from '../api/get-carer-case';

type Section = { items: unknown[]; total: number; hasMore: boolean };

/** "camelCase" codes the contract leaves open (break types from old systems, support types) as words. */
function words(code: string, labels: Partial<Record<string, string>> = {}): string {
  const label = labels[code];
  if (label !== undefined) return label;
  const spaced = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const reportedConsentLabels: Record<string, string> = {
  awaiting: 'Consent reported, awaiting the carer',
  confirmed: 'Consent confirmed by the carer',
  refused: 'Consent refused by the carer',
  superseded: 'Consent report replaced by a later one',
};

/** One section of the case: its heading, the count when some are not shown, the table, or what it says when empty. */
function CaseSection({ id, title, section, empty, headers, children }: { id: string; title: string; section: Section; empty: string; headers: string[]; children: ReactNode }) {
  return (
    <section aria-labelledby={`case-${id}`} data-testid={`case-${id}`}>
      <h3 className="govuk-heading-s" id={`case-${id}`}>
        {title} ({section.total})
      </h3>
      {section.items.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <>
          {section.hasMore ? (
            <p className="govuk-body">
              Showing the newest {section.items.length} of {section.total}.
            </p>
          ) : null}
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">{title}, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {headers.map((header) => (
                  <th scope="col" className="govuk-table__header" key={header}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">{children}</tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Cell({ children }: { children: ReactNode }) {
  return <td className="govuk-table__cell">{children}</td>;
}

function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="govuk-table__header">
      {children}
    </th>
  );
}

/** The carer's whole case from one request (GetCarerCase), each section with a link to its work page. */
export function CaseView({ whole, name, from, accessReason }: { whole: CarerCase; name: string; from: string; accessReason: AccessReason }) {
  const state = { from, accessReason, carerName: name };
  return (
    <>
      <CaseSection id="assessments" title="Assessments, plans and reviews" section={whole.assessments} empty={`${name} has not asked for an assessment.`}
        headers={['Assessment', 'Status', 'Asked for', 'Decided', 'Allocated to', 'Support plan review']}>
        {whole.assessments.items.map((a) => (
          <tr className="govuk-table__row" key={a.id}>
            <RowHeader>
              <Link className="govuk-link" to={paths.assessmentWork(a.id)} state={state}>
                {assessmentKindLabels[a.kind]}
              </Link>
              {a.selfAssessment ? <span className="govuk-body-s"> (self-assessment)</span> : null}
            </RowHeader>
            <Cell>
              <Tag>{assessmentStatusLabels[a.status]}</Tag>
            </Cell>
            <Cell>{formatDate(a.requestedAt)}</Cell>
            <Cell>{a.decidedAt ? formatDate(a.decidedAt) : 'Not yet'}</Cell>
            <Cell>{a.allocatedTo ?? 'No one'}</Cell>
            <Cell>{a.supportPlan ? `Next review ${formatDate(a.supportPlan.nextReviewOn)}` : 'No plan'}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="grants" title="Grants" section={whole.grants} empty={`${name} has not applied for a grant.`} headers={['Grant', 'Status', 'Year', 'Applied']}>
        {whole.grants.items.map((g) => (
          <tr className="govuk-table__row" key={g.id}>
            <RowHeader>
              <Link className="govuk-link" to={paths.grantApplication(g.id)} state={state}>
                {formatPence(g.amountPence)} grant
              </Link>
            </RowHeader>
            <Cell>
              <Tag>{grantStatusLabels[g.status]}</Tag>
            </Cell>
            <Cell>{financialYearLabel(g.financialYear)}</Cell>
            <Cell>{formatDate(g.submittedAt)}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="breaks" title="Breaks" section={whole.breaks} empty={`${name} has not asked for a break.`} headers={['Break', 'Status', 'Dates', 'Provider']}>
        {whole.breaks.items.map((b) => (
          <tr className="govuk-table__row" key={b.id}>
            <RowHeader>
              <Link className="govuk-link" to={paths.breakWork(b.id)} state={state}>
                {words(b.breakType, breakTypeLabels)}
              </Link>
              {b.emergency ? <span className="govuk-body-s"> (emergency)</span> : null}
            </RowHeader>
            <Cell>
              <Tag>{breakStatusLabels[b.status]}</Tag>
            </Cell>
            <Cell>{b.startsOn === b.endsOn ? formatDate(b.startsOn) : `${formatDate(b.startsOn)} to ${formatDate(b.endsOn)}`}</Cell>
            <Cell>{b.providerName ?? 'Not recorded'}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="emergency-plans" title="Emergency plans" section={whole.emergencyPlans} empty={`${name} has no emergency plan.`}
        headers={['For', 'Last reviewed', 'Review due']}>
        {whole.emergencyPlans.items.map((e) => (
          <tr className="govuk-table__row" key={e.id}>
            <RowHeader>{e.forName}</RowHeader>
            <Cell>{formatDate(e.reviewedOn)}</Cell>
            <Cell>{formatDate(e.nextReviewOn)}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="partner-referrals" title="Referrals from partners" section={whole.partnerReferrals} empty={`No partner has referred ${name}.`}
        headers={['Partner', 'Referred', 'Consent they reported']}>
        {whole.partnerReferrals.items.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <RowHeader>{partnerName(r.partner)}</RowHeader>
            <Cell>{formatDateTime(r.referredAt)}</Cell>
            <Cell>{r.reportedConsent ? words(r.reportedConsent, reportedConsentLabels) : 'None'}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="partner-support" title="Support from partners" section={whole.partnerSupport} empty={`No partner has recorded support for ${name}.`}
        headers={['Partner', 'Support', 'Given', 'Time']}>
        {whole.partnerSupport.items.map((s) => (
          <tr className="govuk-table__row" key={s.id}>
            <RowHeader>{partnerName(s.partner)}</RowHeader>
            <Cell>{words(s.supportType)}</Cell>
            <Cell>{formatDate(s.givenOn)}</Cell>
            <Cell>{s.durationMinutes} minutes</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="gp-flags" title="GP flags" section={whole.gpFlags} empty={`No GP practice has flagged ${name}.`} headers={['GP practice', 'Recorded on', 'Flag']}>
        {whole.gpFlags.items.map((f) => (
          <tr className="govuk-table__row" key={f.id}>
            <RowHeader>{f.odsCode}</RowHeader>
            <Cell>{formatDate(f.recordedOn)}</Cell>
            <Cell>
              {f.isCarer ? 'A carer' : 'Not a carer'}, {f.status === 'active' ? 'active' : 'made inactive'}
            </Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="feedback" title="Complaints and compliments" section={whole.feedback} empty={`${name} has sent no complaint or compliment.`}
        headers={['Kind', 'About', 'Status', 'Received', 'Response due']}>
        {whole.feedback.items.map((f) => (
          <tr className="govuk-table__row" key={f.id}>
            <RowHeader>
              {f.kind === 'complaint' ? (
                <Link className="govuk-link" to={paths.complaint(f.id)} state={state}>
                  {feedbackKindLabels[f.kind]}
                </Link>
              ) : (
                feedbackKindLabels[f.kind]
              )}
            </RowHeader>
            <Cell>{feedbackAboutLabels[f.about]}</Cell>
            <Cell>
              <Tag>{feedbackStatusLabels[f.status]}</Tag>
            </Cell>
            <Cell>{formatDate(f.receivedOn)}</Cell>
            <Cell>{f.respondedAt ? `Answered ${formatDate(f.respondedAt)}` : f.responseDueOn ? formatDate(f.responseDueOn) : ''}</Cell>
          </tr>
        ))}
      </CaseSection>
      <CaseSection id="information-requests" title="Requests for information" section={whole.informationRequests}
        empty={`${name} has not asked for information in another format.`} headers={['Request', 'Format', 'Status', 'Asked for', 'Due']}>
        {whole.informationRequests.items.map((i) => (
          <tr className="govuk-table__row" key={i.id}>
            <RowHeader>
              <Link className="govuk-link" to={paths.informationRequestWork(i.id)} state={state}>
                {i.title}
              </Link>
              <br />
              <span className="govuk-body-s">{informationSubjectStaffLabels[i.subject]}</span>
            </RowHeader>
            <Cell>{informationFormatLabels[i.format]}</Cell>
            <Cell>
              <Tag>{informationStatusLabels[i.status]}</Tag>
            </Cell>
            <Cell>{formatDate(i.requestedOn)}</Cell>
            <Cell>{formatDate(i.dueOn)}</Cell>
          </tr>
        ))}
      </CaseSection>
    </>
  );
}

/** Reads the case once, for the reason the record was opened; the sections wait for it together. */
export function CarerCaseSections({ carerId, name, from, accessReason }: { carerId: string; name: string; from: string; accessReason: AccessReason }) {
  const query = useCarerCase(carerId, accessReason);
  return (
    <>
      <h2 className="govuk-heading-m">The case</h2>
      {query.isPending ? (
        <p className="govuk-body">Loading the case…</p>
      ) : query.isError ? (
        <p className="govuk-body">The case could not be read. Refresh the page to try again.</p>
      ) : (
        <CaseView whole={query.data} name={name} from={from} accessReason={accessReason} />
      )}
    </>
  );
}
