/** Reads a Word (.docx) file into HTML with mammoth: headings keep their levels, lists their items; images are dropped. */
import mammoth from 'mammoth';

/** Word paragraph styles read as headings besides mammoth's defaults ("Title" is the document's title). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Converts .docx bytes to HTML. */
export async function docxHtml(bytes: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: bytes }, {
    styleMap: STYLE_MAP,
    // Pictures are not guidance, and a data: URL would only make the HTML large.
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  });
  return result.value;
}
