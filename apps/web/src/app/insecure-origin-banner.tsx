import { Alert } from 'antd';
import { useT } from '../shared/i18n/i18n';

/**
 * Phones withhold location, the camera and the service worker from pages that are not a secure
 * context (HTTPS, or localhost), so on a plain-HTTP LAN address the field view would lose offline
 * work without a word. This banner says so on every page, the login page included.
 */
export function InsecureOriginBanner() {
  const t = useT();
  if (typeof window === 'undefined' || window.isSecureContext) return null;
  return <Alert type="error" banner showIcon title={t('insecureOrigin.banner')} className="app-insecure-origin" />;
}
