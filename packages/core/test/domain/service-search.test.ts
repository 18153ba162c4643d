import { expect } from 'chai';
import {
  boundedEditDistance,
  buildServiceIndex,
  normaliseText,
  searchServices,
  searchServicesCounted,
  searchWords,
  stemWord,
  warmServiceIndex,
  type SearchableService,
} from '../../src/domain/service-search.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { localText } from '../../src/domain/local-text.js';

const index = buildServiceIndex(defaultCharter.services);
const ids = (query: string, limit = 5) => searchServices(index, query, limit).map((m) => m.service.id);
const top = (query: string) => ids(query, 1)[0];

describe('service search: text', () => {
  it('normalises case, accents, apostrophes and punctuation', () => {
    expect(normaliseText('  Café  CRÈCHE ')).to.equal('cafe creche');
    expect(normaliseText("Children's  social-care!")).to.equal('childrens social care');
    expect(normaliseText('Gwasanaethau’r Cyngor')).to.equal('gwasanaethaur cyngor');
    expect(normaliseText('Ŵyl Dŷ')).to.equal('wyl dy');
    expect(normaliseText('Śmieci, ZŁOM i Kosze')).to.equal('smieci zlom i kosze');
    // Urdu typed with an Arabic keyboard's yeh, kaf and heh, and with vowel marks, finds the Urdu spelling.
    expect(normaliseText('كوڑا')).to.equal(normaliseText('کوڑا'));
    expect(normaliseText('ڈسٹ بِن')).to.equal('ڈسٹ بن');
    expect(normaliseText('شكايت')).to.equal('شکایت');
  });

  it('stems plurals and common endings, and leaves short words alone', () => {
    expect(stemWord('potholes')).to.equal('pothole');
    expect(stemWord('libraries')).to.equal('library');
    expect(stemWord('boxes')).to.equal('box');
    expect(stemWord('bins')).to.equal('bin');
    expect(stemWord('bus')).to.equal('bus');
    expect(stemWord('grass')).to.equal('grass');
    expect(stemWord('collected')).to.equal(stemWord('collection'));
    expect(stemWord('flooding')).to.equal('flood');
    expect(stemWord('red')).to.equal('red');
  });

  it('drops stop words unless nothing else is left', () => {
    expect(searchWords('How do I pay my council tax?')).to.deep.equal(['pay', 'council', 'tax']);
    expect(searchWords('the')).to.deep.equal(['the']);
  });

  it('measures typos with a bound: swaps of neighbours count once', () => {
    expect(boundedEditDistance('pothole', 'pothole', 2)).to.equal(0);
    expect(boundedEditDistance('pothloe', 'pothole', 2)).to.equal(1);
    expect(boundedEditDistance('rubish', 'rubbish', 2)).to.equal(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).to.equal(3);
    expect(boundedEditDistance('kitten', 'sitting', 1)).to.equal(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).to.equal(3);
    expect(boundedEditDistance('', 'ab', 2)).to.equal(2);
    const long = 'x'.repeat(80);
    expect(boundedEditDistance(long, `${long}y`, 1)).to.equal(1);
  });
});

describe('service search: what residents type', () => {
  it('finds bins, potholes and council tax bills', () => {
    expect(top('bin')).to.equal('waste-collection');
    expect(top('bins')).to.equal('waste-collection');
    expect(top('pothole')).to.equal('roads-and-potholes');
    expect(top('council tax bill')).to.equal('council-tax-bill');
    expect(top('How do I pay my council tax?')).to.equal('pay-council-tax');
  });

  it('tolerates typos and swapped letters', () => {
    expect(top('potholw')).to.equal('roads-and-potholes');
    expect(top('pothloe')).to.equal('roads-and-potholes');
    expect(top('libary')).to.equal('libraries');
    expect(ids('councl tax')).to.include('council-tax-bill');
    expect(ids('rubish colection')).to.include('waste-collection');
  });

  it('matches the start of a word while the resident is still typing', () => {
    expect(top('poth')).to.equal('roads-and-potholes');
    expect(top('council ta')).to.equal('council-tax-bill');
    expect(ids('lib')).to.include('libraries');
  });

  it('reaches services through keywords and says which keyword matched', () => {
    const [match] = searchServices(index, 'tip', 1);
    expect(match.service.id).to.equal('household-waste-recycling-centres');
    expect(match.matchedName).to.equal(false);
    expect(match.keyword).to.equal('tip');
    const [byName] = searchServices(index, 'pothole', 1);
    expect(byName.matchedName).to.equal(true);
    expect(byName.keyword).to.equal(undefined);
  });

  it('reaches services through synonyms ("trash" is rubbish)', () => {
    expect(ids('trash')).to.include('waste-collection');
  });

  it('ranks a name match over a keyword match', () => {
    const services: SearchableService[] = [
      { id: 'by-keyword', name: 'Garden waste', keywords: ['green bin'] },
      { id: 'by-name', name: 'Bin collections', keywords: ['rubbish'] },
    ];
    const small = buildServiceIndex(services);
    expect(searchServices(small, 'bin').map((m) => m.service.id)).to.deep.equal(['by-name', 'by-keyword']);
  });

  it('needs every word of a short query, and all but one of a long one', () => {
    expect(ids('council tax bill', 20)).to.not.include('libraries');
    expect(ids('tax zebra')).to.deep.equal([]);
    expect(ids('my bin wasnt collected')).to.include('missed-bin');
  });

  it('finds nothing for nothing, and nothing for nonsense', () => {
    expect(ids('')).to.deep.equal([]);
    expect(ids('   ')).to.deep.equal([]);
    expect(ids('zzqxj')).to.deep.equal([]);
    expect(searchServices(index, 'bin', 0)).to.deep.equal([]);
  });

  it('counts every match while ranking only the best few, in the same order as a full ranking', () => {
    for (const query of ['b', 'council', 'bin', 'c t']) {
      const all = searchServices(index, query, Infinity);
      const { matches, total } = searchServicesCounted(index, query, 3);
      expect(total, query).to.equal(all.length);
      expect(matches.map((m) => m.service.id), query).to.deep.equal(all.slice(0, 3).map((m) => m.service.id));
    }
    expect(searchServicesCounted(index, 'bin', 0)).to.deep.include({ matches: [] });
    expect(searchServicesCounted(index, 'bin', 0).total).to.be.greaterThan(0);
  });

  it('keeps to the limit, and gives every match with Infinity', () => {
    expect(searchServices(index, 'b', 3)).to.have.length(3);
    expect(searchServices(index, 'b', Infinity).length).to.be.greaterThan(10);
  });

  it('searches every translation of a name', () => {
    const welsh = buildServiceIndex([{ id: 'bins', name: { en: 'Bin collections', cy: 'Casgliadau biniau' }, keywords: [] }]);
    expect(searchServices(welsh, 'casgliadau').map((m) => m.service.id)).to.deep.equal(['bins']);
  });

  it('takes the partner’s own synonyms, and can leave out the built-in ones', () => {
    const services = [{ id: 'skips', name: 'Skip permits', keywords: [] }];
    expect(searchServices(buildServiceIndex(services, { synonyms: [['skip', 'hopper']] }), 'hopper')).to.have.length(1);
    expect(searchServices(buildServiceIndex([{ id: 'bins', name: 'Bins', keywords: [] }], { builtInSynonyms: false }), 'rubbish')).to.have.length(0);
  });

  it('orders ties by name, so results do not jump about', () => {
    const services = ['Zeta bins', 'Alpha bins', 'Mid bins'].map((name, i) => ({ id: `s${i}`, name, keywords: [] }));
    expect(searchServices(buildServiceIndex(services), 'bins').map((m) => m.service.name)).to.deep.equal(['Alpha bins', 'Mid bins', 'Zeta bins']);
  });
});

describe('service search: 1,000 services', () => {
  const extra = ['north', 'south', 'rural', 'advice', 'grant', 'scheme', 'request', 'apply', 'review', 'team'];
  const many = Array.from({ length: 1000 }, (_, i) => {
    const base = defaultCharter.services[i % defaultCharter.services.length];
    return { ...base, id: `${base.id}-${i}`, name: `${localText(base.name, 'en')} ${extra[i % extra.length]} ${i}` };
  });
  const big = buildServiceIndex(many);

  it('still finds the right service among near-duplicates', () => {
    const results = searchServices(big, 'pothole', Infinity);
    expect(results.length).to.equal(many.filter((s) => s.id.startsWith('roads-and-potholes')).length);
    expect(results.every((m) => m.service.id.startsWith('roads-and-potholes'))).to.equal(true);
  });

  it('answers a typed query letter by letter with the same results as from scratch', () => {
    const typed = 'council tax bill';
    for (let i = 1; i <= typed.length; i++) searchServices(big, typed.slice(0, i));
    const fresh = buildServiceIndex(many);
    expect(searchServices(big, typed).map((m) => m.service.id)).to.deep.equal(searchServices(fresh, typed).map((m) => m.service.id));
  });

  it('warming the search runs it on the index’s own names, and leaves every result as from scratch', () => {
    const warmed = buildServiceIndex(many);
    const queries: string[] = [];
    const memo = warmed.memo;
    const set = memo.set.bind(memo);
    memo.set = (word, result) => (queries.push(word), set(word, result));
    warmServiceIndex(warmed);
    const first = normaliseText(many[0].name);
    expect(queries.slice(0, 3), 'typed a letter at a time, starting with the first name').to.deep.equal([1, 2, 3].map((n) => first.slice(0, n)));
    expect(new Set(queries.map((q) => q[0])).size, 'names spread through the list').to.be.greaterThan(3);
    expect(memo.size, 'nothing remembered').to.equal(0);
    const fresh = buildServiceIndex(many);
    for (const query of ['b', 'council tax', 'potholw', 'rubish colection', 'libary area 7']) {
      expect(searchServicesCounted(warmed, query, 10), query).to.deep.equal(searchServicesCounted(fresh, query, 10));
    }
  });
});
