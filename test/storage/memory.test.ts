import { MemoryLeases, MemoryStorage } from '../../src/storage/memory.js';
import { storageContract } from './contract.js';

storageContract('memory', async () => {
  // Memory stores share nothing between objects: "two instances" are one object seen twice.
  const store = new MemoryStorage();
  const leases = new MemoryLeases();
  return { a: store, b: store, leasesA: leases, leasesB: leases };
});
