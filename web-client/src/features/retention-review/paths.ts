/** The data-protection officer's retention pages. */
export const retentionPaths = {
  queue: '/data-protection/retention',
  review: (reviewId: string) => `/data-protection/retention/${reviewId}`,
};
