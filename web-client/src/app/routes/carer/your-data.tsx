import { DownloadYourDataPage } from '@/features/data-rights/components/download-your-data-page';

export function YourDataRoute() {
  return <DownloadYourDataPage />;
}
