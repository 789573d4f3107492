/** Uploads a file the user accepted through Teams' file-consent card (a single PUT to the OneDrive upload URL). */
export async function uploadFile(upload: { uploadUrl: string; content: string; contentType: string }): Promise<void> {
  const body = Buffer.from(upload.content, 'utf8');
  const res = await fetch(upload.uploadUrl, {
    method: 'PUT',
    headers: {
      'Content-Type': upload.contentType,
      'Content-Length': String(body.length),
      'Content-Range': `bytes 0-${Math.max(body.length - 1, 0)}/${body.length}`,
    },
    body,
  });
  if (!res.ok) throw Object.assign(new Error(`file upload failed with HTTP ${res.status}`), { code: 'upload_failed' });
}
