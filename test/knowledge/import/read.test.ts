import { expect } from 'chai';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../../src/knowledge/import/import.js';
import { ImportError, MAX_FILE_BYTES } from '../../../src/knowledge/import/read.js';
import { textBlocks } from '../../../src/knowledge/import/read-text.js';
import { makePdf } from '../../support/documents.js';
import { emptyKnowledge, snapshot, writeSample } from './fixtures.js';

/** Runs an import expected to be refused; returns the error after checking that nothing was written. */
async function refused(dir: string, file: string, extra: Partial<Parameters<typeof importDocument>[0]> = {}): Promise<ImportError> {
  const before = snapshot(dir);
  try {
    await importDocument({ file, knowledgeDir: dir, organisation: 'riverside', ...extra });
  } catch (err) {
    expect(err).to.be.instanceOf(ImportError);
    const after = snapshot(dir);
    // The bad file itself lives in the folder; nothing else may appear or change.
    expect(after, 'nothing half-written').to.deep.equal(before);
    return err as ImportError;
  }
  return expect.fail('expected the import to be refused');
}

describe('knowledge import: bad files are refused with a clear message and nothing written', () => {
  it('an empty file', async () => {
    const dir = emptyKnowledge();
    const file = join(dir, 'empty.md');
    writeFileSync(file, '');
    const err = await refused(dir, file);
    expect(err.code).to.equal('import_empty');
    expect(err.message).to.contain('empty.md').and.contain('empty');
  });

  it('a document with headings but no guidance text', async () => {
    const dir = emptyKnowledge();
    const file = join(dir, 'headings.html');
    writeFileSync(file, '<h1>Title</h1><h2>Another</h2><img src="a.png">');
    expect((await refused(dir, file)).code).to.equal('import_empty');
  });

  it('a scanned PDF with no text layer', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, makePdf([[], []]));
    const err = await refused(dir, file);
    expect(err.code).to.equal('import_no_text');
    expect(err.message).to.match(/scanned PDF/).and.match(/OCR/);
  });

  it('an unsupported type, and binary data named as text', async () => {
    const dir = emptyKnowledge();
    const sheet = join(dir, 'rota.xlsx');
    writeFileSync(sheet, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    const err = await refused(dir, sheet);
    expect(err.code).to.equal('import_unsupported_type');
    expect(err.message).to.contain('.xlsx').and.contain('.docx');
    const fake = join(dir, 'image.txt');
    writeFileSync(fake, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    expect((await refused(dir, fake)).code).to.equal('import_unsupported_type');
  });

  it('a file too large to be one guidance document', async () => {
    const dir = emptyKnowledge();
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: no time spent writing it
    closeSync(fd);
    const err = await refused(dir, file);
    expect(err.code).to.equal('import_too_large');
    expect(err.message).to.match(/MB/);
  });

  it('a corrupt Word file, and bad options', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const file = join(dir, 'broken.docx');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a zip'));
    expect((await refused(dir, file)).code).to.equal('import_unreadable');
    const good = await writeSample(dir, 'md');
    expect((await refused(dir, good, { organisation: 'Not An Id' })).code).to.equal('import_bad_option');
    expect((await refused(dir, good, { date: '3rd March' })).code).to.equal('import_bad_option');
    expect((await refused(dir, good, { url: 'http://insecure.example' })).code).to.equal('import_bad_option');
  });

  it('a document id that belongs to another organisation', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const file = await writeSample(dir, 'md');
    await importDocument({ file, knowledgeDir: dir, organisation: 'riverside' });
    expect((await refused(dir, file, { organisation: 'hillside' })).code).to.equal('import_conflict');
  });
});

describe('knowledge import: plain text layout', () => {
  it('reads headings, lead-ins with their lines, bullets and paragraphs without changing the text', () => {
    const text = 'Our approach\nWe work with families.\nEvidence Informed:\nUsing research and experience.\nThe aims can be summarised as the following:\nTo keep children safe.\nTo support carers.\n';
    const { blocks } = textBlocks(text);
    expect(blocks).to.deep.equal([
      { type: 'heading', level: 2, text: 'Our approach' },
      { type: 'p', text: 'We work with families.' },
      { type: 'heading', level: 2, text: 'Evidence Informed:' },
      { type: 'p', text: 'Using research and experience.' },
      { type: 'p', text: 'The aims can be summarised as the following:' },
      { type: 'ul', items: ['To keep children safe.', 'To support carers.'] },
    ]);
  });
});
