import { expect } from 'chai';
import {
  apiErrorFromProblems,
  checkFeedbackSubmission,
  ContractError,
  isOpen311Closed,
  OPEN311_STATUSES,
  parseApiError,
  parseFeedbackReceipt,
  parseFeedbackSubmission,
  parseOpen311Errors,
  parseOpen311Requests,
  parseTrackerLookup,
  parseTrackerStatus,
  parseWaitTimes,
  type FeedbackSubmission,
} from '../../src/domain/contracts.js';
import type { Problem } from '../../src/domain/problems.js';

/** The problems `parse` throws for `input` (failing the test if it accepted it). */
function problemsOf(parse: (input: unknown) => unknown, input: unknown): Problem[] {
  try {
    parse(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return (error as ContractError).problems;
  }
  throw new Error('expected the body to be rejected');
}

const byPath = (problems: Problem[]) => Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));

function complaint(): FeedbackSubmission {
  return {
    type: 'complaint',
    service: 'missed-bin',
    details: 'My bin has been missed three weeks running.',
    contact: { name: 'Sam Resident', preference: 'email', email: 'sam@example.org' },
    consent: true,
    locale: 'en-GB',
    client: { startedAt: '2026-03-02T10:15:00Z', submittedAt: '2026-03-02T10:19:30.120+00:00' },
  };
}

describe('FeedbackSubmission', () => {
  it('accepts a complaint, an anonymous suggestion and a stage 2 request', () => {
    expect(parseFeedbackSubmission(complaint())).to.deep.equal(complaint());
    const suggestion = { ...complaint(), type: 'suggestion', service: null, contact: { preference: 'none' }, consent: false };
    expect(parseFeedbackSubmission(suggestion).service).to.equal(null);
    const stage2 = {
      ...complaint(),
      type: 'stage-2',
      relatedReference: 'CEC-123456',
      reasonNotSatisfied: 'The response did not address the missed collections.',
      contact: { name: 'Sam Resident', preference: 'phone', phone: '+44 (0)1632 960 001', email: '' },
    };
    expect(parseFeedbackSubmission(stage2, { maxLength: 2000, referencePattern: '^CEC-\\d{6}$' }).type).to.equal('stage-2');
  });

  describe('a stage 2 review of a known complaint (one reference through both stages)', () => {
    const review = () => ({
      type: 'stage-2',
      service: null,
      review: { reference: 'CEC-513074', verifier: 'sam@example.org' },
      reasonNotSatisfied: 'You said the bin would be collected, and it was not.',
      wantedOutcome: 'Collect it, and tell me why it keeps happening.',
      contact: { name: 'Sam Resident', preference: 'email', email: 'sam@example.org' },
      consent: true,
      locale: 'en-GB',
      client: { startedAt: '2026-03-02T10:15:00Z', submittedAt: '2026-03-02T10:19:30Z' },
    });

    it('needs neither the service nor the original details again', () => {
      const parsed = parseFeedbackSubmission(review(), { referencePattern: '^CEC-\\d{6}$' });
      expect(parsed.review).to.deep.equal({ reference: 'CEC-513074', verifier: 'sam@example.org' });
      expect(parsed.details).to.equal('');
      expect(parsed.wantedOutcome).to.equal('Collect it, and tell me why it keeps happening.');
      expect(parseFeedbackSubmission({ ...review(), review: { reference: 'CEC-513074', verifier: 'cw1 2ab' } }).review!.verifier).to.equal('cw1 2ab');
    });

    it('still needs why the resident is not satisfied, and a verifier that is an email address or postcode', () => {
      const problems = byPath(problemsOf(parseFeedbackSubmission, { ...review(), reasonNotSatisfied: ' ', review: { reference: ' ', verifier: 'Crewe' } }));
      expect(problems).to.deep.equal({
        reasonNotSatisfied: 'Tell us why you are not satisfied with our response',
        'review.reference': 'Enter your reference',
        'review.verifier': 'Enter the email address or postcode you gave us, like name@example.com or CW1 2AB',
      });
    });

    it('refuses a review on anything but a stage 2 request, and a different relatedReference', () => {
      expect(byPath(problemsOf(parseFeedbackSubmission, { ...complaint(), review: review().review }))).to.deep.equal({
        review: 'only a request to review a complaint (type "stage-2") names a complaint to review',
      });
      expect(byPath(problemsOf(parseFeedbackSubmission, { ...review(), relatedReference: 'CEC-000001' }))).to.deep.equal({
        relatedReference: 'must be the same as review.reference',
      });
      expect(parseFeedbackSubmission({ ...review(), relatedReference: 'CEC-513074' }).relatedReference).to.equal('CEC-513074');
    });

    it('the receipt says which stage its dates are for, under the same reference', () => {
      const receipt = { reference: 'CEC-513074', receivedAt: '2026-03-20T09:00:00Z', acknowledgeBy: '2026-03-25', respondBy: '2026-04-20', stage: 2 };
      expect(parseFeedbackReceipt(receipt)).to.deep.equal(receipt);
      expect(byPath(problemsOf(parseFeedbackReceipt, { ...receipt, stage: 3 })).stage).to.equal('must be one of 1, 2, not 3');
    });
  });

  it('drops fields the contract does not know', () => {
    expect(parseFeedbackSubmission({ ...complaint(), isAdmin: true })).not.to.have.property('isAdmin');
  });

  it('reports every field at once, with resident-friendly messages', () => {
    const bad = {
      type: 'stage-2',
      service: 'Missed bins',
      details: '   ',
      contact: { preference: 'none', email: 'sam@', phone: '12345' },
      consent: false,
      locale: 'English',
      client: { startedAt: '2026-03-02T10:15:00Z', submittedAt: '2026-03-02T10:00:00Z' },
    };
    const problems = byPath(problemsOf(parseFeedbackSubmission, bad));
    expect(problems).to.deep.include({
      details: 'Enter your feedback',
      relatedReference: 'Enter the reference of the complaint you want us to review',
      reasonNotSatisfied: 'Tell us why you are not satisfied with our response',
      'contact.preference': 'Choose how you would like us to reply to your complaint',
      'contact.email': 'Enter an email address in the correct format, like name@example.com',
      'contact.phone': 'Enter a UK phone number, like 01632 960 001 or +44 1632 960 001',
      'contact.name': 'Enter your name',
      consent: 'Confirm that we can use your contact details to reply to you',
      'client.submittedAt': 'must not be before client.startedAt',
    });
    expect(problems.service).to.contain('not a valid id');
    expect(problems.locale).to.contain('not a language tag');
  });

  it('asks for the detail that matches the chosen way of replying', () => {
    const asks = (contact: object) => byPath(problemsOf(parseFeedbackSubmission, { ...complaint(), contact }));
    expect(asks({ name: 'Sam', preference: 'email' })['contact.email']).to.equal('Enter your email address');
    expect(asks({ name: 'Sam', preference: 'phone', phone: '  ' })['contact.phone']).to.equal('Enter your phone number');
    expect(asks({ name: 'Sam', preference: 'post' })['contact.address']).to.equal('Enter your postal address');
    expect(asks({ preference: 'carrier pigeon' })['contact.preference']).to.equal('Choose how you would like us to contact you');
  });

  it('needs a name for a reply by post even for a suggestion', () => {
    const suggestion = { ...complaint(), type: 'suggestion', contact: { preference: 'post', address: '1 Example Street' } };
    expect(byPath(problemsOf(parseFeedbackSubmission, suggestion))['contact.name']).to.equal('Enter your name');
  });

  it('limits the details to the charter\'s maxLength, and the reference to its pattern', () => {
    const long = { ...complaint(), details: 'x'.repeat(2001) };
    expect(checkFeedbackSubmission(long).ok).to.equal(true);
    const result = checkFeedbackSubmission(long, { maxLength: 2000 });
    expect(result.ok ? [] : result.problems).to.deep.equal([{ path: 'details', message: 'Your feedback must be 2000 characters or fewer' }]);
    const wrongReference = { ...complaint(), relatedReference: 'ABC-1' };
    expect(byPath(problemsOf((input) => parseFeedbackSubmission(input, { referencePattern: '^CEC-\\d{6}$' }), wrongReference))).to.deep.equal({
      relatedReference: 'Enter the reference exactly as it appears on our email or letter',
    });
  });

  it('rejects a body that is not an object', () => {
    expect(problemsOf(parseFeedbackSubmission, 'complaint')).to.deep.equal([{ path: '(root)', message: 'should be an object { … }, not "complaint"' }]);
  });

  it('names the contract in the error message', () => {
    expect(() => parseFeedbackSubmission({ ...complaint(), consent: 'yes' })).to.throw(
      ContractError,
      /^The feedback submission has a problem:\n- consent: should be true or false, not "yes"$/,
    );
  });
});

describe('FeedbackReceipt and the API error body', () => {
  const receipt = { reference: 'CEC-123456', receivedAt: '2026-03-02T10:19:31Z', acknowledgeBy: '2026-03-05', respondBy: '2026-03-16', trackUrl: '/track?ref=CEC-123456' };

  it('accepts a receipt and rejects one with impossible dates or a script link', () => {
    expect(parseFeedbackReceipt(receipt)).to.deep.equal(receipt);
    const problems = byPath(problemsOf(parseFeedbackReceipt, { ...receipt, respondBy: '2026-03-04', trackUrl: 'javascript:alert(1)' }));
    expect(problems.respondBy).to.equal('must not be before acknowledgeBy');
    expect(problems.trackUrl).to.contain('"javascript:" links are never followed');
    expect(byPath(problemsOf(parseFeedbackReceipt, { ...receipt, acknowledgeBy: '2026-02-30' })).acknowledgeBy).to.contain('not a real date');
    expect(byPath(problemsOf(parseFeedbackReceipt, { ...receipt, receivedAt: '2026-03-02 10:19' })).receivedAt).to.contain('ISO 8601');
  });

  it('accepts an error body with field messages, and builds one from problems', () => {
    const body = apiErrorFromProblems([
      { path: 'contact.email', message: 'Enter your email address' },
      { path: 'contact.email', message: 'a second message is not shown' },
      { path: 'details', message: 'Enter your feedback' },
    ]);
    expect(parseApiError(body)).to.deep.equal({
      error: {
        code: 'invalid',
        message: 'Check the highlighted fields and try again.',
        fields: { 'contact.email': 'Enter your email address', details: 'Enter your feedback' },
      },
    });
    expect(byPath(problemsOf(parseApiError, { error: { code: '', fields: { x: 1 } } }))).to.deep.equal({
      'error.code': 'must not be empty',
      'error.message': 'is required',
      'error.fields.x': 'should be text, not 1',
    });
  });
});

describe('Tracker lookup and status', () => {
  it('accepts a reference with an email address or a postcode', () => {
    expect(parseTrackerLookup({ reference: 'CEC-123456', verifier: 'sam@example.org' }).verifier).to.equal('sam@example.org');
    expect(parseTrackerLookup({ reference: 'CEC-123456', verifier: 'cw1 2ab' }).verifier).to.equal('cw1 2ab');
    expect(byPath(problemsOf(parseTrackerLookup, { reference: ' ', verifier: 'Crewe' }))).to.deep.equal({
      reference: 'Enter your reference',
      verifier: 'Enter the email address or postcode you gave us, like name@example.com or CW1 2AB',
    });
  });

  const status = {
    reference: 'CEC-123456',
    service: { id: 'missed-bin', name: 'Report a missed bin' },
    status: 'in-progress',
    stage: 1,
    receivedAt: '2026-03-02T10:19:31Z',
    events: [
      { at: '2026-03-02T10:19:31Z', status: 'received', text: 'We received your complaint.' },
      { at: '2026-03-03T09:00:00+00:00', status: 'acknowledged', text: 'We acknowledged it.' },
    ],
    dueDates: { acknowledgeBy: '2026-03-05', respondBy: '2026-03-16' },
    expectedBy: '2026-03-16',
    team: { name: 'Customer feedback team', phone: '01632 960000', email: 'feedback@example.org' },
    overdue: false,
  };

  it('accepts a full status and a minimal one', () => {
    expect(parseTrackerStatus(status)).to.deep.equal(status);
    const minimal = { reference: 'CEC-1', service: { name: 'Bins' }, status: 'received', stage: null, receivedAt: '2026-03-02', events: [] };
    expect(parseTrackerStatus(minimal)).to.deep.equal(minimal);
  });

  it('shows a complaint’s two stages under one reference, each with its dates', () => {
    const both = {
      ...status,
      status: 'in-progress',
      stage: 2,
      stages: [
        { stage: 1, receivedAt: '2026-03-02T10:19:31Z', acknowledgeBy: '2026-03-05', respondBy: '2026-03-16', answeredAt: '2026-03-13' },
        { stage: 2, receivedAt: '2026-03-20T09:00:00Z', acknowledgeBy: '2026-03-25', respondBy: '2026-04-20' },
      ],
      events: [...status.events, { at: '2026-03-20T09:00:00Z', status: 'escalated', text: 'You asked for a review.', stage: 2 }],
      dueDates: { acknowledgeBy: '2026-03-25', respondBy: '2026-04-20' },
    };
    expect(parseTrackerStatus(both)).to.deep.equal(both);
    const stage2First = { ...both, stages: [both.stages[1], both.stages[0]] };
    expect(byPath(problemsOf(parseTrackerStatus, stage2First))).to.deep.include({ stages: 'must list stage 1, then stage 2, each once and in order' });
    expect(byPath(problemsOf(parseTrackerStatus, { ...both, stage: 1 }))).to.deep.equal({ stage: 'must be the last of the stages listed' });
  });

  it('reports each wrong field with its path', () => {
    const problems = byPath(
      problemsOf(parseTrackerStatus, {
        ...status,
        status: 'lost',
        stage: 3,
        receivedAt: 'yesterday',
        events: [{ at: '2026-03-02', status: 'received' }],
      }),
    );
    expect(Object.keys(problems)).to.have.members(['status', 'stage', 'receivedAt', 'events[0].at', 'events[0].text']);
    expect(problems.stage).to.equal('must be one of 1, 2, not 3');
    expect(problems.status).to.contain('"in-progress"');
  });
});

describe('Open311 GeoReport v2', () => {
  const request = {
    service_request_id: '638344',
    status: 'open',
    status_notes: null,
    service_name: 'Pothole',
    service_code: '006',
    description: 'Large pothole outside number 4',
    agency_responsible: 'Cheshire East Highways',
    service_notice: null,
    requested_datetime: '2026-03-02T10:19:31-00:00',
    updated_datetime: '2026-03-03T09:00:00+01:00',
    expected_datetime: null,
    address: '4 Example Street',
    address_id: 545483,
    zipcode: 'XX1 1XX',
    lat: 53.09,
    long: '-2.44',
    media_url: 'https://www.example.org/photo.jpg',
  };

  it('accepts a real-looking array, with omitted fields, numeric ids and extension fields', () => {
    expect(parseOpen311Requests([request])).to.deep.equal([request]);
    const sparse = [{ service_request_id: 42, status: 'action_scheduled', extended_attributes: { x: 1 }, requested_datetime: '' }];
    expect(parseOpen311Requests(sparse)).to.deep.equal(sparse);
    expect(parseOpen311Requests([])).to.deep.equal([]);
  });

  it('accepts every extended status and says which are finished', () => {
    for (const state of OPEN311_STATUSES) expect(parseOpen311Requests([{ service_request_id: '1', status: state }])[0].status).to.equal(state);
    expect(isOpen311Closed('fixed')).to.equal(true);
    expect(isOpen311Closed('not_councils_responsibility')).to.equal(true);
    expect(isOpen311Closed('in_progress')).to.equal(false);
    expect(isOpen311Closed('open')).to.equal(false);
  });

  it('rejects a single object (the API answers with an array), and bad fields by index', () => {
    expect(problemsOf(parseOpen311Requests, request)[0]).to.deep.equal({ path: '(root)', message: 'should be a list [ … ], not an object' });
    const problems = byPath(
      problemsOf(parseOpen311Requests, [request, { ...request, status: 'Open', media_url: 'javascript:alert(1)', lat: 'north', updated_datetime: '3 March' }]),
    );
    expect(Object.keys(problems)).to.have.members(['[1].status', '[1].media_url', '[1].lat', '[1].updated_datetime']);
    expect(problems['[1].media_url']).to.contain('not an http(s) address');
    expect(problems['[1].lat']).to.equal('should be a number (a latitude or longitude)');
  });

  it('reads the error array', () => {
    const errors = [{ code: 404, description: 'Service request not found' }];
    expect(parseOpen311Errors(errors)).to.deep.equal(errors);
    expect(problemsOf(parseOpen311Errors, [])[0].message).to.equal('needs at least one entry');
  });
});

describe('WaitTimes', () => {
  it('accepts wait times and rejects negative minutes or a fractional queue position', () => {
    const body = { updatedAt: '2026-03-02T10:19:31Z', channels: [{ channel: 'phone', minutes: 3.5, queuePosition: 4 }, { channel: 'webchat', minutes: 0 }] };
    expect(parseWaitTimes(body)).to.deep.equal(body);
    const problems = byPath(problemsOf(parseWaitTimes, { ...body, channels: [{ channel: 'phone', minutes: -1, queuePosition: 1.5 }] }));
    expect(problems).to.deep.equal({
      'channels[0].minutes': 'must be at least 0, not -1',
      'channels[0].queuePosition': 'should be a whole number, not 1.5',
    });
  });
});
