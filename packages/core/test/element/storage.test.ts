import { expect } from '@open-wc/testing';
import { safeStorage } from '../../src/element/index.js';

/** A Storage that behaves like a full one: reads work, writes throw QuotaExceededError. */
function fullStorage(): Storage {
  const real = new Map<string, string>();
  return {
    get length() {
      return real.size;
    },
    clear: () => real.clear(),
    key: (i: number) => [...real.keys()][i] ?? null,
    getItem: (k: string) => real.get(k) ?? null,
    removeItem: (k: string) => void real.delete(k),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

describe('safeStorage', () => {
  afterEach(() => sessionStorage.removeItem('cx-test'));

  it('stores and reads as the browser does when all is well', () => {
    const store = safeStorage('session');
    expect(store.available).to.equal(true);
    expect(store.set('cx-test', 'draft')).to.equal(true);
    expect(store.get('cx-test')).to.equal('draft');
    expect(store.remove('cx-test')).to.equal(true);
    expect(store.get('cx-test')).to.equal(null);
    expect(store.lastError).to.equal(undefined);
  });

  it('does not throw when storage is full, and says why', () => {
    const store = safeStorage('local', fullStorage);
    expect(store.set('k', 'v')).to.equal(false);
    expect(store.lastError!.code).to.equal('storage');
    expect(store.lastError!.message).to.contain('QuotaExceededError');
    expect(store.get('k')).to.equal(null);
    expect(store.lastError, 'cleared by a call that works').to.equal(undefined);
  });

  it('does not throw when storage is blocked', () => {
    const store = safeStorage('local', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.available).to.equal(false);
    expect(store.get('k')).to.equal(null);
    expect(store.set('k', 'v')).to.equal(false);
    expect(store.remove('k')).to.equal(false);
    expect(store.lastError!.message).to.contain('SecurityError');
  });

  it('does not throw when the browser has no storage', () => {
    const store = safeStorage('session', () => undefined);
    expect(store.available).to.equal(false);
    expect(store.set('k', 'v')).to.equal(false);
    expect(store.lastError!.code).to.equal('storage');
  });
});
