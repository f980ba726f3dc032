import { paths } from '@/config/paths';

/** The staff's break pages. */
export const breakWorkPaths = {
  queue: paths.breakQueue,
  queueView: (status: string) => `${paths.breakQueue}?status=${status}`,
  break: (breakId: string) => `${paths.breakQueue}/${breakId}`,
  providers: paths.breakProviders,
  addProvider: paths.addBreakProvider,
};
