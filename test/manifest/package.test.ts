import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { PNG } from 'pngjs';
import { PLACEHOLDER_APP_ID } from '../../src/manifest/build.js';
import { buildPackage, PackageError, writeZip, type PackageOptions } from '../../src/manifest/package.js';
import { checkIcon } from '../../src/manifest/validate.js';
import { colorIcon, outlineIcon } from '../../src/scripts/icons.js';
import { solidPng, tmpManifestDir } from './helpers.js';

const LISTS = { personal: [{ title: 'help', description: 'What I can do' }], team: [], groupChat: [] };

function options(over: Partial<PackageOptions> = {}): PackageOptions {
  return { manifestDir: path.resolve('manifest'), appId: '', publicBaseUrl: 'http://localhost:3978', version: '0.1.0', teamSettingsRule: 'anyone', commandLists: LISTS, production: false, ...over };
}

function problemsOf(fn: () => unknown): string[] {
  try { fn(); } catch (err) { if (err instanceof PackageError) return err.message.split('\n').slice(1); throw err; }
  return [];
}

describe('app package', () => {
  it('with nothing set builds a local-development package with the placeholder id', async () => {
    const pkg = buildPackage(options());
    expect(pkg.development).to.equal(true);
    expect(pkg.manifest.id).to.equal(PLACEHOLDER_APP_ID);
    expect(pkg.files.map((f) => f.name)).to.deep.equal(['manifest.json', 'color.png', 'outline.png']);
    const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-zip-')), 'build/appPackage.zip');
    await writeZip(pkg, zip);
    const bytes = fs.readFileSync(zip);
    expect(bytes.subarray(0, 4).toString('hex')).to.equal('504b0304'); // a zip local file header
    expect(bytes.includes(Buffer.from('manifest.json'))).to.equal(true);
  });

  it('--production refuses the placeholder id and localhost, naming the field', () => {
    const problems = problemsOf(() => buildPackage(options({ production: true })));
    expect(problems.some((p) => p.includes('manifest.json') && p.includes(': id: '))).to.equal(true);
    expect(problems.some((p) => p.includes('staticTabs[0].contentUrl') && p.includes('localhost'))).to.equal(true);
  });

  it('--production accepts a real id and an https address', () => {
    const pkg = buildPackage(options({ production: true, appId: '11111111-2222-3333-4444-555555555555', publicBaseUrl: 'https://guide.example.org' }));
    expect(pkg.development).to.equal(false);
  });

  it('lists what it checked: schema, ids, command lists, both icons, and the production rules only with --production', () => {
    const dev = buildPackage(options()).checks;
    expect(dev.join('\n')).to.match(/schema v\d+\.\d+/).and.match(/GUIDs/).and.match(/command lists/).and.match(/color\.png.*192×192/).and.match(/outline\.png.*32×32/);
    expect(dev.join('\n')).not.to.match(/production/);
    const prod = buildPackage(options({ production: true, appId: '11111111-2222-3333-4444-555555555555', publicBaseUrl: 'https://guide.example.org' })).checks;
    expect(prod).to.have.length(dev.length + 1);
    expect(prod.join('\n')).to.match(/production: no placeholder id, no localhost, every URL https/);
  });

  it('names the icon file and field when an icon is the wrong size or not white on transparent', () => {
    const dir = tmpManifestDir();
    fs.writeFileSync(path.join(dir, 'color.png'), solidPng(100, [0, 94, 110, 255]));
    fs.writeFileSync(path.join(dir, 'outline.png'), solidPng(32, [0, 94, 110, 255]));
    const problems = problemsOf(() => buildPackage(options({ manifestDir: dir })));
    const label = path.basename(dir);
    expect(problems.some((p) => p.includes(`${label}/color.png: icons.color: must be 192×192`))).to.equal(true);
    expect(problems.some((p) => p.includes(`${label}/outline.png: icons.outline: outline icon must be white on transparent`))).to.equal(true);
  });

  it('names the template when it is not JSON, and a missing icon', () => {
    const dir = tmpManifestDir();
    fs.writeFileSync(path.join(dir, 'manifest.template.json'), '{ "manifestVersion": ');
    expect(problemsOf(() => buildPackage(options({ manifestDir: dir })))[0]).to.include('manifest.template.json: (file): cannot be read as JSON');
    const dir2 = tmpManifestDir();
    fs.rmSync(path.join(dir2, 'outline.png'));
    expect(problemsOf(() => buildPackage(options({ manifestDir: dir2 })))).to.include(`  - ${path.basename(dir2)}/outline.png: icons.outline: file is missing`);
  });
});

describe('icons', () => {
  it('the committed icons match the generator and pass the store checks', () => {
    const color = PNG.sync.read(fs.readFileSync('manifest/color.png'));
    const outline = PNG.sync.read(fs.readFileSync('manifest/outline.png'));
    expect(checkIcon('color.png', 'icons.color', color, 'color')).to.deep.equal([]);
    expect(checkIcon('outline.png', 'icons.outline', outline, 'outline')).to.deep.equal([]);
    expect(Buffer.compare(color.data, colorIcon().data)).to.equal(0);
    expect(Buffer.compare(outline.data, outlineIcon().data)).to.equal(0);
  });

  it('rejects an empty or fully opaque outline', () => {
    const empty = PNG.sync.read(solidPng(32, [0, 0, 0, 0]));
    const opaque = PNG.sync.read(solidPng(32, [255, 255, 255, 255]));
    expect(checkIcon('o.png', 'icons.outline', empty, 'outline').map((p) => p.message)).to.deep.equal(['outline icon is empty (fully transparent)']);
    expect(checkIcon('o.png', 'icons.outline', opaque, 'outline').map((p) => p.message)).to.deep.equal(['outline icon has no transparent background']);
  });
});
