import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { SESSION_KEY, type SessionState } from '../features/auth/use-session';
import { ApiError } from '../shared/api-client';
import { dayjs } from '../shared/format/dates';
import { I18nProvider, useI18n } from '../shared/i18n/i18n';
import { THEME } from './theme';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network trouble might.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
    queryCache: new QueryCache({ onError: (error) => signOutOnExpiry(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => signOutOnExpiry(client, error) }),
  });
  return client;
}

// A session that expired while the page was open: back to the login page, which returns here.
function signOutOnExpiry(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) client.setQueryData<SessionState>(SESSION_KEY, { user: null, offline: false });
}

function LocalisedAntd({ children }: { readonly children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { readonly children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nProvider>
    </QueryClientProvider>
  );
}
