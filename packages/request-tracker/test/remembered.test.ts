import { expect } from '@open-wc/testing';
import { MAX_REMEMBERED, RememberedReferences, storageKey } from '../src/remembered.js';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

describe('RememberedReferences', () => {
  it('keeps only the reference and the service name, most recent first, one entry per reference', () => {
    const storage = new MemoryStorage();
    const store = new RememberedReferences(storageKey('/api'), storage);
    store.remember({ reference: 'CEC-000001', service: 'Bins' });
    store.remember({ reference: 'CEC-000002', verifier: 'jo@example.org' } as never);
    store.remember({ reference: 'CEC-000001', service: 'Bins' });
    expect(store.list()).to.deep.equal([{ reference: 'CEC-000001', service: 'Bins' }, { reference: 'CEC-000002' }]);
    expect(storage.getItem('cx-request-tracker:/api')).not.to.contain('jo@example.org');
  });

  it('forgets, and removes the key once nothing is left', () => {
    const storage = new MemoryStorage();
    const store = new RememberedReferences('k', storage);
    store.remember({ reference: 'A' });
    expect(store.forget('A')).to.deep.equal([]);
    expect(storage.length).to.equal(0);
  });

  it('keeps at most a short list', () => {
    const store = new RememberedReferences('k', new MemoryStorage());
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) store.remember({ reference: `R${i}` });
    expect(store.list()).to.have.length(MAX_REMEMBERED);
    expect(store.list()[0].reference).to.equal(`R${MAX_REMEMBERED + 4}`);
  });

  it('ignores rubbish in storage and never throws when storage fails', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    expect(new RememberedReferences('k', storage).list()).to.deep.equal([]);
    storage.setItem('k', JSON.stringify([{ reference: 1 }, { reference: 'ok' }, null]));
    expect(new RememberedReferences('k', storage).list()).to.deep.equal([{ reference: 'ok' }]);
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => new RememberedReferences('k', broken).remember({ reference: 'A' })).not.to.throw();
    expect(new RememberedReferences('k', undefined).remember({ reference: 'A' })).to.deep.equal([{ reference: 'A' }]);
  });
});
