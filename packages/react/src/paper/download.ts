/**
 * Save a file the user asked for: a Blob URL on an `<a download>`, clicked. No network
 * request (the Blob lives in the page); the URL is revoked shortly after.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const win = doc.defaultView ?? window;
  const urls = win.URL ?? URL;
  const url = urls.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  (doc.body ?? doc.documentElement).appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    win.setTimeout(() => urls.revokeObjectURL(url), 1000);
  }
}
