import { expect } from '@open-wc/testing';
import { defaultCharter, localText } from '../../src/index.js';
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
    expect(result.charter.timescales.map((t) => t.id)).to.deep.equal(defaultCharter.timescales.map((t) => t.id));
    expect(result.charter.channels.map((c) => localText(c.label, 'en'))).to.deep.equal(defaultCharter.channels.map((c) => localText(c.label, 'en')));
  });

  it('comes in English and the host’s language only, one charter shared by widgets in that language', async () => {
    const host = document.createElement('div');
    host.lang = 'cy-GB';
    const [first, second] = await Promise.all([resolveCharter(host, undefined, undefined), resolveCharter(host, undefined, undefined, true, 'cy')]);
    if (!first.ok || !second.ok) throw new Error('the default charter did not resolve');
    expect(first.charter).to.equal(second.charter);
    const bins = first.charter.services.find((s) => s.id === 'waste-collection')!;
    expect(bins.name).to.deep.equal({ en: 'Bin collections', cy: 'Casgliadau biniau' });
    expect(first.charter.channels[0].label).to.deep.equal({ en: 'Online', cy: 'Ar-lein' });
  });
});
