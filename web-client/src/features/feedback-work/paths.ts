import { paths } from '@/config/paths';

/** The staff's complaints pages. */
export const feedbackWorkPaths = {
  queue: paths.complaintsQueue,
  complaint: (complaintId: string) => `${paths.complaintsQueue}/${complaintId}`,
  record: paths.recordFeedback,
};
