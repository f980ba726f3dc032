/** The directory's pages: public ones under /directory, the managers' under /manage-directory. */
export const directoryPaths = {
  list: '/directory',
  service: (serviceId: string) => `/directory/${serviceId}`,
  manage: '/manage-directory',
  add: '/manage-directory/add',
  change: (serviceId: string) => `/manage-directory/${serviceId}/change`,
  retire: (serviceId: string) => `/manage-directory/${serviceId}/retire`,
};
