// What a resident is told when their feedback moves on, in their language:
// the reference, what happened, what happens next and by when, and where to
// track it. A small table of the server's own (English, Welsh, Polish, Urdu),
// in the words the kit's widgets use; an unknown language gets English.

import { dateInWords } from './words.js';

const DATE_LOCALES = { en: 'en-GB', cy: 'cy-GB', pl: 'pl-PL', ur: 'ur-PK' };

/** A calendar date `YYYY-MM-DD` in words in `lang` ("Monday 7 December 2026"). */
function dateIn(lang, iso) {
  if (lang === 'en') return dateInWords(iso); // GOV.UK style, no comma
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The statuses a resident hears about. */
export const NOTIFIED_STATUSES = ['acknowledged', 'in-progress', 'awaiting-information', 'answered', 'escalated', 'overdue'];

const TEXT = {
  en: {
    subject: (ref) => `Your request ${ref}: an update`,
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    reference: (ref) => `Your reference: ${ref}`,
    happened: {
      acknowledged: 'We have acknowledged your request and passed it to the team that will deal with it.',
      'in-progress': 'The team is looking into your request.',
      'awaiting-information': 'We need more information from you before we can carry on. We will contact you to ask for it.',
      answered: 'We have sent you our full response.',
      escalated: 'Your complaint is being reviewed by a second officer (stage 2).',
      overdue: 'We have not met the date we promised for your request. We are sorry.',
    },
    next: {
      respondBy: (date) => `What happens next: we will send you our full response by ${date}.`,
      'awaiting-information': 'What happens next: the time we take stops while we wait for your reply, and starts again when we have it.',
      answered: 'What happens next: if you are not satisfied with our response, you can ask for a review (stage 2) using your reference.',
      overdue: 'What happens next: we will contact you to explain why and give you a new date.',
    },
    track: (url) => `Check on your request: ${url}`,
    signOff: 'Customer feedback team',
  },
  cy: {
    subject: (ref) => `Eich cais ${ref}: y wybodaeth ddiweddaraf`,
    greeting: (name) => (name ? `Annwyl ${name},` : 'Helo,'),
    reference: (ref) => `Eich cyfeirnod: ${ref}`,
    happened: {
      acknowledged: "Rydym wedi cydnabod eich cais a'i anfon at y tîm a fydd yn delio ag ef.",
      'in-progress': "Mae'r tîm yn ymchwilio i'ch cais.",
      'awaiting-information': 'Mae angen rhagor o wybodaeth arnom gennych cyn y gallwn barhau. Byddwn yn cysylltu â chi i ofyn amdani.',
      answered: 'Rydym wedi anfon ein hymateb llawn atoch.',
      escalated: 'Mae ail swyddog yn adolygu eich cwyn (cam 2).',
      overdue: "Nid ydym wedi cadw at y dyddiad a addawyd ar gyfer eich cais. Mae'n ddrwg gennym.",
    },
    next: {
      respondBy: (date) => `Beth sy'n digwydd nesaf: byddwn yn anfon ein hymateb llawn atoch erbyn ${date}.`,
      'awaiting-information': "Beth sy'n digwydd nesaf: mae'r amser a gymerwn yn aros tra byddwn yn disgwyl eich ateb, ac yn ailddechrau pan fydd gennym.",
      answered: "Beth sy'n digwydd nesaf: os nad ydych yn fodlon â'n hymateb, gallwch ofyn am adolygiad (cam 2) gan ddefnyddio eich cyfeirnod.",
      overdue: "Beth sy'n digwydd nesaf: byddwn yn cysylltu â chi i egluro pam ac i roi dyddiad newydd.",
    },
    track: (url) => `Gwiriwch eich cais: ${url}`,
    signOff: 'Tîm adborth cwsmeriaid',
  },
  pl: {
    subject: (ref) => `Twoje zgłoszenie ${ref}: aktualizacja`,
    greeting: (name) => (name ? `Szanowny/Szanowna ${name},` : 'Dzień dobry,'),
    reference: (ref) => `Twój numer referencyjny: ${ref}`,
    happened: {
      acknowledged: 'Potwierdziliśmy przyjęcie Twojego zgłoszenia i przekazaliśmy je zespołowi, który się nim zajmie.',
      'in-progress': 'Zespół zajmuje się Twoim zgłoszeniem.',
      'awaiting-information': 'Potrzebujemy od Ciebie więcej informacji, zanim będziemy mogli kontynuować. Skontaktujemy się z Tobą w tej sprawie.',
      answered: 'Wysłaliśmy Ci naszą pełną odpowiedź.',
      escalated: 'Twoją skargę rozpatruje drugi urzędnik (etap 2).',
      overdue: 'Nie dotrzymaliśmy obiecanego terminu dla Twojego zgłoszenia. Przepraszamy.',
    },
    next: {
      respondBy: (date) => `Co dalej: wyślemy Ci pełną odpowiedź do dnia ${date}.`,
      'awaiting-information': 'Co dalej: czas rozpatrywania zatrzymuje się, dopóki czekamy na Twoją odpowiedź, i biegnie dalej, gdy ją otrzymamy.',
      answered: 'Co dalej: jeśli nie jesteś zadowolony/zadowolona z naszej odpowiedzi, możesz poprosić o ponowne rozpatrzenie (etap 2), podając swój numer referencyjny.',
      overdue: 'Co dalej: skontaktujemy się z Tobą, aby wyjaśnić przyczynę i podać nowy termin.',
    },
    track: (url) => `Sprawdź swoje zgłoszenie: ${url}`,
    signOff: 'Zespół ds. opinii klientów',
  },
  ur: {
    subject: (ref) => `آپ کی درخواست ${ref}: تازہ ترین معلومات`,
    greeting: (name) => (name ? `محترم ${name}،` : 'السلام علیکم،'),
    reference: (ref) => `آپ کا حوالہ نمبر: ${ref}`,
    happened: {
      acknowledged: 'ہم نے آپ کی درخواست کی وصولی کی تصدیق کر دی ہے اور اسے اس ٹیم کو بھیج دیا ہے جو اس پر کام کرے گی۔',
      'in-progress': 'ٹیم آپ کی درخواست پر کام کر رہی ہے۔',
      'awaiting-information': 'آگے بڑھنے سے پہلے ہمیں آپ سے مزید معلومات درکار ہیں۔ ہم ان کے لیے آپ سے رابطہ کریں گے۔',
      answered: 'ہم نے آپ کو اپنا مکمل جواب بھیج دیا ہے۔',
      escalated: 'آپ کی شکایت کا جائزہ ایک دوسرا افسر لے رہا ہے (مرحلہ 2)۔',
      overdue: 'ہم آپ کی درخواست کے لیے وعدہ کی گئی تاریخ پوری نہیں کر سکے۔ ہم معذرت خواہ ہیں۔',
    },
    next: {
      respondBy: (date) => `آگے کیا ہوگا: ہم ${date} تک آپ کو اپنا مکمل جواب بھیج دیں گے۔`,
      'awaiting-information': 'آگے کیا ہوگا: آپ کے جواب کے انتظار کے دوران ہمارا وقت رک جاتا ہے، اور جواب ملنے پر دوبارہ شروع ہوتا ہے۔',
      answered: 'آگے کیا ہوگا: اگر آپ ہمارے جواب سے مطمئن نہیں ہیں تو اپنا حوالہ نمبر دے کر جائزے (مرحلہ 2) کی درخواست کر سکتے ہیں۔',
      overdue: 'آگے کیا ہوگا: ہم آپ سے رابطہ کر کے وجہ بتائیں گے اور نئی تاریخ دیں گے۔',
    },
    track: (url) => `اپنی درخواست دیکھیں: ${url}`,
    signOff: 'کسٹمر فیڈبیک ٹیم',
  },
};

/** The resident's language (`pl`, `cy-GB` → `cy`), or English. */
export function messageLanguage(locale) {
  const lang = String(locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return lang in TEXT ? lang : 'en';
}

/**
 * The message for a record that has just reached `status`.
 * @param {object} record the feedback record (after the change)
 * @param {string} status one of NOTIFIED_STATUSES
 * @param {{ trackUrl?: string }} [links]
 * @returns {{ lang: string, subject: string, body: string }}
 */
export function residentMessage(record, status, { trackUrl } = {}) {
  const lang = messageLanguage(record.locale);
  const t = TEXT[lang];
  const respondBy = record.dueDates?.respondBy;
  const next = t.next[status] ?? (respondBy ? t.next.respondBy(dateIn(lang, respondBy)) : '');
  const lines = [t.greeting(record.contact?.name), '', t.happened[status], '', next, '', t.reference(record.reference)];
  if (trackUrl) lines.push(t.track(trackUrl));
  lines.push('', t.signOff);
  return { lang, subject: t.subject(record.reference), body: lines.join('\n') };
}
