/**
 * Reads a guidance document of any supported format into blocks and the faithful text of its local copy.
 * Refuses, with a coded ImportError and nothing written, what it cannot read honestly: an unsupported type, an
 * empty file, a PDF with no text layer (a scan), a file too large to be one guidance document.
 *
 * @example const doc = await readDocument('guidance/principles.docx'); doc.blocks[0] // { type: 'heading', … }
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { renderBlocks, textLength, type DocumentFormat, type ReadDocument } from './blocks.js';
import { htmlBlocks } from './read-html.js';
import { markdownBlocks } from './read-markdown.js';
import { normaliseText, textBlocks } from './read-text.js';

/** Largest file read, in bytes: a guidance document is a few pages; anything larger is refused, not truncated. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most guidance text kept, in characters (about 100 pages): beyond it the file is not one document of guidance. */
export const MAX_TEXT_CHARS = 400_000;
/** Least guidance text, in characters: below it there is nothing to quote (a scanned PDF yields none). */
export const MIN_TEXT_CHARS = 20;

export type ImportErrorCode =
  | 'import_unsupported_type' | 'import_empty' | 'import_no_text' | 'import_too_large' | 'import_unreadable'
  | 'import_bad_option' | 'import_invalid_result' | 'import_conflict';

/** Why a document cannot be imported; nothing has been written when it is thrown. */
export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode, message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ImportError';
  }
}

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.md': 'markdown', '.markdown': 'markdown',
  '.txt': 'text', '.text': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The format of a file, from its name and first bytes (a PDF or Word file renamed .txt is still what it is). */
export function formatOf(file: string, head: Buffer): DocumentFormat | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const ext = extname(file).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) return ext === '.docx' ? 'docx' : undefined; // a zip: only Word's is read
  return BY_EXTENSION[ext];
}

/** True when bytes look like text rather than a binary file (no NUL bytes in the first 8 KB). */
function looksLikeText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8192).includes(0);
}

/** Reads a document from disk; throws ImportError (see the file comment). */
export async function readDocument(file: string): Promise<ReadDocument> {
  let size: number;
  try { size = statSync(file).size; } catch { throw new ImportError('import_unreadable', 'cannot be read (no such file, or no permission)', file); }
  if (size > MAX_FILE_BYTES) throw new ImportError('import_too_large', `is ${(size / 1024 / 1024).toFixed(1)} MB; the most a guidance document may be is ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it, or import the chapter that holds the guidance.`, file);
  if (size === 0) throw new ImportError('import_empty', 'is empty: there is nothing to import', file);
  const bytes = readFileSync(file);
  const format = formatOf(file, bytes);
  if (!format) {
    throw new ImportError('import_unsupported_type', `is not a type the importer reads (${extname(file) || 'no extension'}). Save it as a web page (.html), Markdown (.md), plain text (.txt), Word (.docx) or PDF (.pdf).`, file);
  }
  if ((format === 'html' || format === 'markdown' || format === 'text') && !looksLikeText(bytes)) {
    throw new ImportError('import_unsupported_type', `is named ${extname(file)} but holds binary data, not text`, file);
  }
  const doc = await readBytes(format, bytes, file);
  const length = textLength(doc.blocks);
  if (length > MAX_TEXT_CHARS) throw new ImportError('import_too_large', `holds ${length} characters of text; the most one document may hold is ${MAX_TEXT_CHARS}. Split it into its chapters.`, file);
  if (length < MIN_TEXT_CHARS) {
    throw format === 'pdf'
      ? new ImportError('import_no_text', 'has no text to quote: it looks like a scanned PDF (pictures of pages). Export it from the original with its text, or run it through text recognition (OCR) and check the result first.', file)
      : new ImportError('import_empty', 'has no guidance text to quote (only headings, pictures or page furniture)', file);
  }
  return doc;
}

/** Reads bytes of a known format. */
async function readBytes(format: DocumentFormat, bytes: Buffer, file: string): Promise<ReadDocument> {
  try {
    switch (format) {
      case 'text': {
        const text = normaliseText(bytes.toString('utf8'));
        return { format, text, blocks: textBlocks(text).blocks };
      }
      case 'markdown': return rendered(format, markdownBlocks(normaliseText(bytes.toString('utf8'))));
      case 'html': return rendered(format, htmlBlocks(bytes.toString('utf8')));
      case 'docx': {
        const { docxHtml } = await import('./read-docx.js');
        return rendered(format, htmlBlocks(await docxHtml(bytes)));
      }
      case 'pdf': {
        const { pdfBlocks } = await import('./read-pdf.js');
        return rendered(format, await pdfBlocks(bytes));
      }
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('import_unreadable', `cannot be read as ${format}: ${(err as Error).message?.split('\n')[0] ?? String(err)}`, file);
  }
}

/** A structured format's copy is its blocks written out (see renderBlocks). */
function rendered(format: DocumentFormat, read: { blocks: ReadDocument['blocks']; title?: string }): ReadDocument {
  const { text, blocks } = renderBlocks(read.blocks);
  return { format, text, blocks, ...(read.title ? { title: read.title } : {}) };
}
