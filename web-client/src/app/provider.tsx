import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { getSignInSettings } from '@/features/auth/api/get-sign-in-settings';
import { AuthProvider } from '@/lib/auth/auth-context';
import { createQueryClient } from '@/lib/react-query';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider loadSettings={getSignInSettings}>{children}</AuthProvider>
    </QueryClientProvider>
  );
}
