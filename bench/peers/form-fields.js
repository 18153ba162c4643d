// The feedback form every peer builds, so they are measured on the same thing:
// what the resident wants to do (four radios), their feedback (a textarea with
// a limit), their name, their email address, and a submit button.
export const feedbackChoices = [
  ['suggestion', 'Make a suggestion'],
  ['compliment', 'Pay a compliment'],
  ['complaint', 'Make a complaint'],
  ['stage-2', 'Ask for a review of a complaint we have already answered'],
];

export const labels = {
  type: 'What do you want to do?',
  details: 'Your feedback',
  detailsHint: 'Do not include personal information such as bank details.',
  name: 'Full name',
  email: 'Email address',
  emailHint: 'We will only use this to reply to you.',
  submit: 'Send feedback',
};

export const maxLength = 3000;
