import { expect } from '@open-wc/testing';
import { safeStorage } from '@cx-kit/core/element';
import { DraftStore, draftKey, newIdempotencyKey, type Draft } from '../src/drafts.js';

/** A Storage that lives in memory and can be told to refuse writes, like a full quota. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

interface Answers {
  details: string;
}
const isAnswers = (value: unknown): value is Answers => typeof (value as Answers | null)?.details === 'string';

const draft = (over: Partial<Draft<Answers>> = {}): Draft<Answers> => ({
  v: 1,
  answers: { details: 'The bin was not emptied' },
  step: 'details',
  key: '6f1c5a7e-0000-4000-8000-000000000001',
  startedAt: '2026-11-23T10:00:00.000Z',
  savedAt: '2026-11-23T10:01:00.000Z',
  remember: false,
  ...over,
});

describe('drafts', () => {
  let session: MemoryStorage;
  let local: MemoryStorage;
  let store: DraftStore<Answers>;
  beforeEach(() => {
    session = new MemoryStorage();
    local = new MemoryStorage();
    store = new DraftStore(draftKey('/contact/feedback', 'form-1'), isAnswers, { session: safeStorage('session', () => session), local: safeStorage('local', () => local) });
  });

  it('keys a draft by page path and widget', () => {
    expect(draftKey('/a', '0')).to.not.equal(draftKey('/b', '0'));
    expect(draftKey('/a', '0')).to.not.equal(draftKey('/a', '1'));
  });

  it('keeps a draft in this tab only, until the resident asks to remember it', () => {
    store.save(draft());
    expect(store.load()?.answers.details).to.equal('The bin was not emptied');
    expect(local.length).to.equal(0);
  });

  it('keeps a remembered draft on the device too, and deletes that copy when unticked', () => {
    store.save(draft({ remember: true }));
    expect(local.length).to.equal(1);
    session.clear(); // a new browser session
    expect(store.load()?.remember).to.equal(true);
    store.save(draft({ remember: false }));
    expect(local.length).to.equal(0);
  });

  it('prefers this tab’s copy over the device’s', () => {
    store.save(draft({ remember: true, answers: { details: 'old' } }));
    session.setItem(store.key, JSON.stringify(draft({ answers: { details: 'newer' } })));
    expect(store.load()?.answers.details).to.equal('newer');
  });

  it('deletes both copies', () => {
    store.save(draft({ remember: true }));
    store.clear();
    expect(store.load()).to.equal(undefined);
    expect(session.length + local.length).to.equal(0);
  });

  it('ignores what it cannot trust: not JSON, another version, answers of another shape', () => {
    session.setItem(store.key, '{not json');
    expect(store.load()).to.equal(undefined);
    session.setItem(store.key, JSON.stringify({ ...draft(), v: 2 }));
    expect(store.load()).to.equal(undefined);
    session.setItem(store.key, JSON.stringify({ ...draft(), answers: { details: 42 } }));
    expect(store.load()).to.equal(undefined);
    session.setItem(store.key, JSON.stringify({ ...draft(), key: '' }));
    expect(store.load()).to.equal(undefined);
  });

  it('reports, without throwing, when nothing can be kept', () => {
    session.full = true;
    expect(store.save(draft())).to.equal(false);
    const absent = () => undefined;
    const none = new DraftStore(store.key, isAnswers, { session: safeStorage('session', absent), local: safeStorage('local', absent) });
    expect(none.save(draft({ remember: true }))).to.equal(false);
    expect(none.load()).to.equal(undefined);
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const refused = new DraftStore(store.key, isAnswers, { session: safeStorage('session', blocked), local: safeStorage('local', blocked) });
    expect(refused.save(draft())).to.equal(false);
    expect(() => refused.clear()).to.not.throw();
  });

  it('makes a v4 UUID for the idempotency key', () => {
    const key = newIdempotencyKey();
    expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).to.not.equal(key);
  });

  it('makes one on plain-http pages too, where crypto.randomUUID does not exist', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as unknown as Record<string, unknown>).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
