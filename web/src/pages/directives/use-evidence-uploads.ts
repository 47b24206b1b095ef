import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadAttachment, type UploadedAttachment } from '../../lib/upload-attachment';

export interface EvidenceUpload {
  key: string;
  file: File;
  /** 0…1 of the body sent. */
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  attachment?: UploadedAttachment;
  error?: unknown;
}

export interface EvidenceUploads {
  items: EvidenceUpload[];
  add(files: File[]): void;
  remove(key: string): void;
  /** The files uploaded so far, to attach to the report or step. */
  attachmentIds: string[];
  uploading: boolean;
}

/**
 * Each file is uploaded as soon as it is dropped, on its own: one refused (too large, wrong
 * type) shows its reason beside it and takes nothing else of the form with it.
 */
export function useEvidenceUploads(): EvidenceUploads {
  const [items, setItems] = useState<EvidenceUpload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const update = useCallback((key: string, patch: Partial<EvidenceUpload>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const add = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const key = crypto.randomUUID();
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setItems((current) => [...current, { key, file, progress: 0, state: 'uploading' }]);
        uploadAttachment(file, (progress) => update(key, { progress }), controller.signal)
          .then((attachment) => update(key, { state: 'done', progress: 1, attachment }))
          .catch((error: unknown) => {
            if (!controller.signal.aborted) update(key, { state: 'failed', error });
          })
          .finally(() => controllers.current.delete(key));
      }
    },
    [update],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  return {
    items,
    add,
    remove,
    attachmentIds: items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
    uploading: items.some((item) => item.state === 'uploading'),
  };
}
