import { expect } from '@open-wc/testing';
import { defaultCharter } from '../../src/index.js';
import { resolveCharter } from '../../src/element/index.js';

describe('resolveCharter: the built-in default', () => {
  it('is the whole default charter for a widget that lists services', async () => {
    const result = await resolveCharter(document.createElement('div'), undefined, undefined);
    expect(result.ok && result.origin).to.equal('default');
    expect(result.ok && result.charter.services.length).to.equal(defaultCharter.services.length);
  });

  it('comes without its services for a widget that lists none, and with everything else', async () => {
    const result = await resolveCharter(document.createElement('div'), undefined, undefined, false);
    if (!result.ok) throw new Error('the default charter did not resolve');
    expect(result.charter.services).to.deep.equal([]);
    const { services: _all, ...rest } = defaultCharter;
    const { services: _none, ...without } = result.charter;
    expect(without).to.deep.equal(rest);
  });
});
