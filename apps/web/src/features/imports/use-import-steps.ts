import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/** What an import page sends: the file for a dry run, then the same file to commit. */
export interface ImportStepsApi<Report, Result> {
  dryRun(file: File): Promise<Report>;
  commit(file: File): Promise<Result>;
}

/**
 * The two steps every import page shares: choosing a file (which clears any earlier check and
 * result), the dry run, and the commit of the same file.
 */
export function useImportSteps<Report, Result>(api: ImportStepsApi<Report, Result>) {
  const [file, setFile] = useState<File | null>(null);
  const dryRun = useMutation({ mutationFn: (chosen: File) => api.dryRun(chosen) });
  const commit = useMutation({ mutationFn: (chosen: File) => api.commit(chosen) });
  /** For Ant Design's `beforeUpload`: keeps the file in the page instead of uploading it. */
  const choose = (chosen: File) => {
    setFile(chosen);
    dryRun.reset();
    commit.reset();
    return false;
  };
  return { file, choose, dryRun, commit };
}
