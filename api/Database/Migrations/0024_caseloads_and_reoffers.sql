-- 0024: assessors' own caseloads, the managers' team view and declined assessments offered again on their
-- date (issue 16, decision 0031). Forward-only; indexes only.

-- My caseload and the team view: an assessor's open assessments, soonest decision first, and the counts per assessor.
CREATE INDEX assessment_caseload_idx ON assessment (allocated_to, requested_at, id)
    WHERE status IN ('requested', 'offered', 'scheduled', 'inProgress');

-- My caseload and the team view: the decided assessments an assessor holds, whose support plans they review.
CREATE INDEX assessment_allocated_decided_idx ON assessment (allocated_to, id)
    WHERE status IN ('completed', 'reviewed');

-- The re-offers queue: declined assessments by the date they are offered again. Whether the carer has asked
-- again since is answered by assessment_carer_idx (carer_id, requested_at DESC).
CREATE INDEX assessment_reoffer_idx ON assessment (reoffer_on, id) WHERE status = 'declined';
