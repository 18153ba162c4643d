/**
 * The default services' names, summaries and the words residents type for
 * them, in Welsh, Polish and Urdu: careful drafts awaiting native-speaker
 * review (see default-charter-language.ts). Loaded with the services, so a
 * widget that never lists services never downloads them.
 */

/** A service's name, summary and extra search words in one language. */
type Translation = [name: string, summary: string, keywords: string[]];

export const SERVICE_TRANSLATIONS: Readonly<Record<string, { cy: Translation; pl: Translation; ur: Translation }>> = {
  'waste-collection': {
    cy: ['Casgliadau biniau', 'Dewch o hyd i’ch diwrnod casglu biniau a beth sy’n mynd ym mhob bin.', ['biniau', 'sbwriel', 'diwrnod biniau', 'casglu sbwriel']],
    pl: ['Wywóz śmieci', 'Sprawdź dzień wywozu śmieci i co wrzucać do każdego kosza.', ['śmieci', 'kosze', 'kosz na śmieci', 'odpady', 'wywóz śmieci']],
    ur: ['کوڑے کی کلیکشن', 'اپنے کوڑے کی کلیکشن کا دن اور یہ معلوم کریں کہ کس ڈبے میں کیا ڈالنا ہے۔', ['کوڑا', 'کچرا', 'ڈسٹ بن', 'کوڑے دان']],
  },
  'missed-bin': {
    cy: ['Rhoi gwybod am fin heb ei gasglu', 'Dywedwch wrthym os na chafodd eich bin ei wagio ar eich diwrnod casglu.', ['bin heb ei gasglu', 'biniau']],
    pl: ['Zgłoś nieopróżniony kosz', 'Daj nam znać, jeśli Twój kosz nie został opróżniony w dniu wywozu.', ['nieodebrane śmieci', 'kosze', 'śmieci']],
    ur: ['کوڑا نہ اٹھانے کی اطلاع دیں', 'اگر کلیکشن کے دن آپ کا ڈبہ خالی نہیں کیا گیا تو ہمیں بتائیں۔', ['کوڑا نہیں اٹھایا', 'ڈسٹ بن']],
  },
  'garden-waste': {
    cy: ['Casglu gwastraff gardd', 'Tanysgrifio i’r bin gwastraff gardd, ei adnewyddu neu ofyn amdano.', ['gwastraff gardd', 'bin gwyrdd']],
    pl: ['Wywóz odpadów ogrodowych', 'Zamów, przedłuż lub zapytaj o pojemnik na odpady ogrodowe.', ['odpady ogrodowe', 'trawa', 'zielony kosz']],
    ur: ['باغ کے کچرے کی کلیکشن', 'باغ کے کچرے کے ڈبے کی رکنیت لیں، تجدید کریں یا اس کے بارے میں پوچھیں۔', ['باغ کا کچرا', 'گھاس']],
  },
  'bulky-waste': {
    cy: ['Casglu gwastraff swmpus', 'Trefnu casglu eitemau mawr o’r cartref.', ['gwastraff swmpus', 'soffa', 'oergell']],
    pl: ['Wywóz odpadów wielkogabarytowych', 'Zamów odbiór dużych przedmiotów z domu.', ['gabaryty', 'meble', 'lodówka', 'kanapa']],
    ur: ['بڑی اشیاء کی کلیکشن', 'گھر کی بڑی اشیاء اٹھوانے کے لیے بکنگ کریں۔', ['صوفہ', 'فریج', 'فرنیچر']],
  },
  'new-bin': {
    cy: ['Bin newydd neu fin newydd yn lle hen un', 'Archebu bin ar gyfer cartref newydd, neu un newydd yn lle un a gollwyd neu a dorrwyd.', ['bin newydd', 'bin wedi torri']],
    pl: ['Nowy lub zastępczy kosz', 'Zamów kosz do nowego domu albo wymień zgubiony lub uszkodzony.', ['nowy kosz', 'zepsuty kosz', 'kosze']],
    ur: ['نیا یا متبادل ڈبہ', 'نئے گھر کے لیے ڈبہ منگوائیں، یا گم شدہ یا ٹوٹا ہوا ڈبہ تبدیل کروائیں۔', ['نیا ڈبہ', 'ٹوٹا ڈبہ']],
  },
  'household-waste-recycling-centres': {
    cy: ['Canolfannau ailgylchu gwastraff y cartref', 'Oriau agor a beth gallwch chi fynd ag ef i’r domen.', ['tomen', 'canolfan ailgylchu']],
    pl: ['Punkty zbiórki odpadów (PSZOK)', 'Godziny otwarcia i co można oddać w punkcie zbiórki.', ['wysypisko', 'pszok', 'recykling']],
    ur: ['گھریلو کچرے کے ری سائیکلنگ مراکز', 'کھلنے کے اوقات اور یہ کہ آپ وہاں کیا لے جا سکتے ہیں۔', ['ری سائیکلنگ', 'کچرا گھر']],
  },
  'fly-tipping': {
    cy: ['Rhoi gwybod am dipio anghyfreithlon', 'Dywedwch wrthym am sbwriel a gafodd ei adael yn anghyfreithlon.', ['tipio anghyfreithlon', 'sbwriel']],
    pl: ['Zgłoś nielegalne wysypisko', 'Powiadom nas o nielegalnie porzuconych śmieciach.', ['dzikie wysypisko', 'porzucone śmieci']],
    ur: ['غیر قانونی کچرا پھینکنے کی اطلاع دیں', 'غیر قانونی طور پر پھینکے گئے کچرے کے بارے میں ہمیں بتائیں۔', ['کچرا پھینکنا']],
  },
  'litter-and-street-cleaning': {
    cy: ['Sbwriel a glanhau strydoedd', 'Rhoi gwybod am sbwriel, baw cŵn, graffiti neu nodwyddau mewn man cyhoeddus.', ['sbwriel', 'baw ci', 'graffiti']],
    pl: ['Śmieci i sprzątanie ulic', 'Zgłoś śmieci, psie odchody, graffiti lub igły w miejscu publicznym.', ['sprzątanie ulic', 'psie odchody', 'graffiti']],
    ur: ['کچرا اور سڑکوں کی صفائی', 'عوامی جگہ پر کچرے، کتوں کی گندگی، گرافٹی یا سوئیوں کی اطلاع دیں۔', ['صفائی', 'گرافٹی']],
  },
  'council-tax-bill': {
    cy: ['Biliau’r Dreth Gyngor', 'Deall eich bil, eich band, neu ddweud wrthym eich bod yn symud tŷ.', ['treth gyngor', 'bil']],
    pl: ['Rachunki za podatek lokalny (Council Tax)', 'Zrozum swój rachunek i pasmo podatkowe albo zgłoś przeprowadzkę.', ['podatek lokalny', 'rachunek', 'przeprowadzka']],
    ur: ['کونسل ٹیکس کے بل', 'اپنا بل اور بینڈ سمجھیں، یا ہمیں گھر بدلنے کے بارے میں بتائیں۔', ['کونسل ٹیکس', 'بل']],
  },
  'pay-council-tax': {
    cy: ['Talu’r Dreth Gyngor', 'Talu ar-lein, sefydlu Debyd Uniongyrchol, neu siarad â ni os ydych ar ei hôl hi.', ['talu treth gyngor', 'debyd uniongyrchol']],
    pl: ['Zapłać podatek lokalny', 'Zapłać przez internet, ustaw polecenie zapłaty (Direct Debit) lub porozmawiaj z nami o zaległościach.', ['zapłata', 'zaległości', 'polecenie zapłaty']],
    ur: ['کونسل ٹیکس ادا کریں', 'آن لائن ادائیگی کریں، ڈائریکٹ ڈیبٹ لگائیں، یا بقایا ہونے کی صورت میں ہم سے بات کریں۔', ['ادائیگی', 'بقایا']],
  },
  'council-tax-discounts': {
    cy: ['Gostyngiadau ac eithriadau’r Dreth Gyngor', 'Gostyngiad person sengl, myfyrwyr, cartrefi gwag a gostyngiadau eraill.', ['gostyngiad', 'eithriad']],
    pl: ['Zniżki i zwolnienia z podatku lokalnego', 'Zniżka dla osoby samotnej, studenci, puste domy i inne ulgi.', ['zniżka', 'zwolnienie', 'ulga']],
    ur: ['کونسل ٹیکس میں رعایت اور چھوٹ', 'اکیلے فرد کی رعایت، طلبہ، خالی گھر اور دیگر کمی۔', ['رعایت', 'چھوٹ']],
  },
  'housing-benefit': {
    cy: ['Budd-dal Tai a Chymorth y Dreth Gyngor', 'Help gyda rhent a’r Dreth Gyngor os ydych ar incwm isel.', ['budd-daliadau', 'budd-dal tai']],
    pl: ['Dodatek mieszkaniowy i pomoc w podatku lokalnym', 'Pomoc w opłaceniu czynszu i podatku lokalnego przy niskich dochodach.', ['zasiłek', 'dodatek mieszkaniowy', 'czynsz']],
    ur: ['ہاؤسنگ بینیفٹ اور کونسل ٹیکس سپورٹ', 'کم آمدنی کی صورت میں کرائے اور کونسل ٹیکس میں مدد۔', ['بینیفٹ', 'کرایہ']],
  },
  'discretionary-support': {
    cy: ['Cymorth mewn argyfwng a chaledi', 'Help untro mewn argyfwng, a Thaliadau Tai Dewisol.', ['argyfwng', 'caledi']],
    pl: ['Pomoc doraźna i w trudnej sytuacji', 'Jednorazowa pomoc w kryzysie i uznaniowe dopłaty mieszkaniowe.', ['pomoc kryzysowa', 'jedzenie']],
    ur: ['ہنگامی اور مالی مشکلات میں مدد', 'بحران میں ایک بار کی مدد، اور صوابدیدی ہاؤسنگ ادائیگیاں۔', ['مالی مدد', 'کھانا']],
  },
  'business-rates': {
    cy: ['Ardrethi busnes', 'Biliau, taliadau a rhyddhad ar gyfer eiddo busnes.', ['ardrethi busnes']],
    pl: ['Podatek od nieruchomości firmowych (business rates)', 'Rachunki, płatności i ulgi dla lokali firmowych.', ['podatek firmowy', 'firma']],
    ur: ['کاروباری ریٹس', 'کاروباری جگہوں کے بل، ادائیگیاں اور رعایت۔', ['کاروباری ٹیکس']],
  },
  'housing-advice': {
    cy: ['Cyngor ar dai a’r gofrestr tai', 'Gwneud cais am dai cymdeithasol, neu gael cyngor am rentu.', ['tai', 'tai cymdeithasol', 'rhent']],
    pl: ['Porady mieszkaniowe i rejestr mieszkaniowy', 'Złóż wniosek o mieszkanie socjalne lub uzyskaj poradę w sprawie wynajmu.', ['mieszkanie', 'mieszkanie socjalne', 'wynajem']],
    ur: ['رہائش کے بارے میں مشورہ اور ہاؤسنگ رجسٹر', 'سوشل ہاؤسنگ کے لیے درخواست دیں، یا کرایے پر رہنے کے بارے میں مشورہ لیں۔', ['رہائش', 'مکان', 'کرایہ']],
  },
  homelessness: {
    cy: ['Digartrefedd', 'Cael help nawr os ydych yn ddigartref neu y gallech golli eich cartref.', ['digartref', 'troi allan']],
    pl: ['Bezdomność', 'Uzyskaj pomoc od razu, jeśli jesteś bezdomny lub możesz stracić dom.', ['bezdomny', 'eksmisja']],
    ur: ['بے گھری', 'اگر آپ بے گھر ہیں یا آپ کا گھر چھن سکتا ہے تو ابھی مدد لیں۔', ['بے گھر', 'بے دخلی']],
  },
  'disabled-facilities-grant': {
    cy: ['Addasiadau i’r cartref', 'Grantiau Cyfleusterau i Bobl Anabl ar gyfer rampiau, lifftiau grisiau ac ystafelloedd ymolchi hygyrch.', ['addasiadau', 'lifft grisiau']],
    pl: ['Przystosowanie domu', 'Dotacje dla osób niepełnosprawnych na podjazdy, windy schodowe i dostępne łazienki.', ['przystosowanie', 'winda schodowa']],
    ur: ['گھر میں تبدیلیاں', 'ریمپ، سیڑھی لفٹ اور قابل رسائی باتھ روم کے لیے معذور افراد کی سہولیات کی گرانٹ۔', ['سیڑھی لفٹ', 'ریمپ']],
  },
  'private-housing-standards': {
    cy: ['Problemau gyda chartref ar rent', 'Lleithder, llwydni, adfeiliad neu gartref anniogel rydych yn ei rentu’n breifat.', ['lleithder', 'llwydni']],
    pl: ['Problemy z wynajmowanym mieszkaniem', 'Wilgoć, pleśń, usterki lub niebezpieczne mieszkanie wynajmowane prywatnie.', ['wilgoć', 'pleśń', 'właściciel']],
    ur: ['کرائے کے گھر میں مسائل', 'نمی، پھپھوندی، خرابی یا نجی طور پر کرائے پر لیا گیا غیر محفوظ گھر۔', ['نمی', 'پھپھوندی', 'مالک مکان']],
  },
  'planning-applications': {
    cy: ['Ceisiadau cynllunio', 'Gwneud cais am ganiatâd cynllunio, neu roi sylwadau ar gais.', ['cynllunio', 'caniatâd cynllunio']],
    pl: ['Wnioski planistyczne', 'Złóż wniosek o pozwolenie planistyczne lub skomentuj wniosek.', ['pozwolenie na budowę', 'rozbudowa']],
    ur: ['پلاننگ کی درخواستیں', 'پلاننگ کی اجازت کے لیے درخواست دیں، یا کسی درخواست پر رائے دیں۔', ['پلاننگ', 'تعمیر کی اجازت']],
  },
  'planning-enforcement': {
    cy: ['Rhoi gwybod am dorri rheolau cynllunio', 'Dywedwch wrthym am waith adeiladu neu newid defnydd heb ganiatâd.', ['torri rheolau cynllunio']],
    pl: ['Zgłoś naruszenie przepisów planistycznych', 'Powiadom nas o budowie lub zmianie użytkowania bez pozwolenia.', ['samowola budowlana']],
    ur: ['پلاننگ کی خلاف ورزی کی اطلاع دیں', 'بغیر اجازت تعمیر یا استعمال میں تبدیلی کے بارے میں ہمیں بتائیں۔', ['غیر قانونی تعمیر']],
  },
  'building-control': {
    cy: ['Rheoli adeiladu', 'Cymeradwyaeth rheoliadau adeiladu, archwiliadau ac adeileddau peryglus.', ['rheoliadau adeiladu', 'adeilad peryglus']],
    pl: ['Nadzór budowlany', 'Zatwierdzenia zgodnie z przepisami budowlanymi, inspekcje i niebezpieczne budowle.', ['przepisy budowlane', 'niebezpieczny budynek']],
    ur: ['بلڈنگ کنٹرول', 'بلڈنگ ریگولیشنز کی منظوری، معائنے اور خطرناک عمارتیں۔', ['خطرناک عمارت']],
  },
  'roads-and-potholes': {
    cy: ['Ffyrdd, palmentydd a thyllau yn y ffordd', 'Rhoi gwybod am dwll yn y ffordd neu ddifrod i ffordd neu balmant.', ['twll yn y ffordd', 'palmant', 'ffordd']],
    pl: ['Drogi, chodniki i dziury', 'Zgłoś dziurę lub uszkodzenie drogi albo chodnika.', ['dziura w drodze', 'chodnik', 'droga']],
    ur: ['سڑکیں، فٹ پاتھ اور گڑھے', 'سڑک یا فٹ پاتھ میں گڑھے یا نقصان کی اطلاع دیں۔', ['گڑھا', 'سڑک', 'فٹ پاتھ']],
  },
  gritting: {
    cy: ['Graeanu a ffyrdd yn y gaeaf', 'Llwybrau graeanu a biniau graean.', ['graeanu', 'rhew', 'eira']],
    pl: ['Posypywanie dróg zimą', 'Trasy posypywania i pojemniki z solą.', ['sól', 'lód', 'śnieg']],
    ur: ['سردیوں میں سڑکوں پر نمک پاشی', 'نمک پاشی کے راستے اور نمک کے ڈبے۔', ['برف', 'نمک']],
  },
  'street-lighting': {
    cy: ['Goleuadau stryd', 'Rhoi gwybod am olau stryd sydd wedi diffodd neu wedi’i ddifrodi.', ['golau stryd']],
    pl: ['Oświetlenie ulic', 'Zgłoś niedziałającą lub uszkodzoną latarnię.', ['latarnia', 'oświetlenie']],
    ur: ['اسٹریٹ لائٹس', 'بند یا خراب اسٹریٹ لائٹ کی اطلاع دیں۔', ['اسٹریٹ لائٹ', 'بتی']],
  },
  'roadworks-and-closures': {
    cy: ['Gwaith ffordd a chau ffyrdd', 'Gwaith ffordd wedi’i gynllunio, ffyrdd ar gau a dargyfeiriadau.', ['gwaith ffordd', 'ffordd ar gau']],
    pl: ['Roboty drogowe i zamknięcia dróg', 'Planowane roboty drogowe, zamknięcia i objazdy.', ['roboty drogowe', 'objazd']],
    ur: ['سڑکوں پر کام اور بندش', 'سڑکوں پر طے شدہ کام، بندش اور متبادل راستے۔', ['سڑک بند']],
  },
  'parking-permits': {
    cy: ['Trwyddedau parcio a meysydd parcio', 'Trwyddedau preswylwyr ac ymwelwyr, tocynnau tymor a thaliadau meysydd parcio.', ['trwydded parcio', 'maes parcio']],
    pl: ['Pozwolenia na parkowanie i parkingi', 'Pozwolenia dla mieszkańców i gości, bilety okresowe i opłaty parkingowe.', ['parking', 'pozwolenie na parkowanie']],
    ur: ['پارکنگ پرمٹ اور کار پارک', 'رہائشیوں اور مہمانوں کے پرمٹ، سیزن ٹکٹ اور کار پارک کی فیس۔', ['پارکنگ', 'پرمٹ']],
  },
  'parking-fines': {
    cy: ['Dirwyon parcio', 'Talu neu herio Hysbysiad Tâl Cosb.', ['dirwy parcio']],
    pl: ['Mandaty za parkowanie', 'Zapłać lub zakwestionuj mandat (Penalty Charge Notice).', ['mandat', 'mandat za parkowanie']],
    ur: ['پارکنگ جرمانے', 'پینلٹی چارج نوٹس ادا کریں یا اسے چیلنج کریں۔', ['جرمانہ', 'پارکنگ ٹکٹ']],
  },
  'blue-badge': {
    cy: ['Bathodyn Glas', 'Gwneud cais am fathodyn parcio i bobl anabl neu ei adnewyddu.', ['bathodyn glas']],
    pl: ['Niebieska karta parkingowa (Blue Badge)', 'Złóż wniosek o kartę parkingową dla osoby niepełnosprawnej lub ją odnów.', ['karta parkingowa', 'niepełnosprawny']],
    ur: ['بلیو بیج', 'معذور افراد کے پارکنگ بیج کے لیے درخواست دیں یا اس کی تجدید کریں۔', ['معذور پارکنگ']],
  },
  'bus-passes': {
    cy: ['Pasys bws', 'Teithio am ddim ar fysiau i bobl hŷn ac anabl.', ['pas bws']],
    pl: ['Bilety autobusowe', 'Bezpłatne przejazdy autobusem dla osób starszych i niepełnosprawnych.', ['bilet autobusowy', 'autobus']],
    ur: ['بس پاس', 'بزرگوں اور معذور افراد کے لیے مفت بس سفر۔', ['بس']],
  },
  'public-rights-of-way': {
    cy: ['Hawliau tramwy cyhoeddus', 'Llwybrau troed a llwybrau ceffylau: rhoi gwybod am lwybr wedi’i rwystro neu gamfa wedi torri.', ['llwybr troed']],
    pl: ['Publiczne ścieżki i szlaki', 'Ścieżki piesze i konne: zgłoś zablokowaną ścieżkę lub zepsuty przełaz.', ['ścieżka', 'szlak']],
    ur: ['عوامی راستے', 'پیدل اور گھڑ سواری کے راستے: بند راستے یا ٹوٹی سیڑھی کی اطلاع دیں۔', ['پیدل راستہ']],
  },
  'school-admissions': {
    cy: ['Derbyn i ysgolion', 'Gwneud cais am le mewn ysgol, newid ysgol, neu apelio.', ['lle ysgol', 'ysgol']],
    pl: ['Zapisy do szkół', 'Złóż wniosek o miejsce w szkole, zmień szkołę lub odwołaj się.', ['szkoła', 'zapisy']],
    ur: ['اسکول میں داخلے', 'اسکول میں جگہ کے لیے درخواست دیں، اسکول بدلیں یا اپیل کریں۔', ['اسکول', 'داخلہ']],
  },
  'school-transport': {
    cy: ['Cludiant i’r ysgol a’r coleg', 'Help i gyrraedd yr ysgol neu’r coleg, gan gynnwys i blant ag anghenion addysgol arbennig.', ['bws ysgol', 'cludiant ysgol']],
    pl: ['Dowóz do szkoły i college’u', 'Pomoc w dojazdach do szkoły lub college’u, także dla dzieci ze specjalnymi potrzebami.', ['dowóz do szkoły', 'autobus szkolny']],
    ur: ['اسکول اور کالج کی ٹرانسپورٹ', 'اسکول یا کالج آنے جانے میں مدد، بشمول خصوصی تعلیمی ضروریات والے بچوں کے لیے۔', ['اسکول بس']],
  },
  send: {
    cy: ['Anghenion addysgol arbennig ac anableddau', 'Cynlluniau addysg, iechyd a gofal, a’r cynnig lleol.', ['anghenion arbennig']],
    pl: ['Specjalne potrzeby edukacyjne i niepełnosprawność (SEND)', 'Plany edukacji, zdrowia i opieki (EHCP) oraz lokalna oferta.', ['specjalne potrzeby', 'niepełnosprawność']],
    ur: ['خصوصی تعلیمی ضروریات اور معذوری (SEND)', 'تعلیم، صحت اور نگہداشت کے منصوبے، اور مقامی سہولیات۔', ['خصوصی ضروریات']],
  },
  'free-school-meals': {
    cy: ['Prydau ysgol am ddim', 'Gwirio a all eich plentyn gael prydau ysgol am ddim.', ['prydau ysgol']],
    pl: ['Bezpłatne posiłki szkolne', 'Sprawdź, czy Twoje dziecko może otrzymywać bezpłatne posiłki w szkole.', ['obiady szkolne', 'posiłki']],
    ur: ['مفت اسکول کھانا', 'معلوم کریں کہ کیا آپ کا بچہ اسکول میں مفت کھانا لے سکتا ہے۔', ['اسکول کا کھانا']],
  },
  'childcare-and-early-years': {
    cy: ['Gofal plant a’r blynyddoedd cynnar', 'Gofal plant wedi’i ariannu i blant 2, 3 a 4 oed, a dod o hyd i ofal plant.', ['gofal plant', 'meithrinfa']],
    pl: ['Opieka nad dziećmi i wczesna edukacja', 'Finansowana opieka dla dzieci w wieku 2, 3 i 4 lat oraz szukanie opieki.', ['żłobek', 'przedszkole', 'opieka nad dziećmi']],
    ur: ['بچوں کی نگہداشت اور ابتدائی سال', '2، 3 اور 4 سال کے بچوں کے لیے سرکاری خرچ پر نگہداشت، اور نگہداشت تلاش کرنا۔', ['نرسری', 'بچوں کی نگہداشت']],
  },
  'adults-social-care': {
    cy: ['Gofal cymdeithasol i oedolion', 'Gofal a chymorth yn y cartref, cartrefi gofal, a help os ydych yn poeni am oedolyn.', ['gofal', 'cartref gofal', 'gofalwr']],
    pl: ['Opieka społeczna nad dorosłymi', 'Opieka i wsparcie w domu, domy opieki oraz pomoc, jeśli martwisz się o osobę dorosłą.', ['opieka', 'dom opieki', 'opiekun']],
    ur: ['بالغوں کی سماجی نگہداشت', 'گھر پر نگہداشت اور مدد، کیئر ہوم، اور اگر آپ کو کسی بالغ کی فکر ہو تو مدد۔', ['نگہداشت', 'کیئر ہوم', 'بزرگ']],
  },
  'carers-support': {
    cy: ['Cymorth i ofalwyr', 'Asesiadau gofalwyr, seibiant a chyngor os ydych yn gofalu am rywun.', ['gofalwr', 'gofalu']],
    pl: ['Wsparcie dla opiekunów', 'Ocena potrzeb opiekuna, opieka wytchnieniowa i porady, jeśli opiekujesz się kimś.', ['opiekun', 'opieka wytchnieniowa']],
    ur: ['نگہداشت کرنے والوں کے لیے مدد', 'اگر آپ کسی کی دیکھ بھال کرتے ہیں تو کیئرر کا جائزہ، وقفہ اور مشورہ۔', ['دیکھ بھال']],
  },
  'childrens-social-care': {
    cy: ['Gofal cymdeithasol i blant', 'Help i deuluoedd, a beth i’w wneud os ydych yn poeni am blentyn. Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.', ['amddiffyn plant', 'gweithiwr cymdeithasol']],
    pl: ['Opieka społeczna nad dziećmi', 'Pomoc dla rodzin i co zrobić, jeśli martwisz się o dziecko. Jeśli dziecko jest w bezpośrednim niebezpieczeństwie, zadzwoń pod 999.', ['ochrona dzieci', 'pracownik socjalny']],
    ur: ['بچوں کی سماجی نگہداشت', 'خاندانوں کے لیے مدد، اور اگر آپ کو کسی بچے کی فکر ہو تو کیا کریں۔ اگر کسی بچے کو فوری خطرہ ہو تو 999 پر کال کریں۔', ['بچوں کا تحفظ', 'سوشل ورکر']],
  },
  'fostering-and-adoption': {
    cy: ['Maethu a mabwysiadu', 'Dysgu am ddod yn ofalwr maeth neu fabwysiadu.', ['maethu', 'mabwysiadu']],
    pl: ['Rodziny zastępcze i adopcja', 'Dowiedz się, jak zostać rodziną zastępczą lub adoptować dziecko.', ['rodzina zastępcza', 'adopcja']],
    ur: ['فوسٹرنگ اور گود لینا', 'فوسٹر کیئرر بننے یا بچہ گود لینے کے بارے میں جانیں۔', ['گود لینا', 'فوسٹر']],
  },
  'register-a-birth': {
    cy: ['Cofrestru genedigaeth', 'Trefnu apwyntiad i gofrestru genedigaeth.', ['genedigaeth', 'babi']],
    pl: ['Rejestracja urodzenia', 'Umów wizytę, aby zarejestrować urodzenie dziecka.', ['urodzenie', 'dziecko']],
    ur: ['پیدائش کا اندراج', 'پیدائش کے اندراج کے لیے وقت لیں۔', ['پیدائش', 'بچہ']],
  },
  'register-a-death': {
    cy: ['Cofrestru marwolaeth', 'Trefnu apwyntiad i gofrestru marwolaeth, a Dweud Wrthym Unwaith.', ['marwolaeth', 'profedigaeth']],
    pl: ['Rejestracja zgonu', 'Umów wizytę, aby zarejestrować zgon, i skorzystaj z usługi Tell Us Once.', ['zgon', 'śmierć']],
    ur: ['وفات کا اندراج', 'وفات کے اندراج کے لیے وقت لیں، اور ’ایک بار بتائیں‘ سروس استعمال کریں۔', ['وفات', 'موت']],
  },
  'marriages-and-civil-partnerships': {
    cy: ['Priodasau a phartneriaethau sifil', 'Rhoi hysbysiad, a threfnu seremoni.', ['priodas', 'seremoni']],
    pl: ['Śluby i związki partnerskie', 'Złóż zawiadomienie i zarezerwuj ceremonię.', ['ślub', 'ceremonia']],
    ur: ['شادی اور سول پارٹنرشپ', 'نوٹس دیں، اور تقریب کی بکنگ کریں۔', ['شادی', 'تقریب']],
  },
  certificates: {
    cy: ['Copïau o dystysgrifau', 'Archebu copi o dystysgrif geni, marwolaeth, priodas neu bartneriaeth sifil.', ['tystysgrif']],
    pl: ['Odpisy aktów', 'Zamów odpis aktu urodzenia, zgonu, małżeństwa lub związku partnerskiego.', ['akt urodzenia', 'odpis']],
    ur: ['سرٹیفکیٹ کی نقول', 'پیدائش، وفات، شادی یا سول پارٹنرشپ سرٹیفکیٹ کی نقل منگوائیں۔', ['سرٹیفکیٹ']],
  },
  'electoral-registration': {
    cy: ['Cofrestru i bleidleisio ac etholiadau', 'Cofrestru i bleidleisio, pleidleisio drwy’r post neu drwy ddirprwy, a dod o hyd i’ch gorsaf bleidleisio.', ['pleidleisio', 'etholiad']],
    pl: ['Rejestracja wyborców i wybory', 'Zarejestruj się do głosowania, głosuj korespondencyjnie lub przez pełnomocnika i znajdź swój lokal wyborczy.', ['głosowanie', 'wybory']],
    ur: ['ووٹ کے لیے اندراج اور انتخابات', 'ووٹ کے لیے اندراج کریں، ڈاک یا پراکسی کے ذریعے ووٹ دیں، اور اپنا پولنگ اسٹیشن تلاش کریں۔', ['ووٹ', 'انتخابات']],
  },
  licensing: {
    cy: ['Trwyddedu', 'Alcohol ac adloniant, masnachu ar y stryd, gamblo a thrwyddedau anifeiliaid.', ['trwydded']],
    pl: ['Licencje i zezwolenia', 'Alkohol i rozrywka, handel uliczny, hazard i licencje dotyczące zwierząt.', ['licencja', 'zezwolenie', 'alkohol']],
    ur: ['لائسنسنگ', 'شراب اور تفریح، گلیوں میں تجارت، جوا اور جانوروں کے لائسنس۔', ['لائسنس']],
  },
  'taxi-licensing': {
    cy: ['Trwyddedu tacsis a cherbydau hurio preifat', 'Trwyddedau gyrwyr, cerbydau a gweithredwyr.', ['tacsi']],
    pl: ['Licencje taxi i przewozu osób', 'Licencje dla kierowców, pojazdów i przewoźników.', ['taksówka', 'taxi']],
    ur: ['ٹیکسی اور پرائیویٹ ہائر لائسنس', 'ڈرائیور، گاڑی اور آپریٹر کے لائسنس۔', ['ٹیکسی']],
  },
  'food-safety': {
    cy: ['Diogelwch a hylendid bwyd', 'Cofrestru busnes bwyd, neu roi gwybod am bryder ynghylch diogelwch bwyd.', ['hylendid bwyd', 'bwyd']],
    pl: ['Bezpieczeństwo i higiena żywności', 'Zarejestruj firmę spożywczą lub zgłoś problem z bezpieczeństwem żywności.', ['żywność', 'zatrucie pokarmowe']],
    ur: ['خوراک کی حفاظت اور صفائی', 'کھانے کا کاروبار رجسٹر کریں، یا کھانے کی حفاظت سے متعلق تشویش کی اطلاع دیں۔', ['کھانا', 'فوڈ پوائزننگ']],
  },
  'environmental-health': {
    cy: ['Llygredd ac iechyd yr amgylchedd', 'Mwg, arogleuon, coelcerthi, ansawdd aer a thir halogedig.', ['llygredd', 'mwg']],
    pl: ['Zanieczyszczenia i zdrowie środowiskowe', 'Dym, zapachy, ogniska, jakość powietrza i skażona ziemia.', ['zanieczyszczenie', 'dym', 'smród']],
    ur: ['آلودگی اور ماحولیاتی صحت', 'دھواں، بو، الاؤ، ہوا کا معیار اور آلودہ زمین۔', ['آلودگی', 'دھواں']],
  },
  noise: {
    cy: ['Cwynion am sŵn', 'Rhoi gwybod am sŵn gan gymdogion, busnesau neu ddigwyddiadau.', ['sŵn', 'cymdogion swnllyd']],
    pl: ['Skargi dotyczące hałasu', 'Zgłoś zakłócanie spokoju przez sąsiadów, firmy lub imprezy.', ['hałas', 'głośni sąsiedzi']],
    ur: ['شور کی شکایات', 'پڑوسیوں، کاروبار یا تقریبات کے شور کی اطلاع دیں۔', ['شور', 'پڑوسی']],
  },
  'anti-social-behaviour': {
    cy: ['Ymddygiad gwrthgymdeithasol', 'Rhoi gwybod am ymddygiad gwrthgymdeithasol, neu ofyn am adolygiad achos. Mewn argyfwng, ffoniwch 999.', ['ymddygiad gwrthgymdeithasol']],
    pl: ['Zachowania aspołeczne', 'Zgłoś zachowania aspołeczne lub poproś o przegląd sprawy. W nagłym wypadku zadzwoń pod 999.', ['zachowania aspołeczne', 'nękanie']],
    ur: ['سماج دشمن رویہ', 'سماج دشمن رویے کی اطلاع دیں، یا کیس کے جائزے کی درخواست کریں۔ ہنگامی صورت میں 999 پر کال کریں۔', ['ہراسانی']],
  },
  'pest-control': {
    cy: ['Rheoli plâu', 'Trefnu triniaeth ar gyfer llygod mawr, llygod, gwenyn meirch a phlâu eraill.', ['plâu', 'llygod mawr']],
    pl: ['Zwalczanie szkodników', 'Zamów usuwanie szczurów, myszy, os i innych szkodników.', ['szczury', 'myszy', 'szkodniki']],
    ur: ['کیڑے مار سروس', 'چوہوں، بھڑوں اور دوسرے کیڑوں کے علاج کی بکنگ کریں۔', ['چوہے', 'کیڑے']],
  },
  'dog-warden': {
    cy: ['Cŵn strae a wardeiniaid cŵn', 'Rhoi gwybod am gi strae, neu ddod o hyd i gi sydd ar goll.', ['ci strae', 'ci ar goll']],
    pl: ['Bezpańskie psy', 'Zgłoś bezpańskiego psa lub znajdź zagubionego.', ['bezpański pies', 'zgubiony pies']],
    ur: ['آوارہ کتے اور ڈاگ وارڈن', 'آوارہ کتے کی اطلاع دیں، یا گم شدہ کتا تلاش کریں۔', ['آوارہ کتا', 'کتا']],
  },
  'trading-standards': {
    cy: ['Safonau masnach', 'Rhoi gwybod am sgam, masnachwr twyllodrus neu gynnyrch anniogel.', ['sgam']],
    pl: ['Ochrona konsumentów (Trading Standards)', 'Zgłoś oszustwo, nieuczciwego handlowca lub niebezpieczny produkt.', ['oszustwo', 'nieuczciwy handlowiec']],
    ur: ['ٹریڈنگ اسٹینڈرڈز', 'فراڈ، دھوکے باز تاجر یا غیر محفوظ مصنوعات کی اطلاع دیں۔', ['فراڈ', 'دھوکہ']],
  },
  libraries: {
    cy: ['Llyfrgelloedd', 'Ymaelodi, benthyg ac adnewyddu, e-lyfrau, ac oriau agor llyfrgelloedd.', ['llyfrgell', 'llyfrau']],
    pl: ['Biblioteki', 'Zapisz się, wypożyczaj i przedłużaj, e-booki i godziny otwarcia bibliotek.', ['biblioteka', 'książki']],
    ur: ['لائبریریاں', 'رکنیت، کتابیں لینا اور تجدید، ای بکس، اور لائبریری کے اوقات۔', ['لائبریری', 'کتابیں']],
  },
  'leisure-centres': {
    cy: ['Canolfannau hamdden a chwaraeon', 'Nofio, campfeydd a neuaddau chwaraeon.', ['nofio', 'campfa']],
    pl: ['Centra rekreacyjne i sport', 'Pływanie, siłownie i hale sportowe.', ['basen', 'siłownia']],
    ur: ['تفریحی مراکز اور کھیل', 'تیراکی، جم اور کھیلوں کے ہال۔', ['تیراکی', 'جم']],
  },
  'parks-and-open-spaces': {
    cy: ['Parciau, mannau chwarae a rhandiroedd', 'Parciau, parciau gwledig, meysydd chwarae a rhandiroedd.', ['parc', 'maes chwarae']],
    pl: ['Parki, place zabaw i działki', 'Parki, parki krajobrazowe, place zabaw i ogródki działkowe.', ['park', 'plac zabaw', 'działka']],
    ur: ['پارک، کھیل کے میدان اور الاٹمنٹ', 'پارک، کنٹری پارک، بچوں کے کھیل کے میدان اور الاٹمنٹ۔', ['پارک']],
  },
  trees: {
    cy: ['Coed a gwrychoedd', 'Coed peryglus neu wedi cwympo, gorchmynion cadw coed a gwrychoedd uchel.', ['coeden', 'gwrych']],
    pl: ['Drzewa i żywopłoty', 'Niebezpieczne lub powalone drzewa, ochrona drzew i wysokie żywopłoty.', ['drzewo', 'żywopłot']],
    ur: ['درخت اور باڑیں', 'خطرناک یا گرے ہوئے درخت، درختوں کے تحفظ کے احکامات اور اونچی باڑیں۔', ['درخت']],
  },
  flooding: {
    cy: ['Llifogydd a draenio', 'Rhoi gwybod am lifogydd neu ddraen ffordd wedi’i blocio, a pharatoi ar gyfer llifogydd.', ['llifogydd', 'draen']],
    pl: ['Powodzie i odwodnienie', 'Zgłoś zalanie lub zatkaną studzienkę i przygotuj się na powódź.', ['powódź', 'zalanie', 'studzienka']],
    ur: ['سیلاب اور نکاسی آب', 'سیلاب یا سڑک کی بند نالی کی اطلاع دیں، اور سیلاب کے لیے تیاری کریں۔', ['سیلاب', 'نالی']],
  },
  'cemeteries-and-crematoria': {
    cy: ['Mynwentydd ac amlosgfeydd', 'Claddedigaethau, amlosgiadau, beddau a chofebion.', ['mynwent', 'angladd']],
    pl: ['Cmentarze i krematoria', 'Pochówki, kremacje, groby i pomniki.', ['cmentarz', 'pogrzeb']],
    ur: ['قبرستان اور کریمیٹوریم', 'تدفین، آخری رسومات، قبریں اور یادگاریں۔', ['قبرستان', 'جنازہ']],
  },
  'complaints-and-feedback': {
    cy: ['Canmoliaeth, awgrymiadau a chwynion', 'Dywedwch wrthym beth aeth yn dda, beth allem ei wneud yn well, neu gwnewch gwyn.', ['cwyn', 'canmoliaeth', 'adborth']],
    pl: ['Pochwały, sugestie i skargi', 'Powiedz nam, co poszło dobrze, co możemy poprawić, lub złóż skargę.', ['skarga', 'pochwała', 'opinia']],
    ur: ['تعریف، تجاویز اور شکایات', 'ہمیں بتائیں کہ کیا اچھا رہا، ہم کیا بہتر کر سکتے ہیں، یا شکایت درج کریں۔', ['شکایت', 'تعریف', 'رائے']],
  },
  'freedom-of-information': {
    cy: ['Ceisiadau Rhyddid Gwybodaeth', 'Gofyn am wybodaeth sydd gan y cyngor.', ['rhyddid gwybodaeth']],
    pl: ['Wnioski o dostęp do informacji (FOI)', 'Poproś o informacje, które posiada urząd.', ['dostęp do informacji']],
    ur: ['فریڈم آف انفارمیشن کی درخواستیں', 'کونسل کے پاس موجود معلومات کے لیے درخواست دیں۔', ['معلومات کی آزادی']],
  },
  'subject-access-request': {
    cy: ['Eich gwybodaeth bersonol', 'Gofyn am gopi o’r wybodaeth sydd gennym amdanoch (Cais Gwrthrych am Wybodaeth).', ['gwybodaeth bersonol']],
    pl: ['Twoje dane osobowe', 'Poproś o kopię informacji, które o Tobie przechowujemy (wniosek o dostęp do danych).', ['dane osobowe', 'rodo']],
    ur: ['آپ کی ذاتی معلومات', 'ہمارے پاس آپ کے بارے میں موجود معلومات کی نقل مانگیں (سبجیکٹ ایکسیس ریکویسٹ)۔', ['ذاتی معلومات']],
  },
  'councillors-and-meetings': {
    cy: ['Cynghorwyr a chyfarfodydd y cyngor', 'Dod o hyd i’ch cynghorydd, ac agendâu a phenderfyniadau cyfarfodydd.', ['cynghorydd']],
    pl: ['Radni i posiedzenia rady', 'Znajdź swojego radnego oraz porządki obrad i decyzje.', ['radny', 'posiedzenie']],
    ur: ['کونسلرز اور کونسل کے اجلاس', 'اپنا کونسلر تلاش کریں، اور اجلاسوں کے ایجنڈے اور فیصلے دیکھیں۔', ['کونسلر']],
  },
  'business-support': {
    cy: ['Cymorth i fusnesau', 'Cyngor a chymorth i ddechrau a thyfu busnes.', ['busnes']],
    pl: ['Wsparcie dla firm', 'Porady i wsparcie przy zakładaniu i rozwijaniu firmy.', ['firma', 'działalność gospodarcza']],
    ur: ['کاروباری مدد', 'کاروبار شروع کرنے اور بڑھانے کے لیے مشورہ اور مدد۔', ['کاروبار']],
  },
  jobs: {
    cy: ['Swyddi yn y cyngor', 'Swyddi gwag a sut i wneud cais.', ['swyddi', 'gwaith']],
    pl: ['Praca w urzędzie', 'Oferty pracy i jak aplikować.', ['praca', 'oferty pracy']],
    ur: ['کونسل میں ملازمتیں', 'خالی آسامیاں اور درخواست دینے کا طریقہ۔', ['ملازمت', 'نوکری']],
  },
};
