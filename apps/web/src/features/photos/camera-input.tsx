import type { Ref } from 'react';

/**
 * The phone's camera (or photo picker) as a hidden file input that a visible button clicks: hands
 * over the chosen files and clears itself, so the same photo can be chosen again.
 */
export function CameraInput({ ref, id, label, testId, onFiles }: {
  readonly ref: Ref<HTMLInputElement>;
  readonly id?: string | undefined;
  readonly label?: string | undefined;
  readonly testId: string;
  readonly onFiles: (files: File[]) => void;
}) {
  return (
    <input
      ref={ref}
      id={id}
      type="file"
      accept="image/jpeg,image/png,image/webp"
      capture="environment"
      multiple
      className="visually-hidden"
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const chosen = [...(event.target.files ?? [])];
        event.target.value = '';
        if (chosen.length > 0) onFiles(chosen);
      }}
    />
  );
}
