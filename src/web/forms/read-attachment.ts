import { toApiError } from '../api/to-api-error.ts';
import type { MutationResult } from '../api/use-mutation.ts';
import { type AttachmentBody, attachmentBody } from './consent-form.ts';

/** The base64 part of a data URL, as FileReader gives a file's bytes. */
export function base64OfDataUrl(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64OfDataUrl(String(reader.result)));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Reads the chosen scanned form for sending (nothing when none is chosen). A file that can no
 * longer be read, e.g. moved since it was chosen, is an error like a failed request.
 */
export async function readAttachment(file: File | null): Promise<MutationResult<AttachmentBody | undefined>> {
  if (!file) return { ok: true, value: undefined };
  try {
    return { ok: true, value: attachmentBody(file, await readBase64(file)) };
  } catch (caught) {
    return { ok: false, error: toApiError(caught) };
  }
}
