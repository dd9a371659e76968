import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '../../../shared/i18n/i18n';

/** The drawn signature as a PNG, or null while the pad is empty. */
export function signatureBlob(canvas: HTMLCanvasElement | null): Promise<Blob | null> {
  if (!canvas) return Promise.resolve(null);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * A pad the unit's person in charge signs on with a finger, pen or mouse. The caller holds the
 * canvas (to upload the signature as an image) and learns whether anything was drawn.
 */
export function SignaturePad({ canvasRef, onInk, id }: {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  readonly onInk: (hasInk: boolean) => void;
  readonly id?: string;
}) {
  const t = useT();
  const drawing = useRef(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Draw at the device's resolution for a crisp line; the white background keeps the PNG readable.
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(canvas.clientHeight * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1f1f1f';
  }, [canvasRef]);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const clear = () => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.restore();
    onInk(false);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('inspection.signatureHelp')}</Typography.Text>
      <canvas
        ref={canvasRef}
        id={id}
        className="signature-pad"
        role="img"
        aria-label={t('inspection.signature')}
        data-testid="signature-pad"
        onPointerDown={(event) => {
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = true;
          const { x, y } = point(event);
          context.beginPath();
          context.moveTo(x, y);
          context.lineTo(x + 0.1, y + 0.1);
          context.stroke();
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const context = event.currentTarget.getContext('2d');
          const { x, y } = point(event);
          context?.lineTo(x, y);
          context?.stroke();
        }}
        onPointerUp={() => {
          if (drawing.current) onInk(true);
          drawing.current = false;
        }}
        onPointerCancel={() => {
          drawing.current = false;
        }}
      />
      <Button onClick={clear}>{t('inspection.signatureClear')}</Button>
    </Space>
  );
}
