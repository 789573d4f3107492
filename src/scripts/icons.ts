/**
 * Generates the app icons (manifest/color.png 192×192, manifest/outline.png 32×32 white on
 * transparent) and one small thumbnail per organisation (src/tab/assets/org-<id>.png) with pngjs.
 * Run: `npx tsx src/scripts/icons.ts`. The PNGs are committed; rerun only when the design changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { ORG_BADGES, type Rgba } from '../extension/thumbnails.js';

/** 5×7 glyphs for the few letters the icons use ('#' = ink). */
const GLYPHS: Record<string, string[]> = {
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.###.'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '##.##', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
};

const BRAND: Rgba = [0, 94, 110, 255]; // the manifest accentColor #005E6E
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function canvas(size: number, fill: Rgba): PNG {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) png.data.set(fill, i * 4);
  return png;
}

function rect(png: PNG, x0: number, y0: number, w: number, h: number, colour: Rgba): void {
  for (let y = Math.max(0, y0); y < Math.min(png.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x0 + w); x++) png.data.set(colour, (y * png.width + x) * 4);
  }
}

/** Draws text centred, each glyph cell `scale` pixels, one cell between letters. */
function text(png: PNG, word: string, scale: number, colour: Rgba): void {
  const width = (word.length * 6 - 1) * scale;
  const x0 = Math.floor((png.width - width) / 2);
  const y0 = Math.floor((png.height - 7 * scale) / 2);
  [...word].forEach((ch, i) => {
    GLYPHS[ch].forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell === '#') rect(png, x0 + (i * 6 + gx) * scale, y0 + gy * scale, scale, scale, colour);
      });
    });
  });
}

/** The 192×192 colour icon: white "PG" on the brand colour. */
export function colorIcon(): PNG {
  const png = canvas(192, BRAND);
  text(png, 'PG', 12, WHITE);
  return png;
}

/** The 32×32 outline icon: white "PG" on transparent (Teams requires only white or transparent pixels). */
export function outlineIcon(): PNG {
  const png = canvas(32, CLEAR);
  text(png, 'PG', 2, WHITE);
  return png;
}

/** A 64×64 thumbnail with the organisation's initials (its name is always shown beside it). */
export function orgThumbnail(org: string): PNG {
  const badge = ORG_BADGES[org];
  const png = canvas(64, badge.background);
  text(png, badge.initials, 4, WHITE);
  return png;
}

/** A 64×64 generic thumbnail for entries of an organisation without its own badge. */
export function appThumbnail(): PNG {
  const png = canvas(64, BRAND);
  text(png, 'PG', 4, WHITE);
  return png;
}

function write(file: string, png: PNG): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, PNG.sync.write(png));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  write(path.join(root, 'manifest/color.png'), colorIcon());
  write(path.join(root, 'manifest/outline.png'), outlineIcon());
  write(path.join(root, 'src/tab/assets/app.png'), appThumbnail());
  for (const org of Object.keys(ORG_BADGES)) write(path.join(root, `src/tab/assets/org-${org}.png`), orgThumbnail(org));
}
