import { Card, Checkbox, Form, Input } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { PhotoUploadField } from '../../photos/photo-upload-field';

/** 立查立改: found and fixed on the spot; with evidence the report is closed at once. */
export function FixedOnSiteCard() {
  const t = useT();
  const form = Form.useFormInstance();
  const isFixedOnSite = Form.useWatch('isFixedOnSite', form) as boolean | undefined;
  return (
    <Card title={t('report.fixedOnSiteTitle')} className="section-card">
      <Form.Item name="isFixedOnSite" valuePropName="checked"><Checkbox>{t('report.fixedOnSite')}</Checkbox></Form.Item>
      {isFixedOnSite && (
        <>
          <Form.Item name={['fixedOnSite', 'evidencePhotoIds']} label={t('field.evidencePhotos')} required><PhotoUploadField /></Form.Item>
          <Form.Item name={['fixedOnSite', 'note']} label={t('field.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        </>
      )}
    </Card>
  );
}
