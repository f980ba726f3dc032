import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, required } from '@/lib/api/client';
import type { RecordSubjectAccessRequestRequest, SubjectAccessRequest } from '@/lib/api/types';
import { subjectAccessKey } from './list-subject-access-requests';

/** RecordSubjectAccessRequest: log a request received by post, phone, email or in person. */
export async function recordSubjectAccessRequest(body: RecordSubjectAccessRequestRequest): Promise<SubjectAccessRequest> {
  const { data } = await apiClient.POST('/api/subject-access-requests', { body });
  return required(data);
}

export function useRecordSubjectAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordSubjectAccessRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectAccessKey }),
  });
}
