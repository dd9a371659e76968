import type { FinishInspectionResponse, InspectionResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useRef, useState } from 'react';
import { NetworkError } from '../../../shared/api-client';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { photosApi } from '../../photos/photos-api';
import type { UnsentFinish } from '../offline/use-continue-offline';
import { useFinishInspection } from '../use-inspections';
import { SignaturePad, signatureBlob } from './signature-pad';

/**
 * 签字确认: the unit's person in charge names themself and signs; the signature is uploaded as an
 * image and the inspection finished with it (failed items become hazards on the server).
 */
export function FinishCard({ inspection, unanswered, busy, onFinished, onSignalLost }: {
  readonly inspection: InspectionResponse;
  /** Applicable items still without an answer on this screen. */
  readonly unanswered: number;
  /** Answers still on their way to the server. */
  readonly busy: boolean;
  readonly onFinished: (result: FinishInspectionResponse) => void;
  /** On the phone: the signature or the finish did not reach the server; the outbox sends them later. */
  readonly onSignalLost?: (finish: UnsentFinish) => boolean;
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
    const name = signedBy.trim();
    const expectedVersion = inspection.version;
    let blob: Blob | null = null;
    let signature: string;
    try {
      blob = await signatureBlob(canvas.current);
      if (!blob) return;
      signature = (await photosApi.upload(blob, 'signature.png')).id;
    } catch (error) {
      const queued = blob !== null && error instanceof NetworkError && onSignalLost?.({ signedBy: name, signature: { name: 'signature.png', blob, photoId: null }, expectedVersion });
      if (!queued) setUploadError(error);
      return;
    } finally {
      setUploading(false);
    }
    const signed = blob;
    finish.mutate({ signedBy: name, signature, expectedVersion }, {
      onSuccess: onFinished,
      // Sent but no answer: the outbox sends the same request under the same key, so if the server
      // did finish it, the first result comes back instead of a second finish.
      onError: (error) => {
        if (error instanceof NetworkError) onSignalLost?.({ signedBy: name, signature: { name: 'signature.png', blob: signed, photoId: signature }, expectedVersion });
      },
    });
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
