import { Segmented } from 'antd';
import type { Language } from '@safegrid/contracts';
import { useI18n } from '../shared/i18n/i18n';

/** 中文 / English, remembered in this browser. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.choose')}
      value={language}
      onChange={setLanguage}
      options={[{ value: 'zh-CN', label: t('language.zh') }, { value: 'en', label: t('language.en') }]}
    />
  );
}
