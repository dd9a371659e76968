import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { useT } from '../../../shared/i18n/i18n';

/** The drawn signature as a PNG, or null while the pad is empty. */
export function signatureBlob(canvas: HTMLCanvasElement | null): Promise<Blob | null> {
  if (!canvas) return Promise.resolve(null);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

function paintBlank(canvas: HTMLCanvasElement): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.restore();
}

function pointOf(event: PointerEvent<HTMLCanvasElement>) {
  const rect = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - rect.left, y: event.clientY - rect.top };
}

/** Pointer strokes on the canvas (finger, pen or mouse), drawn at the device's resolution. */
function useInk(canvasRef: RefObject<HTMLCanvasElement | null>, onInk: (hasInk: boolean) => void) {
  const drawing = useRef(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(canvas.clientHeight * ratio);
    context.scale(ratio, ratio);
    // A white background keeps the PNG readable wherever it is shown.
    paintBlank(canvas);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1f1f1f';
  }, [canvasRef]);
  return {
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      const context = event.currentTarget.getContext('2d');
      if (!context) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      drawing.current = true;
      const { x, y } = pointOf(event);
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(x + 0.1, y + 0.1);
      context.stroke();
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      if (!drawing.current) return;
      const context = event.currentTarget.getContext('2d');
      const { x, y } = pointOf(event);
      context?.lineTo(x, y);
      context?.stroke();
    },
    onPointerUp: () => {
      if (drawing.current) onInk(true);
      drawing.current = false;
    },
    onPointerCancel: () => {
      drawing.current = false;
    },
  };
}

/**
 * A pad the unit's person in charge signs on. The caller holds the canvas (to upload the signature
 * as an image) and learns whether anything was drawn.
 */
export function SignaturePad({ canvasRef, onInk, id, selfInspection = false }: {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  readonly onInk: (hasInk: boolean) => void;
  readonly id?: string;
  /** An enterprise's own check: its person in charge signs, not "the inspected unit's". */
  readonly selfInspection?: boolean;
}) {
  const t = useT();
  const handlers = useInk(canvasRef, onInk);
  const clear = () => {
    if (canvasRef.current) paintBlank(canvasRef.current);
    onInk(false);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t(selfInspection ? 'inspection.selfSignatureHelp' : 'inspection.signatureHelp')}</Typography.Text>
      <canvas ref={canvasRef} id={id} className="signature-pad" role="img" aria-label={t('inspection.signature')} data-testid="signature-pad" {...handlers} />
      <Button onClick={clear}>{t('inspection.signatureClear')}</Button>
    </Space>
  );
}
