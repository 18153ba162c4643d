/**
 * Cheshire East Council's Customer Charter as a charter document: the
 * widgets' default when a page gives them none.
 *
 * The promises (timescales) come from the charter itself. Its contact details
 * do not: the charter publishes no numbers or addresses, so apart from the
 * council's website every phone number here is from Ofcom's range reserved
 * for drama (01632 960000 to 960999), every email address uses the reserved
 * example.org domain, and the postal address says it is an example. A council
 * going live supplies its own charter with the real ones.
 */
import type { Channel, Charter } from './charter-schema.js';
import { sentences, t } from './default-charter-language.js';
import { callAim, callAtBusyTimes, defaultTimescales, specialistAdvice } from './default-charter-timescales.js';
import { LGSCO } from './ombudsman.js';
import type { OpeningHours } from './types.js';

/** Office hours: Monday to Thursday 8:30am to 5pm, Friday 8:30am to 4:30pm. */
const OFFICE_HOURS: OpeningHours = {
  weekly: {
    monday: ['08:30-17:00'],
    tuesday: ['08:30-17:00'],
    wednesday: ['08:30-17:00'],
    thursday: ['08:30-17:00'],
    friday: ['08:30-16:30'],
  },
};

/** Customer service points open a little later and close a little earlier than the phones. */
const VISITING_HOURS: OpeningHours = {
  weekly: {
    monday: ['09:00-16:30'],
    tuesday: ['09:00-16:30'],
    wednesday: ['09:00-16:30'],
    thursday: ['09:00-16:30'],
    friday: ['09:00-16:00'],
  },
};

const EXAMPLE_ADDRESS = ['Cheshire East Council', 'Customer Services', '1 Example Street (example address)', 'Exampletown', 'XX1 1XX'];

/** The charter's words for letters and emails, and the channels' promise. */
const LETTER_OR_EMAIL_PROMISE = t(
  'We will acknowledge your contact and confirm how it will be dealt with. We will contact you within eight working days if we need further information from you.',
  'Byddwn yn cydnabod eich cyswllt ac yn cadarnhau sut y bydd yn cael ei drin. Byddwn yn cysylltu â chi o fewn wyth diwrnod gwaith os bydd angen rhagor o wybodaeth arnom gennych.',
  'Potwierdzimy otrzymanie Twojej wiadomości i poinformujemy, jak zostanie rozpatrzona. Jeśli będziemy potrzebować od Ciebie dodatkowych informacji, skontaktujemy się z Tobą w ciągu ośmiu dni roboczych.',
  'ہم آپ کے رابطے کی وصولی کی تصدیق کریں گے اور بتائیں گے کہ اس پر کیسے کارروائی ہوگی۔ اگر ہمیں آپ سے مزید معلومات درکار ہوں تو ہم آٹھ کاروباری دنوں کے اندر آپ سے رابطہ کریں گے۔',
);

const channels: Channel[] = [
  {
    id: 'online',
    kind: 'online',
    label: t('Online', 'Ar-lein', 'Przez internet', 'آن لائن'),
    url: 'https://www.cheshireeast.gov.uk',
    promise: t(
      'The fastest way for your enquiry to be dealt with is usually through our online services. We will continue to provide other methods of contact for customers who are unable to use online services or prefer not to.',
      'Fel arfer, y ffordd gyflymaf o ddelio â’ch ymholiad yw drwy ein gwasanaethau ar-lein. Byddwn yn parhau i gynnig ffyrdd eraill o gysylltu i gwsmeriaid na allant ddefnyddio gwasanaethau ar-lein neu y mae’n well ganddynt beidio.',
      'Najszybciej załatwimy Twoją sprawę zwykle przez nasze usługi internetowe. Nadal będziemy oferować inne sposoby kontaktu klientom, którzy nie mogą lub wolą nie korzystać z usług internetowych.',
      'عام طور پر آپ کی درخواست پر سب سے تیز کارروائی ہماری آن لائن سروسز کے ذریعے ہوتی ہے۔ جو صارفین آن لائن سروسز استعمال نہیں کر سکتے یا نہیں کرنا چاہتے، ان کے لیے ہم رابطے کے دوسرے طریقے فراہم کرتے رہیں گے۔',
    ),
  },
  {
    id: 'phone',
    kind: 'phone',
    label: t('Phone', 'Ffôn', 'Telefon', 'فون'),
    phone: '01632 960000', // Ofcom drama range: an example
    hours: OFFICE_HOURS,
    promise: sentences(callAim, callAtBusyTimes),
    timescale: 'call-answer',
    notes: specialistAdvice,
    alternatives: ['online', 'email'],
  },
  {
    id: 'email',
    kind: 'email',
    label: t('Email', 'E-bost', 'E-mail', 'ای میل'),
    email: 'customer.services@cheshireeast.example.org',
    promise: LETTER_OR_EMAIL_PROMISE,
    timescale: 'letter-more-information',
  },
  {
    id: 'letter',
    kind: 'letter',
    label: t('Letter', 'Llythyr', 'List', 'خط'),
    address: EXAMPLE_ADDRESS,
    promise: LETTER_OR_EMAIL_PROMISE,
    timescale: 'letter-more-information',
  },
  {
    id: 'face-to-face',
    kind: 'face-to-face',
    label: t('Customer service points', 'Pwyntiau gwasanaeth cwsmeriaid', 'Punkty obsługi klienta', 'کسٹمر سروس پوائنٹس'),
    address: EXAMPLE_ADDRESS,
    hours: VISITING_HOURS,
    promise: t(
      'We will greet you on arrival and ensure that we direct you to the right person or service. If you have an appointment, we aim to keep to our appointment times. If there is any delay, we will let you know as soon as possible, inform you of the reason, and provide the estimated time you will be seen.',
      'Byddwn yn eich croesawu pan fyddwch yn cyrraedd ac yn sicrhau ein bod yn eich cyfeirio at y person neu’r gwasanaeth cywir. Os oes gennych apwyntiad, ein nod yw cadw at amser yr apwyntiad. Os bydd unrhyw oedi, byddwn yn rhoi gwybod i chi cyn gynted â phosibl, yn egluro’r rheswm, ac yn dweud pryd rydym yn disgwyl eich gweld.',
      'Przywitamy Cię po przybyciu i skierujemy do właściwej osoby lub usługi. Jeśli masz umówioną wizytę, staramy się dotrzymać jej godziny. Jeśli wystąpi opóźnienie, poinformujemy Cię jak najszybciej, podamy jego przyczynę i przewidywany czas przyjęcia.',
      'آپ کے پہنچنے پر ہم آپ کا استقبال کریں گے اور یقینی بنائیں گے کہ آپ کو صحیح شخص یا سروس تک پہنچایا جائے۔ اگر آپ کی ملاقات کا وقت طے ہے تو ہماری کوشش ہوگی کہ اسی وقت پر ملیں۔ اگر کوئی تاخیر ہو تو ہم جلد از جلد آپ کو بتائیں گے، وجہ بتائیں گے، اور اندازاً بتائیں گے کہ آپ سے کب ملا جائے گا۔',
    ),
  },
  {
    id: 'emergency',
    kind: 'emergency',
    label: t('Emergencies out of hours', 'Argyfyngau y tu allan i oriau', 'Nagłe wypadki poza godzinami pracy', 'دفتری اوقات کے بعد ہنگامی صورتحال'),
    phone: '01632 960999', // Ofcom drama range: an example
    hours: { always: true, openOnBankHolidays: true, openOnClosures: true },
    promise: t(
      'There will always be someone available to help in an emergency. Our emergency control centre is available outside of normal working hours.',
      'Bydd rhywun ar gael bob amser i helpu mewn argyfwng. Mae ein canolfan rheoli argyfyngau ar gael y tu allan i oriau gwaith arferol.',
      'W nagłych wypadkach zawsze ktoś będzie dostępny, aby pomóc. Nasze centrum zarządzania kryzysowego działa poza normalnymi godzinami pracy.',
      'ہنگامی صورتحال میں مدد کے لیے ہمیشہ کوئی نہ کوئی دستیاب ہوگا۔ ہمارا ہنگامی کنٹرول سینٹر معمول کے دفتری اوقات کے بعد بھی دستیاب ہے۔',
    ),
    notes: t(
      'For emergencies only, such as a child or adult at risk, a dangerous building, flooding or a danger on the road. If someone is in immediate danger, call 999.',
      'Ar gyfer argyfyngau yn unig, fel plentyn neu oedolyn mewn perygl, adeilad peryglus, llifogydd neu berygl ar y ffordd. Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.',
      'Tylko w nagłych przypadkach, takich jak zagrożone dziecko lub osoba dorosła, niebezpieczny budynek, powódź lub zagrożenie na drodze. Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, zadzwoń pod 999.',
      'صرف ہنگامی حالات کے لیے، جیسے کسی بچے یا بالغ کو خطرہ، خطرناک عمارت، سیلاب یا سڑک پر کوئی خطرہ۔ اگر کسی کو فوری خطرہ ہو تو 999 پر کال کریں۔',
    ),
  },
];

/**
 * The default charter without its services: all a widget needs that never
 * lists services (the timescales table, the tracker), so it never downloads
 * them or their translations. `defaultCharter` (default-charter.ts) adds them.
 */
export const defaultCharterWithoutServices: Charter = {
  version: 1,
  exampleContacts: true,
  ombudsman: LGSCO,
  organisation: {
    name: 'Cheshire East Council',
    timeZone: 'Europe/London',
    division: 'england-and-wales',
    closures: [],
    website: 'https://www.cheshireeast.gov.uk',
    referenceFormat: {
      pattern: '^CEC-\\d{6}$',
      example: 'CEC-123456',
      description: t(
        'Your reference is on the email or letter we sent you. It starts with CEC- followed by 6 numbers, for example CEC-123456.',
        'Mae eich cyfeirnod ar yr e-bost neu’r llythyr a anfonwyd atoch. Mae’n dechrau gyda CEC- ac yna 6 rhif, er enghraifft CEC-123456.',
        'Numer referencyjny znajdziesz w e-mailu lub liście, który od nas otrzymałeś. Zaczyna się od CEC-, po którym następuje 6 cyfr, na przykład CEC-123456.',
        'آپ کا حوالہ نمبر اس ای میل یا خط میں ہے جو ہم نے آپ کو بھیجا تھا۔ یہ CEC- سے شروع ہوتا ہے اور اس کے بعد 6 ہندسے ہوتے ہیں، مثال کے طور پر CEC-123456۔',
      ),
    },
  },
  channels,
  services: [],
  timescales: defaultTimescales,
  feedback: {
    maxLength: 2000,
    socialCareNote: t(
      "There are different procedures and timescales if your complaint relates to adults or children's social care.",
      'Mae gweithdrefnau ac amserlenni gwahanol os yw eich cwyn yn ymwneud â gofal cymdeithasol i oedolion neu blant.',
      'Jeśli Twoja skarga dotyczy opieki społecznej nad dorosłymi lub dziećmi, obowiązują inne procedury i terminy.',
      'اگر آپ کی شکایت بالغوں یا بچوں کی سماجی نگہداشت سے متعلق ہے تو اس کے لیے الگ طریقہ کار اور مدت ہے۔',
    ),
    socialCare: {
      adults: {
        text: t(
          'Complaints about adult social care follow a separate statutory procedure. Tell us about it through the adult social care complaints page, so it is handled under the right rules and timescales.',
          'Mae cwynion am ofal cymdeithasol i oedolion yn dilyn gweithdrefn statudol ar wahân. Dywedwch wrthym amdani drwy dudalen cwynion gofal cymdeithasol i oedolion, fel ei bod yn cael ei thrin o dan y rheolau a’r amserlenni cywir.',
          'Skargi dotyczące opieki społecznej nad dorosłymi rozpatruje się w odrębnej procedurze ustawowej. Złóż ją przez stronę skarg dotyczących opieki społecznej nad dorosłymi, aby została rozpatrzona według właściwych zasad i terminów.',
          'بالغوں کی سماجی نگہداشت سے متعلق شکایات ایک الگ قانونی طریقہ کار کے تحت نمٹائی جاتی ہیں۔ بالغوں کی سماجی نگہداشت کی شکایات کے صفحے کے ذریعے ہمیں بتائیں، تاکہ اس پر درست قواعد اور مدت کے مطابق کارروائی ہو۔',
        ),
        url: 'https://cheshireeast.example.org/adult-social-care-complaints',
      },
      children: {
        text: t(
          "Complaints about children's social care follow a separate statutory procedure. Tell us about it through the children's social care complaints page, so it is handled under the right rules and timescales.",
          'Mae cwynion am ofal cymdeithasol i blant yn dilyn gweithdrefn statudol ar wahân. Dywedwch wrthym amdani drwy dudalen cwynion gofal cymdeithasol i blant, fel ei bod yn cael ei thrin o dan y rheolau a’r amserlenni cywir.',
          'Skargi dotyczące opieki społecznej nad dziećmi rozpatruje się w odrębnej procedurze ustawowej. Złóż ją przez stronę skarg dotyczących opieki społecznej nad dziećmi, aby została rozpatrzona według właściwych zasad i terminów.',
          'بچوں کی سماجی نگہداشت سے متعلق شکایات ایک الگ قانونی طریقہ کار کے تحت نمٹائی جاتی ہیں۔ بچوں کی سماجی نگہداشت کی شکایات کے صفحے کے ذریعے ہمیں بتائیں، تاکہ اس پر درست قواعد اور مدت کے مطابق کارروائی ہو۔',
        ),
        url: 'https://cheshireeast.example.org/childrens-social-care-complaints',
      },
    },
  },
  privacy: {
    text: t(
      'Read how we use and protect the personal information you give us.',
      'Darllenwch sut rydym yn defnyddio ac yn diogelu’r wybodaeth bersonol a roddwch i ni.',
      'Przeczytaj, jak wykorzystujemy i chronimy przekazane nam dane osobowe.',
      'پڑھیں کہ آپ کی دی ہوئی ذاتی معلومات ہم کیسے استعمال اور محفوظ کرتے ہیں۔',
    ),
    url: 'https://cheshireeast.example.org/privacy',
  },
  otherFormats: {
    text: t(
      'You can ask for this information in another format or language.',
      'Gallwch ofyn am yr wybodaeth hon mewn fformat neu iaith arall.',
      'Możesz poprosić o te informacje w innym formacie lub języku.',
      'آپ یہ معلومات کسی دوسرے فارمیٹ یا زبان میں مانگ سکتے ہیں۔',
    ),
    url: 'https://cheshireeast.example.org/accessibility',
    formats: [
      t('large print', 'print bras', 'duży druk', 'بڑا پرنٹ'),
      t('Easy Read', 'Hawdd ei Ddarllen', 'tekst łatwy do czytania', 'آسان زبان'),
      t('British Sign Language', 'Iaith Arwyddion Prydain', 'brytyjski język migowy', 'برطانوی اشاروں کی زبان'),
      t('braille', 'Braille', 'alfabet Braille’a', 'بریل'),
      t('audio', 'sain', 'nagranie audio', 'آڈیو'),
      t('other languages', 'ieithoedd eraill', 'inne języki', 'دوسری زبانیں'),
    ],
  },
};
