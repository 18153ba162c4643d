/**
 * Cheshire East Council's charter promises, as timescales, in the charter's
 * own words (Customer Charter, page last reviewed 22 February 2024) and the
 * law behind each promise; the rules are the ones the charter states. Welsh,
 * Polish and Urdu are drafts (see default-charter-language.ts).
 */
import type { Timescale } from './charter-schema.js';
import { sentences, t } from './default-charter-language.js';
import type { LocalText } from './types.js';

/** The charter's promise when a complaint timescale cannot be met. */
const complaintIfMissed = t(
  'If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe for your individual case.',
  'Os nad yw’n bosibl i ni gadw at yr amserlenni hyn, byddwn yn cysylltu â chi i egluro pam, ac yn rhoi amserlen fwy cywir i chi ar gyfer eich achos chi.',
  'Jeśli nie będziemy w stanie dotrzymać tych terminów, skontaktujemy się z Tobą, aby wyjaśnić dlaczego, i podamy dokładniejszy termin w Twojej sprawie.',
  'اگر ہمارے لیے ان مدتوں کی پابندی ممکن نہ ہو تو ہم آپ سے رابطہ کر کے وجہ بتائیں گے، اور آپ کے معاملے کے لیے زیادہ درست مدت بتائیں گے۔',
);

/** The same promise for information requests (the charter's words for FOI and SAR). */
const informationIfMissed = t(
  'If this is not possible, we will contact you to explain why and give you a timeframe for our reply.',
  'Os nad yw hyn yn bosibl, byddwn yn cysylltu â chi i egluro pam ac yn rhoi amserlen i chi ar gyfer ein hateb.',
  'Jeśli nie będzie to możliwe, skontaktujemy się z Tobą, aby wyjaśnić dlaczego, i podamy termin naszej odpowiedzi.',
  'اگر ایسا ممکن نہ ہو تو ہم آپ سے رابطہ کر کے وجہ بتائیں گے اور بتائیں گے کہ ہم کب تک جواب دیں گے۔',
);

const workingDaysNote = t(
  'Working days are Monday to Friday, not counting bank holidays or days the council is closed.',
  'Diwrnodau gwaith yw dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc na diwrnodau pan fydd y cyngor ar gau.',
  'Dni robocze to dni od poniedziałku do piątku, z wyjątkiem świąt państwowych (bank holidays) i dni, w które urząd jest zamknięty.',
  'کاروباری دن پیر سے جمعہ تک ہیں، جن میں بینک کی تعطیلات اور کونسل کے بند رہنے کے دن شامل نہیں۔',
);

const contactFeedbackTeam = t(
  'Contact the customer feedback team, quoting your reference.',
  'Cysylltwch â’r tîm adborth cwsmeriaid, gan nodi eich cyfeirnod.',
  'Skontaktuj się z zespołem ds. opinii klientów, podając swój numer referencyjny.',
  'اپنا حوالہ نمبر بتا کر کسٹمر فیڈ بیک ٹیم سے رابطہ کریں۔',
);

const askForReview = {
  en: 'If you are dissatisfied with the response you receive, you may request that it be reviewed by a second officer',
  cy: 'Os nad ydych yn fodlon ar yr ymateb a gewch, gallwch ofyn i swyddog arall ei adolygu',
  pl: 'Jeśli nie jesteś zadowolony z otrzymanej odpowiedzi, możesz poprosić, aby sprawę rozpatrzył drugi urzędnik',
  ur: 'اگر آپ ملنے والے جواب سے مطمئن نہیں تو آپ درخواست کر سکتے ہیں کہ کوئی دوسرا افسر اس کا جائزہ لے',
};

/** The charter's sentence on asking for a review, optionally with "(stage 2)", ended by each language's full stop. */
function reviewSentence(withStage: boolean): LocalText {
  const of = (lang: keyof typeof askForReview, stage: string, stop: string) => `${askForReview[lang]}${withStage ? ` (${stage})` : ''}${stop}`;
  return t(of('en', 'stage 2', '.'), of('cy', 'cam 2', '.'), of('pl', 'etap 2', '.'), of('ur', 'مرحلہ 2', '۔'));
}

const contactInformationRights = t(
  'Contact the information rights team, quoting your reference.',
  'Cysylltwch â’r tîm hawliau gwybodaeth, gan nodi eich cyfeirnod.',
  'Skontaktuj się z zespołem ds. prawa do informacji, podając swój numer referencyjny.',
  'اپنا حوالہ نمبر بتا کر انفارمیشن رائٹس ٹیم سے رابطہ کریں۔',
);

const specialistAdvice = t(
  'If you need specialist advice, we will transfer you to another department or take a message for them to call you back.',
  'Os oes angen cyngor arbenigol arnoch, byddwn yn eich trosglwyddo i adran arall neu’n cymryd neges iddyn nhw eich ffonio’n ôl.',
  'Jeśli potrzebujesz porady specjalisty, przełączymy Cię do innego działu lub przekażemy wiadomość, aby oddzwonili.',
  'اگر آپ کو ماہرانہ مشورے کی ضرورت ہو تو ہم آپ کی کال کسی دوسرے شعبے کو منتقل کر دیں گے یا ان کے لیے پیغام لے لیں گے تاکہ وہ آپ کو واپس کال کریں۔',
);

/** The complaint-handling promises, acknowledgement to stage 2. */
const complaintTimescales: Timescale[] = [
  {
    id: 'complaint-acknowledgement',
    title: t(
      'Acknowledge your suggestion, compliment or complaint',
      'Cydnabod eich awgrym, eich canmoliaeth neu eich cwyn',
      'Potwierdzenie otrzymania sugestii, pochwały lub skargi',
      'آپ کی تجویز، تعریف یا شکایت کی وصولی کی تصدیق',
    ),
    description: t(
      'We will acknowledge your suggestion, compliment, or complaint within three working days of recording it.',
      'Byddwn yn cydnabod eich awgrym, eich canmoliaeth neu eich cwyn o fewn tri diwrnod gwaith ar ôl ei gofnodi.',
      'Potwierdzimy otrzymanie Twojej sugestii, pochwały lub skargi w ciągu trzech dni roboczych od jej zarejestrowania.',
      'ہم آپ کی تجویز، تعریف یا شکایت درج کرنے کے تین کاروباری دنوں کے اندر اس کی وصولی کی تصدیق کریں گے۔',
    ),
    rule: { kind: 'working-days', days: 3, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: [
      t(
        'Contact the customer feedback team, quoting your reference, so we can check we have your feedback.',
        'Cysylltwch â’r tîm adborth cwsmeriaid, gan nodi eich cyfeirnod, er mwyn i ni wirio bod eich adborth gennym.',
        'Skontaktuj się z zespołem ds. opinii klientów, podając swój numer referencyjny, abyśmy mogli sprawdzić, czy otrzymaliśmy Twoją opinię.',
        'اپنا حوالہ نمبر بتا کر کسٹمر فیڈ بیک ٹیم سے رابطہ کریں، تاکہ ہم دیکھ سکیں کہ آپ کی رائے ہمیں موصول ہوئی ہے۔',
      ),
    ],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-1',
    title: t('Respond to your complaint (stage 1)', 'Ymateb i’ch cwyn (cam 1)', 'Odpowiedź na skargę (etap 1)', 'آپ کی شکایت کا جواب (مرحلہ 1)'),
    description: t(
      'We will provide a full response within 10 working days. This is known as stage 1.',
      'Byddwn yn rhoi ymateb llawn o fewn 10 diwrnod gwaith. Cam 1 yw’r enw ar hyn.',
      'Udzielimy pełnej odpowiedzi w ciągu 10 dni roboczych. Jest to tzw. etap 1.',
      'ہم 10 کاروباری دنوں کے اندر مکمل جواب دیں گے۔ اسے مرحلہ 1 کہا جاتا ہے۔',
    ),
    rule: { kind: 'working-days', days: 10, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: [contactFeedbackTeam, reviewSentence(true)],
    appliesTo: 'complaint',
  },
  {
    id: 'complaint-stage-2',
    title: t('Review your complaint (stage 2)', 'Adolygu eich cwyn (cam 2)', 'Ponowne rozpatrzenie skargi (etap 2)', 'آپ کی شکایت کا جائزہ (مرحلہ 2)'),
    description: sentences(
      reviewSentence(false),
      t(
        'At stage 2, we will provide a full response within 20 working days.',
        'Yng ngham 2, byddwn yn rhoi ymateb llawn o fewn 20 diwrnod gwaith.',
        'Na etapie 2 udzielimy pełnej odpowiedzi w ciągu 20 dni roboczych.',
        'مرحلہ 2 میں ہم 20 کاروباری دنوں کے اندر مکمل جواب دیں گے۔',
      ),
    ),
    rule: { kind: 'working-days', days: 20, calendar: 'council' },
    notes: [workingDaysNote],
    ifMissed: complaintIfMissed,
    overdue: [
      contactFeedbackTeam,
      t(
        'If you are still unhappy after stage 2, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.',
        'Os ydych yn dal yn anfodlon ar ôl cam 2, gallwch ofyn i’r Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (LGSCO) edrych ar eich cwyn. Mae am ddim.',
        'Jeśli po etapie 2 nadal nie jesteś zadowolony, możesz poprosić Rzecznika ds. Samorządu Lokalnego i Opieki Społecznej (LGSCO) o zbadanie skargi. Jest to bezpłatne.',
        'اگر مرحلہ 2 کے بعد بھی آپ مطمئن نہیں تو آپ لوکل گورنمنٹ اینڈ سوشل کیئر اومبڈسمین (LGSCO) سے اپنی شکایت کا جائزہ لینے کی درخواست کر سکتے ہیں۔ یہ مفت ہے۔',
      ),
    ],
    appliesTo: 'complaint',
  },
];

/** Information rights: FOI and subject access. */
const informationTimescales: Timescale[] = [
  {
    id: 'foi',
    title: t(
      'Respond to a Freedom of Information request',
      'Ymateb i gais Rhyddid Gwybodaeth',
      'Odpowiedź na wniosek o dostęp do informacji publicznej',
      'فریڈم آف انفارمیشن (معلومات کی آزادی) کی درخواست کا جواب',
    ),
    description: t(
      'We will provide a response to your Freedom of Information request within 20 working days.',
      'Byddwn yn ymateb i’ch cais Rhyddid Gwybodaeth o fewn 20 diwrnod gwaith.',
      'Odpowiemy na Twój wniosek o dostęp do informacji w ciągu 20 dni roboczych.',
      'ہم آپ کی فریڈم آف انفارمیشن کی درخواست کا جواب 20 کاروباری دنوں کے اندر دیں گے۔',
    ),
    rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' },
    notes: [
      t(
        'The Freedom of Information Act 2000 (section 10) counts working days without any bank holiday in any part of the UK.',
        'Mae Deddf Rhyddid Gwybodaeth 2000 (adran 10) yn cyfrif diwrnodau gwaith heb unrhyw ŵyl banc mewn unrhyw ran o’r DU.',
        'Brytyjska ustawa o dostępie do informacji z 2000 r. (art. 10) liczy dni robocze z pominięciem świąt państwowych w każdej części Wielkiej Brytanii.',
        'فریڈم آف انفارمیشن ایکٹ 2000 (سیکشن 10) کے تحت کاروباری دنوں میں برطانیہ کے کسی بھی حصے کی بینک تعطیل شامل نہیں۔',
      ),
      t(
        'In most cases making an FOI request is free, but more complex requests may incur a charge. Our team will let you know if this applies to your case.',
        'Yn y rhan fwyaf o achosion mae gwneud cais Rhyddid Gwybodaeth am ddim, ond efallai y codir tâl am geisiadau mwy cymhleth. Bydd ein tîm yn rhoi gwybod i chi os yw hyn yn berthnasol i’ch achos chi.',
        'W większości przypadków złożenie wniosku jest bezpłatne, ale za bardziej złożone wnioski może zostać naliczona opłata. Nasz zespół poinformuje Cię, jeśli dotyczy to Twojej sprawy.',
        'زیادہ تر صورتوں میں فریڈم آف انفارمیشن کی درخواست مفت ہوتی ہے، لیکن زیادہ پیچیدہ درخواستوں پر فیس لگ سکتی ہے۔ اگر یہ آپ کے معاملے پر لاگو ہو تو ہماری ٹیم آپ کو بتائے گی۔',
      ),
    ],
    ifMissed: informationIfMissed,
    overdue: [
      contactInformationRights,
      t(
        'You can ask us for an internal review of how we handled your request.',
        'Gallwch ofyn i ni gynnal adolygiad mewnol o’r ffordd y gwnaethom drin eich cais.',
        'Możesz poprosić nas o wewnętrzną kontrolę sposobu rozpatrzenia Twojego wniosku.',
        'آپ ہم سے درخواست کر سکتے ہیں کہ آپ کی درخواست پر ہماری کارروائی کا اندرونی جائزہ لیا جائے۔',
      ),
      t(
        "If you are still unhappy after the internal review, you can complain to the Information Commissioner's Office (ICO).",
        'Os ydych yn dal yn anfodlon ar ôl yr adolygiad mewnol, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
        "Jeśli po wewnętrznej kontroli nadal nie jesteś zadowolony, możesz złożyć skargę do Information Commissioner's Office (ICO).",
        'اگر اندرونی جائزے کے بعد بھی آپ مطمئن نہیں تو آپ انفارمیشن کمشنر آفس (ICO) سے شکایت کر سکتے ہیں۔',
      ),
    ],
    appliesTo: 'foi',
  },
  {
    id: 'sar',
    title: t(
      'Respond to a Subject Access Request',
      'Ymateb i Gais Gwrthrych am Wybodaeth',
      'Odpowiedź na wniosek o dostęp do danych osobowych',
      'ذاتی معلومات تک رسائی کی درخواست (SAR) کا جواب',
    ),
    description: t(
      'Once we have verified your identity, we will provide a response within one month.',
      'Ar ôl i ni wirio pwy ydych chi, byddwn yn ymateb o fewn mis.',
      'Po potwierdzeniu Twojej tożsamości udzielimy odpowiedzi w ciągu jednego miesiąca.',
      'آپ کی شناخت کی تصدیق کے بعد ہم ایک مہینے کے اندر جواب دیں گے۔',
    ),
    rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 },
    notes: [
      t(
        'The month starts once we have verified your identity (UK GDPR, article 12). Where the next month has no such date, it ends on the last day of that month; where it ends on a day we are closed, it moves to the next working day.',
        'Mae’r mis yn dechrau pan fyddwn wedi gwirio pwy ydych chi (GDPR y DU, erthygl 12). Os nad oes dyddiad o’r fath yn y mis nesaf, mae’n dod i ben ar ddiwrnod olaf y mis hwnnw; os yw’n dod i ben ar ddiwrnod pan fyddwn ar gau, mae’n symud i’r diwrnod gwaith nesaf.',
        'Miesiąc liczy się od potwierdzenia Twojej tożsamości (brytyjskie RODO, art. 12). Jeśli w następnym miesiącu nie ma takiej daty, termin mija ostatniego dnia tego miesiąca; jeśli wypada w dniu, w którym jesteśmy zamknięci, przesuwa się na następny dzień roboczy.',
        'مہینہ آپ کی شناخت کی تصدیق کے بعد شروع ہوتا ہے (یو کے جی ڈی پی آر، آرٹیکل 12)۔ اگر اگلے مہینے میں وہ تاریخ نہ ہو تو مدت اس مہینے کے آخری دن ختم ہوتی ہے؛ اگر یہ کسی ایسے دن ختم ہو جب ہم بند ہوں تو اگلے کاروباری دن تک بڑھ جاتی ہے۔',
      ),
      t(
        'For complex or numerous requests we can extend this by up to two further months. If so, we will tell you within the first month and explain why.',
        'Ar gyfer ceisiadau cymhleth neu niferus gallwn ymestyn hyn hyd at ddau fis arall. Os felly, byddwn yn dweud wrthych o fewn y mis cyntaf ac yn egluro pam.',
        'W przypadku złożonych lub licznych wniosków możemy przedłużyć ten termin o maksymalnie dwa kolejne miesiące. Jeśli tak się stanie, poinformujemy Cię o tym w ciągu pierwszego miesiąca i wyjaśnimy dlaczego.',
        'پیچیدہ یا متعدد درخواستوں کے لیے ہم یہ مدت زیادہ سے زیادہ مزید دو مہینے بڑھا سکتے ہیں۔ ایسی صورت میں ہم پہلے مہینے کے اندر آپ کو بتائیں گے اور وجہ بیان کریں گے۔',
      ),
    ],
    ifMissed: informationIfMissed,
    overdue: [
      contactInformationRights,
      t(
        "If you are unhappy with how we handled your request, you can complain to the Information Commissioner's Office (ICO).",
        'Os ydych yn anfodlon ar y ffordd y gwnaethom drin eich cais, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
        "Jeśli nie jesteś zadowolony ze sposobu rozpatrzenia Twojego wniosku, możesz złożyć skargę do Information Commissioner's Office (ICO).",
        'اگر آپ اپنی درخواست پر ہماری کارروائی سے مطمئن نہیں تو آپ انفارمیشن کمشنر آفس (ICO) سے شکایت کر سکتے ہیں۔',
      ),
    ],
    appliesTo: 'sar',
  },
];

/** Everyday contact: letters, emails and calls. */
const contactTimescales: Timescale[] = [
  {
    id: 'letter-more-information',
    // Both halves of the charter's promise: the acknowledgement, and the eight days (issue 13).
    title: t(
      'Acknowledge your letter or email, confirm how it will be dealt with, and contact you if we need further information from you',
      'Cydnabod eich llythyr neu e-bost, cadarnhau sut y bydd yn cael ei drin, a chysylltu â chi os bydd angen rhagor o wybodaeth arnom gennych',
      'Potwierdzenie otrzymania listu lub e-maila, informacja, jak zostanie rozpatrzony, i kontakt, jeśli potrzebujemy od Ciebie dodatkowych informacji',
      'آپ کے خط یا ای میل کی وصولی کی تصدیق، یہ بتانا کہ اس پر کیسے کارروائی ہوگی، اور اگر ہمیں آپ سے مزید معلومات درکار ہوں تو آپ سے رابطہ',
    ),
    description: t(
      'We will acknowledge your contact and confirm how it will be dealt with, and contact you within eight working days if we need further information from you.',
      'Byddwn yn cydnabod eich cyswllt ac yn cadarnhau sut y bydd yn cael ei drin, ac yn cysylltu â chi o fewn wyth diwrnod gwaith os bydd angen rhagor o wybodaeth arnom gennych.',
      'Potwierdzimy otrzymanie Twojej wiadomości i poinformujemy, jak zostanie rozpatrzona, a jeśli będziemy potrzebować od Ciebie dodatkowych informacji, skontaktujemy się z Tobą w ciągu ośmiu dni roboczych.',
      'ہم آپ کے رابطے کی وصولی کی تصدیق کریں گے اور بتائیں گے کہ اس پر کیسے کارروائی ہوگی، اور اگر ہمیں آپ سے مزید معلومات درکار ہوں تو آٹھ کاروباری دنوں کے اندر آپ سے رابطہ کریں گے۔',
    ),
    rule: { kind: 'working-days', days: 8, calendar: 'council' },
    notes: [
      t(
        'We will issue you with a full response to your enquiry at this point or provide you with details of who is dealing with the matter and how long they will need to respond.',
        'Byddwn naill ai’n rhoi ymateb llawn i’ch ymholiad bryd hynny neu’n rhoi manylion pwy sy’n delio â’r mater a faint o amser y bydd ei angen arnynt i ymateb.',
        'Wtedy udzielimy pełnej odpowiedzi na Twoje zapytanie albo podamy, kto zajmuje się sprawą i ile czasu potrzebuje na odpowiedź.',
        'اس وقت ہم یا تو آپ کے سوال کا مکمل جواب دیں گے یا بتائیں گے کہ معاملہ کون دیکھ رہا ہے اور انہیں جواب دینے میں کتنا وقت لگے گا۔',
      ),
      t(
        'If your letter or email is to apply for a council service or report an issue, our acknowledgment will let you know what happens next and by when.',
        'Os yw eich llythyr neu e-bost yn gwneud cais am wasanaeth gan y cyngor neu’n rhoi gwybod am broblem, bydd ein cydnabyddiaeth yn dweud wrthych beth fydd yn digwydd nesaf ac erbyn pryd.',
        'Jeśli Twój list lub e-mail dotyczy wniosku o usługę urzędu lub zgłoszenia problemu, w potwierdzeniu napiszemy, co stanie się dalej i do kiedy.',
        'اگر آپ کا خط یا ای میل کونسل کی کسی سروس کے لیے درخواست یا کسی مسئلے کی اطلاع کے بارے میں ہے تو ہماری تصدیق میں بتایا جائے گا کہ آگے کیا ہوگا اور کب تک۔',
      ),
    ],
    overdue: [
      t(
        'Call us or reply to our acknowledgement, quoting your reference.',
        'Ffoniwch ni neu atebwch ein cydnabyddiaeth, gan nodi eich cyfeirnod.',
        'Zadzwoń do nas lub odpowiedz na nasze potwierdzenie, podając swój numer referencyjny.',
        'اپنا حوالہ نمبر بتا کر ہمیں کال کریں یا ہماری تصدیق کا جواب دیں۔',
      ),
    ],
    appliesTo: 'letter',
  },
];

/** The call promise, in its two halves: the aim, and what happens when it cannot be met. */
export const callAim = t(
  'We aim to answer your call within two minutes.',
  'Ein nod yw ateb eich galwad o fewn dau funud.',
  'Staramy się odebrać Twoje połączenie w ciągu dwóch minut.',
  'ہماری کوشش ہے کہ آپ کی کال دو منٹ کے اندر اٹھائی جائے۔',
);
export const callAtBusyTimes = t(
  'This may not be possible for our more complex services or at busy times, but we will let you know where you are in the queue or offer you an alternative way of contacting us.',
  'Efallai na fydd hyn yn bosibl ar gyfer ein gwasanaethau mwy cymhleth neu ar adegau prysur, ond byddwn yn dweud wrthych ble rydych yn y ciw neu’n cynnig ffordd arall i chi gysylltu â ni.',
  'W przypadku bardziej złożonych spraw lub w godzinach szczytu może się to nie udać, ale poinformujemy Cię, które miejsce zajmujesz w kolejce, lub zaproponujemy inny sposób kontaktu.',
  'ہماری زیادہ پیچیدہ سروسز کے لیے یا مصروف اوقات میں شاید ایسا ممکن نہ ہو، لیکن ہم آپ کو بتائیں گے کہ قطار میں آپ کا نمبر کیا ہے یا آپ کو ہم سے رابطے کا کوئی دوسرا طریقہ پیش کریں گے۔',
);
export { specialistAdvice };

const callTimescale: Timescale = {
  id: 'call-answer',
  title: t('Answer your call', 'Ateb eich galwad', 'Odebranie połączenia', 'آپ کی کال کا جواب'),
  description: callAim,
  rule: { kind: 'duration', minutes: 2 },
  notes: [callAtBusyTimes, specialistAdvice],
  overdue: [
    t(
      'If you have been waiting a long time, you can use our online services or email us instead.',
      'Os ydych wedi bod yn aros am amser hir, gallwch ddefnyddio ein gwasanaethau ar-lein neu anfon e-bost atom yn lle hynny.',
      'Jeśli czekasz już długo, możesz zamiast tego skorzystać z naszych usług internetowych lub napisać do nas e-mail.',
      'اگر آپ کافی دیر سے انتظار کر رہے ہیں تو اس کے بجائے ہماری آن لائن سروسز استعمال کریں یا ہمیں ای میل کریں۔',
    ),
  ],
  appliesTo: 'call',
};

/**
 * The timescales in the order a resident meets them: calling, then
 * complaints, information requests and letters.
 */
export const defaultTimescales: Timescale[] = [callTimescale, ...complaintTimescales, ...informationTimescales, ...contactTimescales];
