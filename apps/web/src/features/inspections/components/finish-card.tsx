import type { FinishInspectionResponse, InspectionResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useRef, useState } from 'react';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { photosApi } from '../../photos/photos-api';
import { useFinishInspection } from '../use-inspections';
import { SignaturePad, signatureBlob } from './signature-pad';

/**
 * 签字确认: the unit's person in charge names themself and signs; the signature is uploaded as an
 * image and the inspection finished with it (failed items become hazards on the server).
 */
export function FinishCard({ inspection, unanswered, busy, onFinished }: {
  readonly inspection: InspectionResponse;
  /** Applicable items still without an answer on this screen. */
  readonly unanswered: number;
  /** Answers still on their way to the server. */
  readonly busy: boolean;
  readonly onFinished: (result: FinishInspectionResponse) => void;
}) {
  const t = useT();
  const selfInspection = inspection.kind === 'self_inspection';
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hasInk, setHasInk] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const finish = useFinishInspection(inspection.id);
  const submit = async ({ signedBy }: { signedBy: string }) => {
    setUploadError(null);
    setUploading(true);
    let signature: string;
    try {
      const blob = await signatureBlob(canvas.current);
      if (!blob) return;
      signature = (await photosApi.upload(blob, 'signature.png')).id;
    } catch (error) {
      setUploadError(error);
      return;
    } finally {
      setUploading(false);
    }
    finish.mutate({ signedBy: signedBy.trim(), signature, expectedVersion: inspection.version }, { onSuccess: onFinished });
  };
  return (
    <Card title={t('inspection.finishTitle')} className="section-card">
      {unanswered > 0 && <Alert type="info" showIcon title={t('inspection.unanswered', { count: unanswered })} style={{ marginBottom: 12 }} />}
      <ProblemAlert error={finish.error ?? uploadError} />
      <Form layout="vertical" onFinish={(values: { signedBy: string }) => void submit(values)} requiredMark>
        <Form.Item name="signedBy" label={t(selfInspection ? 'inspection.selfSignedBy' : 'inspection.signedBy')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item label={t('inspection.signature')} required htmlFor="signature-pad" help={hasInk ? undefined : t('inspection.signatureMissing')}>
          <SignaturePad canvasRef={canvas} onInk={setHasInk} id="signature-pad" selfInspection={selfInspection} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block disabled={!hasInk || unanswered > 0 || busy} loading={uploading || finish.isPending}>
          {uploading || finish.isPending ? t('inspection.finishing') : t('inspection.finish')}
        </Button>
      </Form>
    </Card>
  );
}
