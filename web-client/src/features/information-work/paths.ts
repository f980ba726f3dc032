/** The staff's information request pages. */
export const informationWorkPaths = {
  queue: '/information-queue',
  request: (requestId: string) => `/information-queue/${requestId}`,
};
