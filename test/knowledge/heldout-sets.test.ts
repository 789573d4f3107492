import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitOf, type EvalItem } from '../../src/knowledge/evaluate.js';

/**
 * The blind held-out sets, each written from the five documents only (never from knowledge/ or the tests) by a
 * different writer, and frozen by sha256 before any change it could steer. A tuning half may guide changes; a
 * reporting half is read only as figures, once. Changing a file changes its hash: a new set gets a new name.
 *   heldout-c.json  243 questions, 54 out of scope: the first blind set (reported at the start and at cd6a038).
 *   heldout-d.json  339 questions, 93 out of scope: after C's report, written with situations in mind.
 *   heldout-e.json  339 questions, 90 out of scope: after C and D were read; both halves measured once at 9d1c0b5.
 *   heldout-f.json  331 questions, 100 out of scope: after E was read; both halves measured once at 39f00f5.
 *   heldout-g.json  336 questions, 99 out of scope: written at the end of the session that measured E and F, for the
 *                   next release; both halves measured once at 539f0e1 (figures in pipeline.test.ts).
 *   heldout-k.json  343 questions, 103 out of scope: written after G was measured, frozen unopened; both halves
 *                   measured once at b9751f3, at the end of that session's engine work (figures in pipeline.test.ts).
 *   heldout-p.json  343 questions, 103 out of scope: written at the end of that session for the next release;
 *                   both halves measured once at 5f714f6 (figures in pipeline.test.ts).
 *   heldout-q.json  340 questions, 110 out of scope: written blind at the start of the next session, for the release
 *                   after P; both halves measured once at 852d382 (figures in pipeline.test.ts).
 *   heldout-r.json  340 questions, 110 out of scope: written blind at the start of the session that measures Q, for the
 *                   release after Q: never measured. Ten of its questions (those holding one of eleven common slips,
 *                   "suport", "fostring", "strenghts"…) were printed once by mistake, in a count of slips over every
 *                   fixture after Q was measured (4ed23cf); no change was made after it. At the start of the
 *                   next session (b35c7f8, before any change) a mistaken shell command meant to print the file's
 *                   keys printed items r001-r058 and r283-r340 in full (116 of 340, with their expected phrases) to
 *                   the lead. R is therefore no longer a clean held-out set: heldout-s.json, written blind in that
 *                   session, is the release's reporting set. R was then measured once with the session's starting
 *                   engine (b35c7f8, before any change; figures in pipeline.test.ts) and trains the answer model since.
 *   heldout-s.json  340 questions, 110 out of scope: written blind at the start of that session (by a writer who read
 *                   only the five documents, sources.md and the glossary), pinned unopened; both halves measured
 *                   once at 9f415a5, at the end of the session's engine work (figures in pipeline.test.ts).
 *   heldout-v.json  340 questions, 110 out of scope: written blind after S was measured, by a writer who read only the
 *                   five documents, sources.md and the glossary, for the next release: pinned unopened, never measured.
 * Their floors are in pipeline.test.ts.
 */
const FROZEN: Record<string, { sha256: string; firstId: string }> = {
  'heldout-c.json': { sha256: '3830a5adc7f799e7083cb323e7b5575ea000b913f7eccc31471ab2f49abddfc3', firstId: 'c001' },
  'heldout-d.json': { sha256: '880588f77c84c336e60db89db57f5266765a09a39bf97bdc938e2c59247f2ee5', firstId: 'hd001' },
  'heldout-e.json': { sha256: 'd2a417360c2881f83eaa82e80b46403eafc6fe55e781df67631a37788291d734', firstId: 'e001' },
  'heldout-f.json': { sha256: '9cd23ee3d4ac3ad7c1c1a64b3979cf9e48c63c5857a5d66cdfd7c0a60857b780', firstId: 'f001' },
  'heldout-g.json': { sha256: '514d6f77e197ecc1201b2906810691c3570e7f94ba0efc0097607595584ac328', firstId: 'g001' },
  'heldout-k.json': { sha256: '2c5f656477f479ffddcdc26c774db5b80658954d79f4de71244b43d5ffbc1617', firstId: 'k001' },
  'heldout-p.json': { sha256: 'df26c39d90da86104293b5fe70ced5677be93035fc39669c4fdefaca1b8862db', firstId: 'p001' },
  'heldout-q.json': { sha256: '5a9a66b281bcacb57349168edbb38e3cdbdcdf8180a5529e2d56f3ddd1212b59', firstId: 'q001' },
  'heldout-r.json': { sha256: '86b1ab9c5f9f235e879a0f459c398996dcdfde01441ddc99f862653818aefdb3', firstId: 'r001' },
  'heldout-s.json': { sha256: '2155f82f32ce44e11f3ba387174b688bcd5906995586ec7a19e1954bd190cdd0', firstId: 's001' },
  'heldout-v.json': { sha256: 'f222c2998317102b3ba646e279b80ecd70de9fed9ff959c7b55e5b9fea2e2219', firstId: 'v001' },
};

for (const [file, { sha256, firstId }] of Object.entries(FROZEN)) {
  describe(`held-out set ${file}: frozen and split`, () => {
    const bytes = readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)));
    const items = JSON.parse(bytes.toString('utf8')) as EvalItem[];

    it('is the frozen file', () => {
      expect(createHash('sha256').update(bytes).digest('hex')).to.equal(sha256);
    });

    it('holds at least 200 questions, 40 of them out of scope, every answerable one with phrases and an organisation', () => {
      expect(items.length).to.be.at.least(200);
      expect(items.filter((i) => i.kind === 'out_of_scope').length).to.be.at.least(40);
      for (const i of items.filter((x) => x.kind === 'answerable')) {
        expect(i.expect_any, i.id).to.be.an('array').that.is.not.empty;
        expect(i.org, i.id).to.be.a('string');
      }
    });

    it('splits into two halves of similar size by id, the same way every time', () => {
      const tune = items.filter((i) => splitOf(i.id) === 'tune');
      const report = items.filter((i) => splitOf(i.id) === 'report');
      expect(tune.length + report.length).to.equal(items.length);
      expect(Math.abs(tune.length - report.length)).to.be.below(items.length * 0.2);
      for (const half of [tune, report]) expect(half.filter((i) => i.kind === 'out_of_scope').length).to.be.at.least(15);
      expect(splitOf(firstId)).to.equal(splitOf(firstId));
    });
  });
}

/**
 * Training sets written blind the same way (the five documents only), pinned so that the figures each was measured
 * at once, before any use, stay tied to its text (see scope.ts and train-answers.ts):
 *   blind-h.json  362 questions, 130 out of scope; blind-i.json 361, 141; blind-j.json 365, 130; blind-l.json 364, 130;
 *   blind-m.json  360, 130; blind-n.json 364, 144 (all 2026-12-07).
 *   blind-t.json  300, 100 (situations and dilemmas) and blind-u.json 300, 110 (terse, textspeak, list items), written
 *                 in the session after Q's report and measured once at 2b11989 before any use: T 88.5% strict, 90.0%
 *                 right first, 97.5% top 3, precision 91.7%, declined 94.0%; U 94.7%, 93.2%, 98.9%, 90.9%, 89.1%.
 */
const TRAINING: Record<string, string> = {
  'blind-h.json': '7b1b2ac0859509fa3640ff75c78295a0d2145552463bfd2ff3e692ae9d8bd5ab',
  'blind-i.json': '1eab161cf89b06d13b74a629ddac7b5d841fd3e1385e9aee49a82e644acbf251',
  'blind-j.json': 'd15ccf3e3f5c415bb29adf12f80ccd0451b04683e5cd7d9c2c203954262ae37a',
  'blind-l.json': 'c1e43187288735eab0888372f8c7f37a50f1012c927076997124987e4b871f42',
  'blind-m.json': '770aced3e6a1cf65843dc53765b8193ebc4f6f87dc5e3c23830ccfbc8136415c',
  'blind-n.json': 'f411815050c5036ba11c405237975b8b2b74198a856c43e4003e0f003f8aea8f',
  'blind-t.json': 'e3d81eb98206addf7f836bf359c02b6f4ad5e99e67e7b7b9d17fbe30a302816a',
  'blind-u.json': 'd0ce24f79f08100e4952a01bc56ef0cfd85654a5b40c0ff03c8ffea3ed5c0102',
};

describe('blind training sets: pinned, labelled', () => {
  for (const [file, sha256] of Object.entries(TRAINING)) {
    it(`${file} is the file first measured, with phrases for every answerable question`, () => {
      const bytes = readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)));
      expect(createHash('sha256').update(bytes).digest('hex')).to.equal(sha256);
      const items = JSON.parse(bytes.toString('utf8')) as EvalItem[];
      expect(items.filter((i) => i.kind === 'out_of_scope').length).to.be.at.least(100);
      for (const i of items.filter((x) => x.kind === 'answerable')) expect(i.expect_any, i.id).to.be.an('array').that.is.not.empty;
    });
  }
});
