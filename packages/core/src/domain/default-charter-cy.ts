/**
 * The default charter's words in Welsh: a careful draft awaiting
 * native-speaker review (see default-charter-language.ts). The same keys, in
 * the same order, as the English in default-charter-en.ts.
 */
import type { CharterWords } from './default-charter-en.js';

export const cy: CharterWords = {
  // Contact channels (default-charter-core.ts)
  letterOrEmailPromise: 'Byddwn yn cydnabod eich cyswllt ac yn cadarnhau sut y bydd yn cael ei drin. Byddwn yn cysylltu â chi o fewn wyth diwrnod gwaith os bydd angen rhagor o wybodaeth arnom gennych.',
  onlineLabel: 'Ar-lein',
  onlinePromise: 'Fel arfer, y ffordd gyflymaf o ddelio â’ch ymholiad yw drwy ein gwasanaethau ar-lein. Byddwn yn parhau i gynnig ffyrdd eraill o gysylltu i gwsmeriaid na allant ddefnyddio gwasanaethau ar-lein neu y mae’n well ganddynt beidio.',
  phoneLabel: 'Ffôn',
  emailLabel: 'E-bost',
  letterLabel: 'Llythyr',
  faceToFaceLabel: 'Pwyntiau gwasanaeth cwsmeriaid',
  faceToFacePromise: 'Byddwn yn eich croesawu pan fyddwch yn cyrraedd ac yn sicrhau ein bod yn eich cyfeirio at y person neu’r gwasanaeth cywir. Os oes gennych apwyntiad, ein nod yw cadw at amser yr apwyntiad. Os bydd unrhyw oedi, byddwn yn rhoi gwybod i chi cyn gynted â phosibl, yn egluro’r rheswm, ac yn dweud pryd rydym yn disgwyl eich gweld.',
  emergencyLabel: 'Argyfyngau y tu allan i oriau',
  emergencyPromise: 'Bydd rhywun ar gael bob amser i helpu mewn argyfwng. Mae ein canolfan rheoli argyfyngau ar gael y tu allan i oriau gwaith arferol.',
  emergencyNotes: 'Ar gyfer argyfyngau yn unig, fel plentyn neu oedolyn mewn perygl, adeilad peryglus, llifogydd neu berygl ar y ffordd. Os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.',
  // The reference hint
  referenceHint: 'Mae eich cyfeirnod ar yr e-bost neu’r llythyr a anfonwyd atoch. Mae’n dechrau gyda CEC- ac yna 8 rhif, er enghraifft CEC-1357-2468. Mae gan gyfeirnodau hŷn 6 rhif.',
  // Feedback: social care
  socialCareNote: 'Mae gweithdrefnau ac amserlenni gwahanol os yw eich cwyn yn ymwneud â gofal cymdeithasol i oedolion neu blant.',
  adultSocialCare: 'Mae cwynion am ofal cymdeithasol i oedolion yn dilyn gweithdrefn statudol ar wahân. Dywedwch wrthym amdani drwy dudalen cwynion gofal cymdeithasol i oedolion, fel ei bod yn cael ei thrin o dan y rheolau a’r amserlenni cywir.',
  childrensSocialCare: 'Mae cwynion am ofal cymdeithasol i blant yn dilyn gweithdrefn statudol ar wahân. Dywedwch wrthym amdani drwy dudalen cwynion gofal cymdeithasol i blant, fel ei bod yn cael ei thrin o dan y rheolau a’r amserlenni cywir.',
  // Privacy and other formats
  privacy: 'Darllenwch sut rydym yn defnyddio ac yn diogelu’r wybodaeth bersonol a roddwch i ni.',
  otherFormats: 'Gallwch ofyn am yr wybodaeth hon mewn fformat neu iaith arall.',
  largePrint: 'print bras',
  easyRead: 'Hawdd ei Ddarllen',
  britishSignLanguage: 'Iaith Arwyddion Prydain',
  braille: 'Braille',
  audio: 'sain',
  otherLanguages: 'ieithoedd eraill',
  // Timescales (default-charter-timescales.ts): sentences several share
  complaintIfMissed: 'Os nad yw’n bosibl i ni gadw at yr amserlenni hyn, byddwn yn cysylltu â chi i egluro pam, ac yn rhoi amserlen fwy cywir i chi ar gyfer eich achos chi.',
  informationIfMissed: 'Os nad yw hyn yn bosibl, byddwn yn cysylltu â chi i egluro pam ac yn rhoi amserlen i chi ar gyfer ein hateb.',
  workingDaysNote: 'Diwrnodau gwaith yw dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc na diwrnodau pan fydd y cyngor ar gau.',
  contactFeedbackTeam: 'Cysylltwch â’r tîm adborth cwsmeriaid, gan nodi eich cyfeirnod.',
  askForReview: 'Os nad ydych yn fodlon ar yr ymateb a gewch, gallwch ofyn i swyddog arall ei adolygu',
  stage2: 'cam 2',
  fullStop: '.',
  contactInformationRights: 'Cysylltwch â’r tîm hawliau gwybodaeth, gan nodi eich cyfeirnod.',
  specialistAdvice: 'Os oes angen cyngor arbenigol arnoch, byddwn yn eich trosglwyddo i adran arall neu’n cymryd neges iddyn nhw eich ffonio’n ôl.',
  // Complaints
  acknowledgeTitle: 'Cydnabod eich awgrym, eich canmoliaeth neu eich cwyn',
  acknowledgeDescription: 'Byddwn yn cydnabod eich awgrym, eich canmoliaeth neu eich cwyn o fewn tri diwrnod gwaith ar ôl ei gofnodi.',
  acknowledgeOverdue: 'Cysylltwch â’r tîm adborth cwsmeriaid, gan nodi eich cyfeirnod, er mwyn i ni wirio bod eich adborth gennym.',
  stage1Title: 'Ymateb i’ch cwyn (cam 1)',
  stage1Description: 'Byddwn yn rhoi ymateb llawn o fewn 10 diwrnod gwaith. Cam 1 yw’r enw ar hyn.',
  stage2Title: 'Adolygu eich cwyn (cam 2)',
  stage2Response: 'Yng ngham 2, byddwn yn rhoi ymateb llawn o fewn 20 diwrnod gwaith.',
  stage2Ombudsman: 'Os ydych yn dal yn anfodlon ar ôl cam 2, gallwch ofyn i’r Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (LGSCO) edrych ar eich cwyn. Mae am ddim.',
  // Information requests
  foiTitle: 'Ymateb i gais Rhyddid Gwybodaeth',
  foiDescription: 'Byddwn yn ymateb i’ch cais Rhyddid Gwybodaeth o fewn 20 diwrnod gwaith.',
  foiWorkingDays: 'Mae Deddf Rhyddid Gwybodaeth 2000 (adran 10) yn cyfrif diwrnodau gwaith heb unrhyw ŵyl banc mewn unrhyw ran o’r DU.',
  foiCharges: 'Yn y rhan fwyaf o achosion mae gwneud cais Rhyddid Gwybodaeth am ddim, ond efallai y codir tâl am geisiadau mwy cymhleth. Bydd ein tîm yn rhoi gwybod i chi os yw hyn yn berthnasol i’ch achos chi.',
  foiInternalReview: 'Gallwch ofyn i ni gynnal adolygiad mewnol o’r ffordd y gwnaethom drin eich cais.',
  foiIco: 'Os ydych yn dal yn anfodlon ar ôl yr adolygiad mewnol, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
  sarTitle: 'Ymateb i Gais Gwrthrych am Wybodaeth',
  sarDescription: 'Ar ôl i ni wirio pwy ydych chi, byddwn yn ymateb o fewn mis.',
  sarMonth: 'Mae’r mis yn dechrau pan fyddwn wedi gwirio pwy ydych chi (GDPR y DU, erthygl 12). Os nad oes dyddiad o’r fath yn y mis nesaf, mae’n dod i ben ar ddiwrnod olaf y mis hwnnw; os yw’n dod i ben ar ddiwrnod pan fyddwn ar gau, mae’n symud i’r diwrnod gwaith nesaf.',
  sarExtension: 'Ar gyfer ceisiadau cymhleth neu niferus gallwn ymestyn hyn hyd at ddau fis arall. Os felly, byddwn yn dweud wrthych o fewn y mis cyntaf ac yn egluro pam.',
  sarIco: 'Os ydych yn anfodlon ar y ffordd y gwnaethom drin eich cais, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).',
  // Letters and emails
  letterTitle: 'Cydnabod eich llythyr neu e-bost, cadarnhau sut y bydd yn cael ei drin, a chysylltu â chi os bydd angen rhagor o wybodaeth arnom gennych',
  letterDescription: 'Byddwn yn cydnabod eich cyswllt ac yn cadarnhau sut y bydd yn cael ei drin, ac yn cysylltu â chi o fewn wyth diwrnod gwaith os bydd angen rhagor o wybodaeth arnom gennych.',
  letterFullResponse: 'Byddwn naill ai’n rhoi ymateb llawn i’ch ymholiad bryd hynny neu’n rhoi manylion pwy sy’n delio â’r mater a faint o amser y bydd ei angen arnynt i ymateb.',
  letterApplications: 'Os yw eich llythyr neu e-bost yn gwneud cais am wasanaeth gan y cyngor neu’n rhoi gwybod am broblem, bydd ein cydnabyddiaeth yn dweud wrthych beth fydd yn digwydd nesaf ac erbyn pryd.',
  letterOverdue: 'Ffoniwch ni neu atebwch ein cydnabyddiaeth, gan nodi eich cyfeirnod.',
  // Calls
  callAim: 'Ein nod yw ateb eich galwad o fewn dau funud.',
  callAtBusyTimes: 'Efallai na fydd hyn yn bosibl ar gyfer ein gwasanaethau mwy cymhleth neu ar adegau prysur, ond byddwn yn dweud wrthych ble rydych yn y ciw neu’n cynnig ffordd arall i chi gysylltu â ni.',
  callTitle: 'Ateb eich galwad',
  callOverdue: 'Os ydych wedi bod yn aros am amser hir, gallwch ddefnyddio ein gwasanaethau ar-lein neu anfon e-bost atom yn lle hynny.',
};
