import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { dayjs } from '../shared/format/dates';
import { I18nProvider, useI18n } from '../shared/i18n/i18n';
import { THEME } from './theme';

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

export function Providers({ queryClient, children }: { readonly queryClient: QueryClient; readonly children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nProvider>
    </QueryClientProvider>
  );
}
