/** The mechanisms added after set 8's report: injuries to babies, court preparation, "again", a report before a procedural question. */
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/assess.js';

const urgent = (t: string): boolean => assessUrgency(t).urgent;

describe('urgent risk: injuries to babies, court preparation and "again"', () => {
  it('an injury to a baby or toddler is urgent however it is worded, even beside an old closure or a carer\'s claim', () => {
    expect(urgent('the 10 week old has a small mark under his eye, nursery noticed at drop off')).to.equal(true);
    expect(urgent('the 2 yo we stepped away from in spring is in A&E with a head injury, brother still at home')).to.equal(true);
    expect(urgent('newborn twins, one has bruising to the ear, dad says the other twin did it')).to.equal(true);
  });

  it('a baby\'s injury explained, discussed or settled stays calm', () => {
    expect(urgent('the baby with the bruising from march was seen by paeds and discharged, medical explanation found')).to.equal(false);
    expect(urgent('team bulletin: this month is about bruising in non-mobile babies, link to the protocol inside')).to.equal(false);
  });

  it('court preparation about harm already found is calm', () => {
    expect(urgent('final hearing next month, can someone look over my statement on the fracture findings')).to.equal(false);
    expect(urgent('nervous about giving evidence on the neglect case next week, any tips?')).to.equal(false);
  });

  it('"again" undoes calm only beside harm going on now', () => {
    expect(urgent('the foster child wants a toy gun for christmas again, carers not keen - thoughts?')).to.equal(false);
  });

  it('a report followed by a procedural question is still a report', () => {
    expect(urgent('school rang, 6 yo has a handprint bruise on her face and says mummy did it. mum collects at 3. who authorises the s47 today?')).to.equal(true);
  });
});
