import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkFeedbackSubmission } from '@cx-kit/core';
import {
  emptyAnswers,
  STEP_OF,
  firstIncompleteStep,
  isAnswers,
  nextStep,
  previousStep,
  problemsWith,
  reachableStep,
  stepsFor,
  validateStep,
  type Answers,
  type JourneyContext,
} from '../src/journey.js';
import { fieldForPath, toSubmission } from '../src/submission-body.js';
import { CHECKS } from '../src/validators.js';

const context: JourneyContext = {
  maxLength: 100,
  referencePattern: '^CEC-\\d{6}$',
  socialCareOf: (id) => (id === 'adult-social-care' ? 'adults' : id === 'childrens-services' ? 'children' : undefined),
  locale: 'en-GB',
  checks: CHECKS,
};

const complaint = (over: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(),
  type: 'complaint',
  service: 'bins',
  details: 'The bin was not emptied on Monday.',
  name: 'Sam Resident',
  preference: 'email',
  email: 'sam@example.org',
  consent: true,
  ...over,
});

const codes = (step: Parameters<typeof validateStep>[0], answers: Answers) =>
  validateStep(step, answers, context).map((p) => `${p.field}:${p.code}`);

const client = { startedAt: '2026-11-23T10:00:00.000Z', submittedAt: '2026-11-23T10:05:00.000Z' };

describe('journey: steps', () => {
  it('asks five questions, then checks and confirms', () => {
    expect(stepsFor(complaint(), context)).to.deep.equal(['type', 'service', 'details', 'about', 'check', 'confirmation']);
  });

  it('adds the review question for stage 2', () => {
    expect(stepsFor(complaint({ type: 'stage-2' }), context)).to.include('review');
    expect(nextStep('type', complaint({ type: 'stage-2' }), context)).to.equal('review');
    expect(previousStep('service', complaint({ type: 'stage-2' }), context)).to.equal('review');
  });

  it('adds the social care notice before the feedback, for complaints only', () => {
    const social = complaint({ service: 'adult-social-care' });
    expect(nextStep('service', social, context)).to.equal('social-care');
    expect(nextStep('social-care', social, context)).to.equal('details');
    expect(stepsFor({ ...social, type: 'compliment' }, context)).to.not.include('social-care');
    expect(stepsFor({ ...social, serviceUnknown: true }, context)).to.not.include('social-care');
  });

  it('goes back step by step, and not before the first or after sending', () => {
    expect(previousStep('details', complaint(), context)).to.equal('service');
    expect(previousStep('type', complaint(), context)).to.equal(undefined);
    expect(previousStep('confirmation', complaint(), context)).to.equal(undefined);
  });

  it('returns to check your answers after a change, unless the change needs another step', () => {
    expect(nextStep('details', complaint(), context, true)).to.equal('check');
    expect(nextStep('type', complaint({ type: 'stage-2' }), context, true)).to.equal('review');
    expect(nextStep('service', complaint({ service: 'adult-social-care' }), context, true)).to.equal('social-care');
    expect(nextStep('social-care', complaint({ service: 'adult-social-care' }), context, true)).to.equal('check');
    expect(nextStep('type', complaint({ type: 'suggestion', preference: '' }), context, true)).to.equal('about');
  });

  it('restores only a step that still applies', () => {
    expect(reachableStep('about', complaint(), context)).to.equal('about');
    expect(reachableStep('review', complaint(), context)).to.equal('type');
    expect(reachableStep('confirmation', complaint(), context)).to.equal('type');
    expect(reachableStep('nonsense', complaint(), context)).to.equal('type');
  });
});

describe('journey: what each step needs', () => {
  it('needs a choice of what to do', () => {
    expect(codes('type', emptyAnswers())).to.deep.equal(['type:missing']);
    expect(codes('type', complaint())).to.deep.equal([]);
  });

  it('needs a stage 1 reference in the charter’s format and a reason, for stage 2', () => {
    const stage2 = complaint({ type: 'stage-2' });
    expect(codes('review', stage2)).to.deep.equal(['relatedReference:missing', 'reasonNotSatisfied:missing']);
    expect(codes('review', { ...stage2, relatedReference: 'ABC', reasonNotSatisfied: 'x'.repeat(101) })).to.deep.equal([
      'relatedReference:format',
      'reasonNotSatisfied:too-long',
    ]);
    expect(codes('review', { ...stage2, relatedReference: ' CEC-123456 ', reasonNotSatisfied: 'No reply' })).to.deep.equal([]);
  });

  it('needs a service, or “I do not know”', () => {
    expect(codes('service', complaint({ service: '' }))).to.deep.equal(['service:missing']);
    expect(codes('service', complaint({ service: '', serviceUnknown: true }))).to.deep.equal([]);
  });

  it('needs feedback within the charter’s limit', () => {
    expect(codes('details', complaint({ details: '   ' }))).to.deep.equal(['details:missing']);
    expect(codes('details', complaint({ details: 'x'.repeat(101) }))).to.deep.equal(['details:too-long']);
    expect(codes('details', complaint({ details: 'x'.repeat(100) }))).to.deep.equal([]);
  });

  it('needs a name and a way to reply for a complaint', () => {
    expect(codes('about', complaint({ name: '', preference: '' }))).to.deep.equal(['name:missing', 'preference:missing']);
    expect(codes('about', complaint({ preference: 'none' }))).to.deep.equal(['preference:reply-needed']);
  });

  it('lets a suggestion or compliment be anonymous', () => {
    expect(codes('about', complaint({ type: 'suggestion', name: '', preference: 'none', email: '', consent: false }))).to.deep.equal([]);
    expect(codes('about', complaint({ type: 'compliment', name: '', preference: '' }))).to.deep.equal(['preference:missing']);
  });

  it('needs the detail that goes with the chosen way to reply, in the right format', () => {
    expect(codes('about', complaint({ email: '' }))).to.deep.equal(['email:missing']);
    expect(codes('about', complaint({ email: 'sam@' }))).to.deep.equal(['email:format']);
    expect(codes('about', complaint({ preference: 'phone', phone: '' }))).to.deep.equal(['phone:missing']);
    expect(codes('about', complaint({ preference: 'phone', phone: 'call me' }))).to.deep.equal(['phone:format']);
    expect(codes('about', complaint({ preference: 'phone', phone: '01632 960 001' }))).to.deep.equal([]);
    expect(codes('about', complaint({ preference: 'post', address: '' }))).to.deep.equal(['address:missing']);
  });

  it('ignores a detail typed for a way the resident then did not choose', () => {
    expect(codes('about', complaint({ preference: 'phone', phone: '01632 960 001', email: 'not an address' }))).to.deep.equal([]);
  });

  it('needs consent to use the details given', () => {
    expect(codes('about', complaint({ consent: false }))).to.deep.equal(['consent:missing']);
  });

  it('finds the first step with a problem, for check your answers', () => {
    expect(firstIncompleteStep(complaint(), context)).to.equal(undefined);
    expect(firstIncompleteStep(complaint({ details: '', consent: false }), context)).to.equal('details');
    expect(firstIncompleteStep(complaint({ type: 'stage-2' }), context)).to.equal('review');
  });
});

describe('journey: the submission', () => {
  it('meets the core contract, with only the chosen contact detail and trimmed text', () => {
    const submission = toSubmission(complaint({ phone: '01632 960 001', details: '  Bins  ' }), context, client);
    expect(checkFeedbackSubmission(submission, { maxLength: 100, referencePattern: context.referencePattern }).ok).to.equal(true);
    expect(submission).to.deep.equal({
      type: 'complaint',
      service: 'bins',
      details: 'Bins',
      contact: { name: 'Sam Resident', preference: 'email', email: 'sam@example.org' },
      consent: true,
      locale: 'en-GB',
      client: { ...client, honeypot: '' },
    });
  });

  it('sends null for “I do not know”, the stage 2 fields, the social care flag and the honeypot', () => {
    const submission = toSubmission(
      complaint({ type: 'stage-2', service: 'childrens-services', relatedReference: 'CEC-123456', reasonNotSatisfied: 'No', website: 'spam' }),
      context,
      client,
    );
    expect(submission).to.include({ relatedReference: 'CEC-123456', reasonNotSatisfied: 'No', socialCare: 'children' });
    expect(submission.client.honeypot).to.equal('spam');
    expect(toSubmission(complaint({ serviceUnknown: true }), context, client).service).to.equal(null);
  });

  it('maps contract and server paths to fields', () => {
    expect(fieldForPath('contact.email')).to.equal('email');
    expect(fieldForPath('relatedReference')).to.equal('relatedReference');
    expect(fieldForPath('client.startedAt')).to.equal(undefined);
  });

  it('trusts stored answers only in the right shape', () => {
    expect(isAnswers(complaint())).to.equal(true);
    expect(isAnswers({ ...complaint(), type: 'rant' })).to.equal(false);
    expect(isAnswers({ ...complaint(), consent: 'yes' })).to.equal(false);
    const { email: _email, ...missing } = complaint();
    expect(isAnswers(missing)).to.equal(false);
    expect(isAnswers(null)).to.equal(false);
  });
});

describe('journey: the form’s checks agree with the contract the server runs', () => {
  const pick = <T>(...values: T[]) => fc.constantFrom(...values);
  const answers = fc.record<Answers>({
    type: pick('', 'suggestion', 'compliment', 'complaint', 'stage-2'),
    relatedReference: pick('', '  ', 'CEC-123456', ' CEC-123456 ', 'ABC', `CEC-${'1'.repeat(70)}`),
    reasonNotSatisfied: pick('', ' ', 'No reply', 'x'.repeat(101), ` ${'x'.repeat(100)} `),
    wantedOutcome: pick('', ' ', 'Look at it again', 'x'.repeat(101)),
    reviewVerifier: pick('', 'sam@example.org', 'CW1 2AB'),
    service: pick('', 'bins', 'adult-social-care'),
    serviceUnknown: fc.boolean(),
    details: pick('', '   ', 'Bins', 'x'.repeat(100), 'x'.repeat(101)),
    name: pick('', ' ', 'Sam', 'x'.repeat(201)),
    preference: pick('', 'email', 'phone', 'post', 'none'),
    email: pick('', ' ', 'sam@', 'sam@example.org', ' sam@example.org '),
    phone: pick('', 'call me', '01632 960 001', '+44 1632 960001'),
    address: pick('', '1 High Street, Crewe CW1 2AB', 'x'.repeat(501)),
    consent: fc.boolean(),
    website: pick('', 'spam'),
  });

  it('finds the same fields wrong as checkFeedbackSubmission, for any answers', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const contract = checkFeedbackSubmission(toSubmission(a, context, client), {
          maxLength: context.maxLength,
          referencePattern: context.referencePattern,
        });
        const steps = stepsFor(a, context);
        const expected = new Set(contract.ok ? [] : contract.problems.map((p) => fieldForPath(p.path)).filter((f) => f !== undefined));
        if (!a.service && !a.serviceUnknown) expected.add('service');
        if (a.type === '') expected.add('type');
        const mine = problemsWith(a, context).map((p) => p.field);
        expect(new Set(mine)).to.deep.equal(new Set([...expected].filter((f) => steps.includes(STEP_OF[f!]))));
      }),
      { numRuns: 500 },
    );
  });
});
