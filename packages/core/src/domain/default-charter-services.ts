/**
 * The services a Cheshire East resident most often looks for, with the words
 * they type for them. Team phone numbers are examples from Ofcom's range for
 * drama (01632 960xxx) and email addresses use the reserved example.org
 * domain: replace them with the council's real ones before use.
 */
import type { Service } from './charter-schema.js';
import type { DefaultCharterLanguage } from './default-charter-language.js';
import type { LocalText } from './types.js';

/** Online first, never online only. */
const EVERY_WAY = ['online', 'phone', 'email', 'letter', 'face-to-face'];
const ONLINE_PHONE = ['online', 'phone'];
const ONLINE_PHONE_EMAIL = ['online', 'phone', 'email'];

/** A service's name, summary and extra search words in one language. */
export type ServiceWords = Readonly<Record<string, [name: string, summary: string, keywords: string[]]>>;

/** A service in English; its words in other languages are added by `defaultServices`. */
interface EnglishService extends Service {
  name: string;
  summary: string;
}

function service(id: string, name: string, summary: string, keywords: string[], channels: string[], extra: Partial<Omit<Service, 'name' | 'summary'>> = {}): EnglishService {
  return { id, name, summary, keywords, channels, ...extra };
}

const wasteAndStreets: EnglishService[] = [
  service('waste-collection', 'Bin collections', 'Find your bin collection day and what goes in each bin.', ['bin', 'bins', 'bin day', 'collection day', 'rubbish', 'refuse', 'wheelie bin', 'black bin', 'silver bin', 'recycling collection', 'when is my bin collected'], ONLINE_PHONE_EMAIL),
  service('missed-bin', 'Report a missed bin', 'Tell us if your bin was not emptied on your collection day.', ['missed bin', 'bin not collected', 'bin not emptied', 'missed collection', 'bin missed'], ONLINE_PHONE),
  service('garden-waste', 'Garden waste collection', 'Subscribe to, renew or ask about the garden waste bin.', ['garden waste', 'green bin', 'brown bin', 'garden bin', 'grass cuttings', 'hedge trimmings', 'garden waste subscription'], ONLINE_PHONE),
  service('bulky-waste', 'Bulky waste collection', 'Book a collection of large household items.', ['bulky waste', 'bulky item', 'sofa', 'fridge', 'freezer', 'furniture collection', 'mattress', 'white goods', 'large items'], ONLINE_PHONE),
  service('new-bin', 'New or replacement bin', 'Order a bin for a new home, or replace one that is lost or broken.', ['new bin', 'replacement bin', 'broken bin', 'stolen bin', 'damaged bin', 'lost bin', 'extra bin'], ONLINE_PHONE),
  service('household-waste-recycling-centres', 'Household waste recycling centres', 'Opening times and what you can take to the tip.', ['tip', 'dump', 'recycling centre', 'hwrc', 'household waste', 'tip opening times', 'rubbish tip'], ONLINE_PHONE),
  service('fly-tipping', 'Report fly-tipping', 'Tell us about rubbish dumped illegally.', ['fly tipping', 'fly-tipping', 'flytipping', 'dumped rubbish', 'illegal dumping', 'rubbish dumped'], ONLINE_PHONE),
  service('litter-and-street-cleaning', 'Litter and street cleaning', 'Report litter, dog fouling, graffiti or needles in a public place.', ['litter', 'street cleaning', 'dog fouling', 'dog mess', 'dog poo', 'graffiti', 'needles', 'sharps', 'broken glass', 'dirty street'], ONLINE_PHONE),
];

const councilTaxAndBenefits: EnglishService[] = [
  service('council-tax-bill', 'Council Tax bills', 'Understand your bill, your band, or tell us you are moving home.', ['council tax', 'council tax bill', 'council tax band', 'bill', 'valuation', 'moving home', 'change of address'], EVERY_WAY),
  service('pay-council-tax', 'Pay Council Tax', 'Pay online, set up a Direct Debit, or talk to us if you are behind.', ['pay council tax', 'direct debit', 'instalments', 'arrears', 'reminder', 'summons', 'payment'], ['online', 'phone', 'letter']),
  service('council-tax-discounts', 'Council Tax discounts and exemptions', 'Single person discount, students, empty homes and other reductions.', ['single person discount', '25% discount', 'student exemption', 'council tax reduction', 'empty property', 'disabled band reduction', 'discount', 'exemption'], ONLINE_PHONE_EMAIL),
  service('housing-benefit', 'Housing Benefit and Council Tax Support', 'Help with rent and Council Tax if you are on a low income.', ['benefits', 'housing benefit', 'council tax support', 'help with rent', 'universal credit', 'low income', 'pension credit'], EVERY_WAY),
  service('discretionary-support', 'Emergency and hardship support', 'One-off help in a crisis, and Discretionary Housing Payments.', ['crisis support', 'hardship fund', 'emergency grant', 'food', 'discretionary housing payment', 'cost of living', 'help with bills'], ['online', 'phone', 'face-to-face']),
  service('business-rates', 'Business rates', 'Bills, payments and relief for business premises.', ['business rates', 'nndr', 'rates relief', 'small business rate relief', 'pay business rates', 'non-domestic rates'], ['online', 'phone', 'email', 'letter']),
];

const housing: EnglishService[] = [
  service('housing-advice', 'Housing advice and the housing register', 'Apply for social housing, or get advice about renting.', ['housing', 'council house', 'social housing', 'housing register', 'rent', 'tenancy', 'landlord', 'housing association', 'home choice'], EVERY_WAY),
  service('homelessness', 'Homelessness', 'Get help now if you are homeless or could lose your home.', ['homeless', 'homelessness', 'eviction', 'evicted', 'nowhere to sleep', 'sofa surfing', 'rough sleeping', 'section 21', 'notice to quit'], ['online', 'phone', 'face-to-face', 'emergency']),
  service('disabled-facilities-grant', 'Home adaptations', 'Disabled Facilities Grants for ramps, stairlifts and accessible bathrooms.', ['adaptations', 'stairlift', 'ramp', 'wet room', 'disabled facilities grant', 'dfg', 'grab rails'], ONLINE_PHONE_EMAIL),
  service('private-housing-standards', 'Problems with a rented home', 'Damp, mould, disrepair or an unsafe home you rent privately.', ['damp', 'mould', 'disrepair', 'private landlord', 'unsafe home', 'houses in multiple occupation', 'hmo', 'repairs'], ONLINE_PHONE_EMAIL),
];

const planningAndBuilding: EnglishService[] = [
  service('planning-applications', 'Planning applications', 'Apply for planning permission, or comment on an application.', ['planning', 'planning permission', 'planning application', 'extension', 'comment on planning', 'objection', 'planning portal', 'pre-application advice'], ['online', 'email', 'letter']),
  service('planning-enforcement', 'Report a planning breach', 'Tell us about building work or a change of use without permission.', ['planning enforcement', 'breach of planning', 'built without permission', 'unauthorised development', 'planning breach'], ['online', 'email']),
  service('building-control', 'Building control', 'Building regulations approval, inspections, and dangerous structures.', ['building regulations', 'building control', 'dangerous structure', 'dangerous building', 'inspection', 'completion certificate'], ['online', 'phone', 'email', 'emergency']),
];

const roadsAndTravel: EnglishService[] = [
  service('roads-and-potholes', 'Roads, pavements and potholes', 'Report a pothole or damage to a road or pavement.', ['pothole', 'potholes', 'road damage', 'road surface', 'pavement', 'footway', 'uneven pavement', 'road repairs', 'highways'], ['online', 'phone', 'emergency']),
  service('gritting', 'Gritting and winter roads', 'Gritting routes and grit bins.', ['gritting', 'grit', 'salt bin', 'grit bin', 'ice', 'snow', 'icy roads', 'winter'], ONLINE_PHONE),
  service('street-lighting', 'Street lighting', 'Report a street light that is out or damaged.', ['street light', 'streetlight', 'street light out', 'lamp post', 'light not working', 'street lamp', 'lighting'], ONLINE_PHONE),
  service('roadworks-and-closures', 'Roadworks and road closures', 'Planned roadworks, closures and diversions.', ['roadworks', 'road closure', 'closed road', 'diversion', 'temporary traffic lights', 'road works'], ONLINE_PHONE),
  service('parking-permits', 'Parking permits and car parks', 'Resident and visitor permits, season tickets and car park charges.', ['parking permit', 'resident permit', 'visitor permit', 'season ticket', 'car park', 'parking'], ONLINE_PHONE_EMAIL),
  service('parking-fines', 'Parking fines', 'Pay or challenge a Penalty Charge Notice.', ['parking fine', 'parking ticket', 'pcn', 'penalty charge notice', 'appeal parking', 'challenge parking fine'], ['online', 'phone', 'letter']),
  service('blue-badge', 'Blue Badge', 'Apply for or renew a disabled parking badge.', ['blue badge', 'disabled parking', 'disabled badge', 'renew blue badge', 'lost blue badge'], ['online', 'phone', 'letter']),
  service('bus-passes', 'Bus passes', "Free bus travel for older and disabled people.", ['bus pass', 'older persons bus pass', 'disabled bus pass', 'free bus travel', 'concessionary travel', 'lost bus pass'], ['online', 'phone', 'letter']),
  service('public-rights-of-way', 'Public rights of way', 'Footpaths and bridleways: report a blocked path or a broken stile.', ['footpath', 'bridleway', 'right of way', 'rights of way', 'stile', 'blocked path', 'public footpath', 'definitive map'], ONLINE_PHONE_EMAIL),
];

const schoolsAndFamilies: EnglishService[] = [
  service('school-admissions', 'School admissions', 'Apply for a school place, change school, or appeal.', ['school place', 'school admissions', 'apply for school', 'primary school', 'secondary school', 'in-year transfer', 'school appeal'], ONLINE_PHONE_EMAIL),
  service('school-transport', 'School and college transport', 'Help getting to school or college, including for children with SEND.', ['school bus', 'school transport', 'travel to school', 'home to school transport', 'college transport', 'send transport'], ONLINE_PHONE_EMAIL),
  service('send', 'Special educational needs and disabilities (SEND)', 'Education, health and care plans, and the local offer.', ['sen', 'send', 'ehcp', 'education health and care plan', 'special needs', 'local offer', 'special educational needs'], ONLINE_PHONE_EMAIL),
  service('free-school-meals', 'Free school meals', 'Check whether your child can have free school meals.', ['free school meals', 'school dinners', 'fsm', 'school lunch', 'uniform grant'], ONLINE_PHONE),
  service('childcare-and-early-years', 'Childcare and early years', 'Funded childcare for 2, 3 and 4 year olds, and finding childcare.', ['childcare', 'nursery', 'funded childcare', '30 hours', '15 hours', 'childminder', 'early years'], ONLINE_PHONE_EMAIL),
];

const socialCare: EnglishService[] = [
  service('adults-social-care', "Adult social care", 'Care and support at home, care homes, and help if you are worried about an adult.', ['adult social care', 'care', 'carer', 'care home', 'home care', 'care needs assessment', 'elderly', 'older people', 'safeguarding', 'worried about an adult', 'disability support'], ['online', 'phone', 'email', 'emergency'], {
    socialCare: 'adults',
    team: { name: 'Adult social care', phone: '01632 960100', email: 'adult.socialcare@cheshireeast.example.org' },
  }),
  service('carers-support', 'Support for carers', "Carer's assessments, breaks and advice if you look after someone.", ['carer', "carer's assessment", 'looking after someone', 'respite', 'young carer', 'caring'], ONLINE_PHONE_EMAIL, { socialCare: 'adults' }),
  service('childrens-social-care', "Children's social care", 'Help for families, and what to do if you are worried about a child. If a child is in immediate danger, call 999.', ['child protection', 'worried about a child', 'safeguarding children', "children's services", 'social worker', 'family support', 'child at risk', 'early help'], ['online', 'phone', 'email', 'emergency'], {
    socialCare: 'children',
    team: { name: "Children's social care", phone: '01632 960200', email: 'childrens.socialcare@cheshireeast.example.org' },
  }),
  service('fostering-and-adoption', 'Fostering and adoption', 'Find out about becoming a foster carer or adopting.', ['foster', 'fostering', 'foster carer', 'adopt', 'adoption', 'special guardianship'], ONLINE_PHONE_EMAIL, { socialCare: 'children' }),
];

const registrations: EnglishService[] = [
  service('register-a-birth', 'Register a birth', 'Book an appointment to register a birth.', ['birth', 'register a birth', 'birth registration', 'baby', 'new baby'], ['online', 'phone', 'face-to-face']),
  service('register-a-death', 'Register a death', 'Book an appointment to register a death, and Tell Us Once.', ['death', 'register a death', 'death registration', 'bereavement', 'tell us once', 'someone has died'], ['online', 'phone', 'face-to-face']),
  service('marriages-and-civil-partnerships', 'Marriages and civil partnerships', 'Give notice, and book a ceremony.', ['wedding', 'marriage', 'civil partnership', 'ceremony', 'notice of marriage', 'register office', 'renewal of vows'], ['online', 'phone', 'email']),
  service('certificates', 'Copy certificates', 'Order a copy of a birth, death, marriage or civil partnership certificate.', ['certificate', 'copy birth certificate', 'birth certificate', 'death certificate', 'marriage certificate', 'replacement certificate'], ['online', 'phone', 'letter']),
  service('electoral-registration', 'Register to vote and elections', 'Register to vote, vote by post or proxy, and find your polling station.', ['register to vote', 'electoral roll', 'electoral register', 'postal vote', 'proxy vote', 'polling station', 'elections', 'voter id', 'voting'], ['online', 'phone', 'email', 'letter']),
];

const licensingAndRegulation: EnglishService[] = [
  service('licensing', 'Licensing', 'Alcohol and entertainment, street trading, gambling and animal licences.', ['licence', 'license', 'licensing', 'alcohol licence', 'premises licence', 'personal licence', 'street trading', 'gambling', 'temporary event notice', 'ten', 'animal licence'], ['online', 'email', 'phone']),
  service('taxi-licensing', 'Taxi and private hire licensing', 'Driver, vehicle and operator licences.', ['taxi', 'taxi licence', 'private hire', 'hackney carriage', 'minicab', 'taxi driver'], ['online', 'email', 'phone']),
  service('food-safety', 'Food safety and hygiene', 'Register a food business, or report a food safety concern.', ['food hygiene', 'food poisoning', 'food safety', 'restaurant', 'takeaway', 'food hygiene rating', 'register a food business'], ONLINE_PHONE_EMAIL),
  service('environmental-health', 'Pollution and environmental health', 'Smoke, smells, bonfires, air quality and contaminated land.', ['environmental health', 'pollution', 'air quality', 'smoke', 'bonfire', 'smell', 'odour', 'contaminated land', 'light pollution'], ONLINE_PHONE_EMAIL),
  service('noise', 'Noise complaints', 'Report noise from neighbours, businesses or events.', ['noise', 'noisy neighbours', 'loud music', 'barking dog', 'party', 'nuisance', 'noise complaint'], ONLINE_PHONE_EMAIL),
  service('anti-social-behaviour', 'Anti-social behaviour', 'Report anti-social behaviour, or ask for a case review. In an emergency, call 999.', ['anti-social behaviour', 'antisocial behaviour', 'asb', 'harassment', 'community safety', 'nuisance neighbours'], ONLINE_PHONE),
  service('pest-control', 'Pest control', 'Book treatment for rats, mice, wasps and other pests.', ['pests', 'pest control', 'rats', 'mice', 'wasps', 'bed bugs', 'cockroaches', 'vermin'], ONLINE_PHONE),
  service('dog-warden', 'Stray dogs and dog wardens', 'Report a stray dog, or find a lost one.', ['stray dog', 'dog warden', 'lost dog', 'found dog', 'dangerous dog'], ONLINE_PHONE),
  service('trading-standards', 'Trading standards', 'Report a scam, rogue trader or unsafe product.', ['trading standards', 'scam', 'rogue trader', 'doorstep seller', 'unsafe product', 'counterfeit', 'underage sales'], ONLINE_PHONE_EMAIL),
];

const placesAndEnvironment: EnglishService[] = [
  service('libraries', 'Libraries', 'Join, borrow and renew, e-books, and library opening times.', ['library', 'libraries', 'books', 'borrow', 'renew books', 'library card', 'e-books', 'audiobooks'], ['online', 'phone', 'face-to-face']),
  service('leisure-centres', 'Leisure centres and sport', 'Swimming, gyms and sports halls.', ['leisure centre', 'swimming', 'swimming pool', 'gym', 'sports hall', 'fitness classes'], ONLINE_PHONE),
  service('parks-and-open-spaces', 'Parks, play areas and allotments', 'Parks, country parks, playgrounds and allotments.', ['park', 'parks', 'playground', 'play area', 'green space', 'country park', 'allotment'], ONLINE_PHONE),
  service('trees', 'Trees and hedges', 'Dangerous or fallen trees, tree preservation orders and high hedges.', ['tree', 'trees', 'fallen tree', 'dangerous tree', 'overhanging tree', 'tree preservation order', 'tpo', 'high hedge', 'hedge'], ['online', 'phone', 'emergency']),
  service('flooding', 'Flooding and drainage', 'Report flooding or a blocked road drain, and get ready for floods.', ['flood', 'flooding', 'blocked drain', 'gully', 'sandbags', 'surface water', 'flood risk', 'drainage'], ['online', 'phone', 'emergency']),
  service('cemeteries-and-crematoria', 'Cemeteries and crematoria', 'Burials, cremations, graves and memorials.', ['cemetery', 'crematorium', 'burial', 'cremation', 'grave', 'funeral', 'memorial', 'headstone'], ONLINE_PHONE_EMAIL),
];

const councilAndInformation: EnglishService[] = [
  service('complaints-and-feedback', 'Compliments, suggestions and complaints', 'Tell us what went well, what we could do better, or make a complaint.', ['complaint', 'complain', 'compliment', 'feedback', 'suggestion', 'stage 2', 'review', 'ombudsman', 'unhappy'], EVERY_WAY),
  service('freedom-of-information', 'Freedom of Information requests', 'Ask for information the council holds.', ['foi', 'freedom of information', 'information request', 'eir', 'environmental information'], ['online', 'email', 'letter']),
  service('subject-access-request', 'Your personal information', 'Ask for a copy of the information we hold about you (a Subject Access Request).', ['sar', 'subject access request', 'my data', 'personal information', 'gdpr', 'data protection', 'my records'], ['online', 'email', 'letter']),
  service('councillors-and-meetings', 'Councillors and council meetings', 'Find your councillor, and meeting agendas and decisions.', ['councillor', 'my councillor', 'council meeting', 'agenda', 'minutes', 'democracy', 'decisions'], ['online', 'email']),
  service('business-support', 'Business support', 'Advice and support for starting and growing a business.', ['business support', 'start a business', 'business advice', 'business grant', 'economic development'], ['online', 'email']),
  service('jobs', 'Jobs at the council', 'Vacancies and how to apply.', ['jobs', 'vacancies', 'careers', 'apply for a job', 'work for the council', 'apprenticeships'], ['online', 'email']),
];

/** Every default service, grouped as a resident might browse them. */
const english: EnglishService[] = [
  ...wasteAndStreets,
  ...councilTaxAndBenefits,
  ...housing,
  ...planningAndBuilding,
  ...roadsAndTravel,
  ...schoolsAndFamilies,
  ...socialCare,
  ...registrations,
  ...licensingAndRegulation,
  ...placesAndEnvironment,
  ...councilAndInformation,
];

/**
 * The default services in English and the other languages at hand
 * (default-charter-services-cy.ts, -pl.ts, -ur.ts): each name and summary in
 * each, and the search words of all of them, so a resident finds a service
 * in their own language.
 */
export function defaultServices(others: Partial<Record<DefaultCharterLanguage, ServiceWords>>): Service[] {
  return english.map((service) => {
    const translated = Object.entries(others).flatMap(([lang, words]) => (words[service.id] ? [[lang, ...words[service.id]] as const] : []));
    const inEach = (english: string, i: 1 | 2): LocalText => Object.fromEntries([['en', english], ...translated.map((t) => [t[0], t[i]])]) as LocalText;
    return {
      ...service,
      name: inEach(service.name, 1),
      summary: inEach(service.summary, 2),
      keywords: [...service.keywords, ...translated.flatMap((t) => t[3])],
    };
  });
}
