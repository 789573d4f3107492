/**
 * The blind red-team sets are frozen: written by someone who had not read the detectors, committed
 * before any detector change they could steer (commit bcff8c3), and pinned here by sha256. A changed
 * byte fails this test: never edit these files, write a new set instead.
 *   urgent-heldout-4.json      {label, text, kind}: split by the sha256 of each text into a tuning half
 *                              and a reporting half (measured once); trained on whole since it was reported.
 *   urgent-heldout-5.json      written blind and committed in 9f8e7e5 while the detector was being reworked;
 *                              pinned before any further detector change, never read while tuning, measured once
 *                              (36828e5); trained on whole since it was reported.
 *   urgent-heldout-6.json      written blind (199 urgent, 229 not urgent) and pinned here before the detector
 *                              work that follows set 5's report; never read while tuning, measured once when that
 *                              work was committed (test/safeguarding/urgent/heldout-6.test.ts); trained on whole
 *                              since it was reported.
 *   urgent-heldout-7.json      written blind (219 urgent, 235 not urgent) after set 6's report, pinned before the
 *                              detector work that follows it; never read while tuning, measured once when that work
 *                              was committed (test/safeguarding/urgent/heldout-7.test.ts); trained on whole since
 *                              set 8 replaced it.
 *   urgent-heldout-8.json      written blind (199 urgent, 208 not urgent) after set 7's report, for the next round:
 *                              never opened while tuning; measured once when the work after the training files 6 and 7
 *                              was committed (01dfbab; test/safeguarding/urgent/heldout-8.test.ts); trained on whole
 *                              since set 9 replaced it.
 *   urgent-heldout-9.json      written blind (220 urgent, 224 not urgent) after set 8's report, for the next round:
 *                              never opened while tuning; measured once when the work after set 8's
 *                              report was committed (2edc0b2; test/safeguarding/urgent/heldout-9.test.ts): 97.7% recall
 *                              (215/220) / 90.0% precision (215/239); trained on whole since set 10 replaced it.
 *   urgent-heldout-10.json     written blind (212 urgent, 211 not urgent) after set 9 was written, for the round after
 *                              set 9's report: pinned unopened, never read while tuning, never trained on; measured once
 *                              when the round-five work (the calm lean) was committed (964d870;
 *                              test/safeguarding/urgent/heldout-10.test.ts): 95.8% recall (203/212) / 97.1% precision (203/209);
 *                              trained on whole (one cross-validation fold) since round six.
 *   urgent-heldout-11.json     written blind (430; 216 urgent) in the session of round five, for the next round: pinned
 *                              unopened, never read while tuning; measured once when round seven was committed
 *                              (024be74; test/safeguarding/urgent/heldout-11.test.ts): 98.6% recall (213/216) / 92.6%
 *                              precision (213/230); trained on whole (one cross-validation fold) since round eight.
 *   urgent-heldout-12.json     written blind (449; 219 urgent, 230 not urgent) at the start of round seven by another
 *                              writer, for the round after set 11's report: pinned unopened, never read while tuning.
 *                              One glimpse to declare: during round seven a shell loop over urgent-*.json counted its
 *                              items holding "ASYE" (6, all not urgent); no text or score was seen, and the ASYE change
 *                              of that round was judged on training sets only.
 *                              Measured once when round nine was committed (292da5d, at 7e5b7c5;
 *                              test/safeguarding/urgent/heldout-12.test.ts): 97.7% recall (214/219) / 93.9% precision
 *                              (214/228); screened 97.3% / 93.8%.
 *   urgent-heldout-13.json     written blind (450; 220 urgent, 230 not urgent) at the start of round nine by a writer who
 *                              read only the glossary and sources.md, for the round after set 12's report (its kinds
 *                              include accepted explanations, quoted past words and parents' claims): pinned unopened.
 *   personal-data-heldout.json {text, planted, kind}: driven whole through the bot end to end.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect } from 'chai';
import { FROZEN, halfOf, readSet } from './frozen-sets.js';

describe('frozen red-team sets', () => {
  for (const [file, sha256] of Object.entries(FROZEN)) {
    it(`${file} is byte for byte the committed set`, () => {
      const bytes = fs.readFileSync(new URL(`./fixtures/${file}`, import.meta.url));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).to.equal(sha256);
    });
  }

  it('urgent-heldout-4 holds at least 160 urgent and 160 not urgent, split into two halves by text hash', () => {
    const items = readSet<{ label: string; text: string }>('urgent-heldout-4.json');
    expect(items.filter((i) => i.label === 'urgent').length).to.be.at.least(160);
    expect(items.filter((i) => i.label === 'not_urgent').length).to.be.at.least(160);
    const tuning = items.filter((i) => halfOf(i.text) === 'tuning');
    const reporting = items.filter((i) => halfOf(i.text) === 'reporting');
    expect(tuning.length + reporting.length).to.equal(items.length);
    // Both halves carry both labels in useful numbers (a hash split, not a sorted one).
    for (const half of [tuning, reporting]) {
      expect(half.filter((i) => i.label === 'urgent').length).to.be.at.least(70);
      expect(half.filter((i) => i.label === 'not_urgent').length).to.be.at.least(70);
    }
  });

  it('personal-data-heldout holds at least 150 messages, each planting exact substrings of its text', () => {
    const items = readSet<{ text: string; planted: string[] }>('personal-data-heldout.json');
    expect(items.length).to.be.at.least(150);
    for (const i of items) for (const p of i.planted) expect(i.text.includes(p)).to.equal(true);
  });
});
