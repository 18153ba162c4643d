/**
 * The words for each problem the journey finds, GOV.UK style: say what to do
 * ("Enter your email address"), not what went wrong ("Invalid input").
 */
import { msg, str } from '@cx-kit/core/element';
import { formatNumber } from '@cx-kit/core/element';
import { isComplaint, type Answers, type FieldProblem } from './journey.js';
import { typeProblemMessage } from './steps/type.js';

export function problemMessage(problem: FieldProblem, answers: Answers, maxLength: number, locale: string, referenceExample: string): string {
  const limit = formatNumber(maxLength, locale);
  switch (problem.field) {
    case 'type':
      return typeProblemMessage();
    case 'relatedReference':
      return problem.code === 'missing'
        ? msg('Enter the reference of the complaint you want us to review')
        : msg(str`Enter the reference exactly as it appears on our email or letter, for example ${referenceExample}`);
    case 'wantedOutcome':
      return msg(str`What you want us to do must be ${limit} characters or fewer`);
    case 'reasonNotSatisfied':
      return problem.code === 'too-long'
        ? msg(str`Your reason must be ${limit} characters or fewer`)
        : msg('Enter why you are not satisfied with our response');
    case 'service':
      return msg('Select the service your feedback is about, or select ‘I do not know’');
    case 'details':
      if (problem.code === 'too-long') return msg(str`Your feedback must be ${limit} characters or fewer`);
      switch (answers.type) {
        case 'suggestion':
          return msg('Enter your suggestion');
        case 'compliment':
          return msg('Enter your compliment');
        case 'stage-2':
          return msg('Enter what your complaint was about');
        default:
          return msg('Enter what happened');
      }
    case 'name':
      return problem.code === 'too-long' ? msg('Your name must be 200 characters or fewer') : msg('Enter your name');
    case 'preference':
      return problem.code === 'reply-needed' || isComplaint(answers.type)
        ? msg('Select how we should reply to your complaint')
        : msg('Select how you would like us to contact you');
    case 'email':
      return problem.code === 'missing'
        ? msg('Enter your email address')
        : msg('Enter an email address in the correct format, like name@example.com');
    case 'phone':
      return problem.code === 'missing'
        ? msg('Enter your phone number')
        : msg('Enter a UK phone number, like 01632 960 001 or 07700 900 982');
    case 'address':
      return problem.code === 'missing'
        ? msg('Enter your address, including the postcode')
        : msg('Your address must be 500 characters or fewer');
    case 'consent':
      return msg('Select that you agree to us using your details to deal with your feedback');
  }
}
