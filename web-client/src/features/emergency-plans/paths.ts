/** The carer's emergency plan pages. */
export const planPaths = {
  home: '/emergency-plans',
  section: (relationshipId: string, sectionId: string) => `/emergency-plans/${relationshipId}/${sectionId}`,
  printPlan: (relationshipId: string) => `/emergency-plans/${relationshipId}/print`,
  printCard: '/emergency-plans/card',
};
