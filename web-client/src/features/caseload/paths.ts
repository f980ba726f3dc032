/** The caseload pages: an assessor's own work, and the managers' team view. */
export const caseloadPaths = {
  mine: '/my-caseload',
  team: '/team-caseload',
};
