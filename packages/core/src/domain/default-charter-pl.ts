/**
 * The default charter's words in Polish: a careful draft awaiting
 * native-speaker review (see default-charter-language.ts). The same keys, in
 * the same order, as the English in default-charter-en.ts.
 */
import type { CharterWords } from './default-charter-en.js';

export const pl: CharterWords = {
  // Contact channels (default-charter-core.ts)
  letterOrEmailPromise: 'Potwierdzimy otrzymanie Twojej wiadomości i poinformujemy, jak zostanie rozpatrzona. Jeśli będziemy potrzebować od Ciebie dodatkowych informacji, skontaktujemy się z Tobą w ciągu ośmiu dni roboczych.',
  onlineLabel: 'Przez internet',
  onlinePromise: 'Najszybciej załatwimy Twoją sprawę zwykle przez nasze usługi internetowe. Nadal będziemy oferować inne sposoby kontaktu klientom, którzy nie mogą lub wolą nie korzystać z usług internetowych.',
  phoneLabel: 'Telefon',
  emailLabel: 'E-mail',
  letterLabel: 'List',
  faceToFaceLabel: 'Punkty obsługi klienta',
  faceToFacePromise: 'Przywitamy Cię po przybyciu i skierujemy do właściwej osoby lub usługi. Jeśli masz umówioną wizytę, staramy się dotrzymać jej godziny. Jeśli wystąpi opóźnienie, poinformujemy Cię jak najszybciej, podamy jego przyczynę i przewidywany czas przyjęcia.',
  emergencyLabel: 'Nagłe wypadki poza godzinami pracy',
  emergencyPromise: 'W nagłych wypadkach zawsze ktoś będzie dostępny, aby pomóc. Nasze centrum zarządzania kryzysowego działa poza normalnymi godzinami pracy.',
  emergencyNotes: 'Tylko w nagłych przypadkach, takich jak zagrożone dziecko lub osoba dorosła, niebezpieczny budynek, powódź lub zagrożenie na drodze. Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, zadzwoń pod 999.',
  // The reference hint
  referenceHint: 'Numer referencyjny znajdziesz w e-mailu lub liście, który od nas otrzymałeś. Zaczyna się od CEC-, po którym następuje 8 cyfr, na przykład CEC-1357-2468. Starsze numery mają 6 cyfr.',
  // Feedback: social care
  socialCareNote: 'Jeśli Twoja skarga dotyczy opieki społecznej nad dorosłymi lub dziećmi, obowiązują inne procedury i terminy.',
  adultSocialCare: 'Skargi dotyczące opieki społecznej nad dorosłymi rozpatruje się w odrębnej procedurze ustawowej. Złóż ją przez stronę skarg dotyczących opieki społecznej nad dorosłymi, aby została rozpatrzona według właściwych zasad i terminów.',
  childrensSocialCare: 'Skargi dotyczące opieki społecznej nad dziećmi rozpatruje się w odrębnej procedurze ustawowej. Złóż ją przez stronę skarg dotyczących opieki społecznej nad dziećmi, aby została rozpatrzona według właściwych zasad i terminów.',
  // Privacy and other formats
  privacy: 'Przeczytaj, jak wykorzystujemy i chronimy przekazane nam dane osobowe.',
  otherFormats: 'Możesz poprosić o te informacje w innym formacie lub języku.',
  largePrint: 'duży druk',
  easyRead: 'tekst łatwy do czytania',
  britishSignLanguage: 'brytyjski język migowy',
  braille: 'alfabet Braille’a',
  audio: 'nagranie audio',
  otherLanguages: 'inne języki',
  // Timescales (default-charter-timescales.ts): sentences several share
  complaintIfMissed: 'Jeśli nie będziemy w stanie dotrzymać tych terminów, skontaktujemy się z Tobą, aby wyjaśnić dlaczego, i podamy dokładniejszy termin w Twojej sprawie.',
  informationIfMissed: 'Jeśli nie będzie to możliwe, skontaktujemy się z Tobą, aby wyjaśnić dlaczego, i podamy termin naszej odpowiedzi.',
  workingDaysNote: 'Dni robocze to dni od poniedziałku do piątku, z wyjątkiem świąt państwowych (bank holidays) i dni, w które urząd jest zamknięty.',
  contactFeedbackTeam: 'Skontaktuj się z zespołem ds. opinii klientów, podając swój numer referencyjny.',
  askForReview: 'Jeśli nie jesteś zadowolony z otrzymanej odpowiedzi, możesz poprosić, aby sprawę rozpatrzył drugi urzędnik',
  stage2: 'etap 2',
  fullStop: '.',
  contactInformationRights: 'Skontaktuj się z zespołem ds. prawa do informacji, podając swój numer referencyjny.',
  specialistAdvice: 'Jeśli potrzebujesz porady specjalisty, przełączymy Cię do innego działu lub przekażemy wiadomość, aby oddzwonili.',
  // Complaints
  acknowledgeTitle: 'Potwierdzenie otrzymania sugestii, pochwały lub skargi',
  acknowledgeDescription: 'Potwierdzimy otrzymanie Twojej sugestii, pochwały lub skargi w ciągu trzech dni roboczych od jej zarejestrowania.',
  acknowledgeOverdue: 'Skontaktuj się z zespołem ds. opinii klientów, podając swój numer referencyjny, abyśmy mogli sprawdzić, czy otrzymaliśmy Twoją opinię.',
  stage1Title: 'Odpowiedź na skargę (etap 1)',
  stage1Description: 'Udzielimy pełnej odpowiedzi w ciągu 10 dni roboczych. Jest to tzw. etap 1.',
  stage2Title: 'Ponowne rozpatrzenie skargi (etap 2)',
  stage2Response: 'Na etapie 2 udzielimy pełnej odpowiedzi w ciągu 20 dni roboczych.',
  stage2Ombudsman: 'Jeśli po etapie 2 nadal nie jesteś zadowolony, możesz poprosić Rzecznika ds. Samorządu Lokalnego i Opieki Społecznej (LGSCO) o zbadanie skargi. Jest to bezpłatne.',
  // Information requests
  foiTitle: 'Odpowiedź na wniosek o dostęp do informacji publicznej',
  foiDescription: 'Odpowiemy na Twój wniosek o dostęp do informacji w ciągu 20 dni roboczych.',
  foiWorkingDays: 'Brytyjska ustawa o dostępie do informacji z 2000 r. (art. 10) liczy dni robocze z pominięciem świąt państwowych w każdej części Wielkiej Brytanii.',
  foiCharges: 'W większości przypadków złożenie wniosku jest bezpłatne, ale za bardziej złożone wnioski może zostać naliczona opłata. Nasz zespół poinformuje Cię, jeśli dotyczy to Twojej sprawy.',
  foiInternalReview: 'Możesz poprosić nas o wewnętrzną kontrolę sposobu rozpatrzenia Twojego wniosku.',
  foiIco: "Jeśli po wewnętrznej kontroli nadal nie jesteś zadowolony, możesz złożyć skargę do Information Commissioner's Office (ICO).",
  sarTitle: 'Odpowiedź na wniosek o dostęp do danych osobowych',
  sarDescription: 'Po potwierdzeniu Twojej tożsamości udzielimy odpowiedzi w ciągu jednego miesiąca.',
  sarMonth: 'Miesiąc liczy się od potwierdzenia Twojej tożsamości (brytyjskie RODO, art. 12). Jeśli w następnym miesiącu nie ma takiej daty, termin mija ostatniego dnia tego miesiąca; jeśli wypada w dniu, w którym jesteśmy zamknięci, przesuwa się na następny dzień roboczy.',
  sarExtension: 'W przypadku złożonych lub licznych wniosków możemy przedłużyć ten termin o maksymalnie dwa kolejne miesiące. Jeśli tak się stanie, poinformujemy Cię o tym w ciągu pierwszego miesiąca i wyjaśnimy dlaczego.',
  sarIco: "Jeśli nie jesteś zadowolony ze sposobu rozpatrzenia Twojego wniosku, możesz złożyć skargę do Information Commissioner's Office (ICO).",
  // Letters and emails
  letterTitle: 'Potwierdzenie otrzymania listu lub e-maila, informacja, jak zostanie rozpatrzony, i kontakt, jeśli potrzebujemy od Ciebie dodatkowych informacji',
  letterDescription: 'Potwierdzimy otrzymanie Twojej wiadomości i poinformujemy, jak zostanie rozpatrzona, a jeśli będziemy potrzebować od Ciebie dodatkowych informacji, skontaktujemy się z Tobą w ciągu ośmiu dni roboczych.',
  letterFullResponse: 'Wtedy udzielimy pełnej odpowiedzi na Twoje zapytanie albo podamy, kto zajmuje się sprawą i ile czasu potrzebuje na odpowiedź.',
  letterApplications: 'Jeśli Twój list lub e-mail dotyczy wniosku o usługę urzędu lub zgłoszenia problemu, w potwierdzeniu napiszemy, co stanie się dalej i do kiedy.',
  letterOverdue: 'Zadzwoń do nas lub odpowiedz na nasze potwierdzenie, podając swój numer referencyjny.',
  // Calls
  callAim: 'Staramy się odebrać Twoje połączenie w ciągu dwóch minut.',
  callAtBusyTimes: 'W przypadku bardziej złożonych spraw lub w godzinach szczytu może się to nie udać, ale poinformujemy Cię, które miejsce zajmujesz w kolejce, lub zaproponujemy inny sposób kontaktu.',
  callTitle: 'Odebranie połączenia',
  callOverdue: 'Jeśli czekasz już długo, możesz zamiast tego skorzystać z naszych usług internetowych lub napisać do nas e-mail.',
};
