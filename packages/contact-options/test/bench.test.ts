import { expect } from '@open-wc/testing';
import { runSearchBench } from './keystroke-bench.js';
import '../../kit/src/entries/cx-contact-options.js';

describe('search benchmark harness', () => {
  it('types every query letter by letter over 1,000 services and finds the right services', async () => {
    const result = await runSearchBench(document.body, { services: 1000, queries: ['pothole', 'council tax bill'] });
    expect(result.services).to.equal(1000);
    expect(result.keystrokes).to.equal('pothole'.length + 'council tax bill'.length);
    expect(result.topResults[0]).to.match(/^Roads, pavements and potholes/);
    expect(result.topResults[1]).to.match(/^Council Tax bills/);
    expect(result.keystrokeMedianMs).to.be.a('number');
    console.log(`[bench] ${JSON.stringify({ ...result, topResults: undefined })}`);
  });
});
