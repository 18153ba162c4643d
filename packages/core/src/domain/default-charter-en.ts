/**
 * The default charter's words in English. Each other language has a file
 * with the same keys in the same order: default-charter-cy.ts (Welsh),
 * default-charter-pl.ts (Polish), default-charter-ur.ts (Urdu). The services'
 * words are in default-charter-services.ts (English) and
 * default-charter-services-cy.ts, -pl.ts and -ur.ts. One file per language,
 * so a widget downloads English and its own language only.
 */
export const en = {
  // Contact channels (default-charter-core.ts). The charter's words for letters and emails, the two channels' promise:
  letterOrEmailPromise: 'We will acknowledge your contact and confirm how it will be dealt with. We will contact you within eight working days if we need further information from you.',
  onlineLabel: 'Online',
  onlinePromise: 'The fastest way for your enquiry to be dealt with is usually through our online services. We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.',
  phoneLabel: 'Phone',
  emailLabel: 'Email',
  letterLabel: 'Letter',
  faceToFaceLabel: 'Customer service points',
  faceToFacePromise: 'We will greet you on arrival and ensure that we direct you to the right person or service. If you have an appointment, we aim to keep to our appointment times. If there is any delay, we will let you know as soon as possible, inform you of the reason, and provide the estimated time you will be seen.',
  emergencyLabel: 'Emergencies out of hours',
  emergencyPromise: 'There will always be someone available to help in an emergency. Our emergency control centre is available outside of normal working hours.',
  emergencyNotes: 'For emergencies only, such as a child or adult at risk, a dangerous building, flooding or a danger on the road. If someone is in immediate danger, call 999.',
  // The reference hint
  referenceHint: 'Your reference is on the email or letter we sent you. It starts with CEC- followed by 8 numbers, for example CEC-1357-2468. Older references have 6 numbers.',
  // Feedback: social care
  socialCareNote: "There are different procedures and timescales if your complaint relates to adults or children's social care.",
  adultSocialCare: 'Complaints about adult social care follow a separate statutory procedure. Tell us about it through the adult social care complaints page, so it is handled under the right rules and timescales.',
  childrensSocialCare: "Complaints about children's social care follow a separate statutory procedure. Tell us about it through the children's social care complaints page, so it is handled under the right rules and timescales.",
  // Privacy and other formats
  privacy: 'Read how we use and protect the personal information you give us.',
  otherFormats: 'You can ask for this information in another format or language.',
  largePrint: 'large print',
  easyRead: 'Easy Read',
  britishSignLanguage: 'British Sign Language',
  braille: 'braille',
  audio: 'audio',
  otherLanguages: 'other languages',
  // Timescales (default-charter-timescales.ts): sentences several share
  // When a complaint timescale cannot be met; the same for information requests:
  complaintIfMissed: 'If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe for your individual case.',
  informationIfMissed: 'If this is not possible, we will contact you to explain why and give you a timeframe for our reply.',
  workingDaysNote: 'Working days are Monday to Friday, not counting bank holidays or days the council is closed.',
  contactFeedbackTeam: 'Contact the customer feedback team, quoting your reference.',
  // Asking for a review: ended by the language's full stop, with "(stage 2)" before it where the charter says so
  askForReview: 'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer',
  stage2: 'stage 2',
  fullStop: '.',
  contactInformationRights: 'Contact the information rights team, quoting your reference.',
  specialistAdvice: 'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.',
  // Complaints
  acknowledgeTitle: 'Acknowledge your suggestion, compliment or complaint',
  acknowledgeDescription: 'We will acknowledge your suggestion, compliment, or complaint within three working days of recording it.',
  acknowledgeOverdue: 'Contact the customer feedback team, quoting your reference, so we can check we have your feedback.',
  stage1Title: 'Respond to your complaint (stage 1)',
  stage1Description: 'We will provide a full response within 10 working days. This is known as stage 1.',
  stage2Title: 'Review your complaint (stage 2)',
  stage2Response: 'At stage 2, we will provide a full response within 20 working days.',
  stage2Ombudsman: 'If you are still unhappy after stage 2, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.',
  // Information requests
  foiTitle: 'Respond to a Freedom of Information request',
  foiDescription: 'We will provide a response to your Freedom of Information request within 20 working days.',
  foiWorkingDays: 'The Freedom of Information Act 2000 (section 10) counts working days without any bank holiday in any part of the UK.',
  foiCharges: 'In most cases making an FOI request is free, but more complex requests may incur a charge. Our team will let you know if this applies to your case.',
  foiInternalReview: 'You can ask us for an internal review of how we handled your request.',
  foiIco: "If you are still unhappy after the internal review, you can complain to the Information Commissioner's Office (ICO).",
  sarTitle: 'Respond to a Subject Access Request',
  sarDescription: 'Once we have verified your identity, we will provide a response within one month.',
  sarMonth: 'The month starts once we have verified your identity (UK GDPR, article 12). Where the next month has no such date, it ends on the last day of that month; where it ends on a day we are closed, it moves to the next working day.',
  sarExtension: 'For complex or numerous requests we can extend this by up to two further months. If so, we will tell you within the first month and explain why.',
  sarIco: "If you are unhappy with how we handled your request, you can complain to the Information Commissioner's Office (ICO).",
  // Letters and emails
  letterTitle: 'Acknowledge your letter or email, confirm how it will be dealt with, and contact you if we need further information from you',
  letterDescription: 'We will acknowledge your contact and confirm how it will be dealt with, and contact you within eight working days if we need further information from you.',
  letterFullResponse: 'We will issue you with a full response to your enquiry at this point or provide you with details of who is dealing with the matter and how long they will need to respond.',
  letterApplications: 'If your letter or email is to apply for a council service or report an issue, our acknowledgment will let you know what happens next and by when.',
  letterOverdue: 'Call us or reply to our acknowledgement, quoting your reference.',
  // Calls: the aim, then what happens when it cannot be met (the phone channel's promise is both)
  callAim: 'We aim to answer your call within two minutes.',
  callAtBusyTimes: 'This may not be possible for our more complex services or at busy times, but we will let you know where you are in the queue or offer you an alternative way of contacting us.',
  callTitle: 'Answer your call',
  callOverdue: 'If you have been waiting a long time, you can use our online services or email us instead.',
};

/** The default charter's words in one language: every key of the English, translated. */
export type CharterWords = { readonly [key in keyof typeof en]: string };
