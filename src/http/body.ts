/** Reads a JSON request body with a size limit. Errors never quote the body (it may hold case details). */
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

/** Reads and parses the body; 413 past maxBytes, 400 when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new BodyError(413, 'PayloadTooLarge', `The request body is larger than ${maxBytes} bytes.`);
  }
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return; // keep draining so the 413 reaches the client
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        reject(new BodyError(413, 'PayloadTooLarge', `The request body is larger than ${maxBytes} bytes.`));
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => resolve(parts));
    req.on('error', () => reject(new BodyError(400, 'BadRequest', 'The request body could not be read.')));
  });
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new BodyError(400, 'BadRequest', 'The request body is empty.');
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}
