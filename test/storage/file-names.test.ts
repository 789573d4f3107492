import { expect } from 'chai';
import { decodeKey, encodeKey, isHashedName, MAX_ENCODED } from '../../src/storage/file-names.js';
import { StorageError } from '../../src/storage/port.js';

describe('file names for keys', () => {
  const keys = ['a', 'team/19:abc@thread.tacv2', 'User/29:1AbC', '.', '..', '~7e', '^a', 'x y', 'é “q” — 😀', '/', 'a.json'];

  it('round-trips keys with slashes, colons, case and unicode', () => {
    for (const key of keys) expect(decodeKey(encodeKey(key)), key).to.equal(key);
  });

  it('makes names that are safe on any file system', () => {
    for (const key of keys) {
      const name = encodeKey(key);
      expect(name, key).to.match(/^[a-z0-9_~^-]+$/);
      expect(name.startsWith('.')).to.equal(false);
    }
  });

  it('keeps keys that differ only in case apart, even on case-insensitive file systems', () => {
    expect(encodeKey('Team').toLowerCase()).to.not.equal(encodeKey('team').toLowerCase());
  });

  it('hashes long keys into bounded, distinct names', () => {
    const long1 = 'k/' + 'É'.repeat(300) + '1';
    const long2 = 'k/' + 'É'.repeat(300) + '2';
    const [n1, n2] = [encodeKey(long1), encodeKey(long2)];
    expect(n1.length).to.be.at.most(MAX_ENCODED);
    expect(n1).to.not.equal(n2);
    expect(isHashedName(n1)).to.equal(true);
    expect(decodeKey(n1)).to.equal(undefined);
  });

  it('refuses empty keys and lone surrogates with invalid_key', () => {
    for (const bad of ['', 'a\uD800b']) {
      expect(() => encodeKey(bad)).to.throw(StorageError).with.property('code', 'invalid_key');
    }
  });

  it('decodes nothing from names it did not make', () => {
    for (const junk of ['', 'A', '~zz', '~41', 'a.json', '^', '~ff']) expect(decodeKey(junk), junk).to.equal(undefined);
  });
});
