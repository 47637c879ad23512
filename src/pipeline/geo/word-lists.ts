/**
 * Word lists for recognition and roles (issue 4). Each list is general English usage,
 * never words taken from a benchmark document.
 */

/** Capitalised words that start sentences or titles and also happen to be place names. */
export const COMMON_WORDS = new Set(
  `a an the this that these those there here he she it we they i you his her its our their my your
  in on at of to for from by with into onto about after before during since until while when where why how what who
  and or but if so as than then also just only even still not no yes all any some many most more much few each every
  one two three four five six seven eight nine ten first second third last next new old
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mr mrs ms dr sir st
  said says say told tells asked according however meanwhile although because though
  police government army navy union party court state city county town village street road
  president minister governor mayor senator general colonel captain officer chief director
  north south east west central northern southern eastern western
  best young hope nice reading mobile bath sale gap man energy commerce independence liberty freedom unity
  victory concord harmony justice paradise eden friendship enterprise progress industry mission
  home school church hospital center centre university college park lake river beach mountain island
  early late today tomorrow yesterday week month year day night morning evening
  news times post mail press media office service services group company team club
  like well good great big little long high low free open public private
  can will would could should must might shall do does did done has have had is are was were be been being
  god lord christ jesus allah
  war peace love life death
  white black red green blue brown gold silver
  dollar euro pound
  bill
  kremlin
  council congress chamber metro area none christmas passover democrat`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles before a name: the capitalised word after them is a person, not a place. */
export const PERSON_TITLES = new Set(
  `mr mrs ms miss dr sir madam president vice gen general sen senator rep representative gov governor judge justice
  officer sgt sergeant col colonel lt lieutenant capt captain maj major rev reverend prince princess king queen pope
  saint father mother brother sister uncle aunt coach chancellor minister premier mayor commissioner spokesman
  spokeswoman spokesperson deputy sheriff detective professor prof dean pastor bishop archbishop cardinal rabbi imam
  sheikh emir ambassador secretary chairman chairwoman director ceo founder private corporal admiral marshal
  commander head chief leader`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words after a place name that make the whole an organisation, unit, outlet, treaty or
 * building rather than the place itself ("Kyiv Post", "Geneva Convention", "Azov regiment").
 */
export const ORGANIZATION_WORDS = new Set(
  `post times tv news convention conventions university college institute regiment brigade battalion unit units
  grouping fc united airport airlines airways hospital school schools church company corp corporation inc ltd llc
  group bank club council committee party agency ministry police court herald tribune journal gazette daily express
  telegraph guardian observer review magazine radio television press declaration accords accord agreement protocol
  treaty stadium arena hotel mall station channel channels symphony orchestra opera theatre theater museum library
  zoo cathedral mosque temple synagogue prison jail penitentiary academy foundation society association federation
  league cup open marathon games olympics rangers giants bulls lions tigers bears eagles hawks jets kings royals
  senators nationals warriors rockets blues reds sun star standard record examiner chronicle register sentinel
  courier dispatch inquirer bulletin business insider capital network broadcasting records studios entertainment
  motors steel airlines energy petroleum oil gas pipeline brewery wine cathedral basilica abbey castle palace
  bridge tower square avenue boulevard street road highway freeway parkway lane drive trail mall plaza centre center
  hall building district court courthouse county-wide campus memorial cemetery park garden gardens reservoir dam
  summit format process talks plan doctrine syndrome virus flu fever`
    .split(/\s+/)
    .filter(Boolean),
);

/** Generic words that may follow a name inside a region's name, lower-case or not ("Kursk region"). */
export const GENERIC_REGION_WORDS = new Set([
  'region',
  'oblast',
  'province',
  'krai',
  'kray',
  'district',
  'republic',
  'governorate',
  'prefecture',
  'state',
  'county',
  'parish',
]);

/** Words before a place name that do not make it part of a person's or organisation's name. */
export const MODIFIER_WORDS = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern greater upper lower inner outer downtown metro metropolitan
  rural urban coastal mainland occupied liberated annexed neighbouring neighboring nearby in at on of from to near
  into across over through the a an and or but via outside inside around toward towards between about across
  mid new old free democratic`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns a possessive place name governs when it stands for its government or army (metonymy). */
export const GOVERNMENT_NOUNS =
  /^(?:forces|military|army|armies|troops|soldiers|government|regime|officials|authorities|leadership|ministry|defen[cs]e|president|prime|foreign|war|command|intelligence|ground|air|navy|side|position|stance|decision|policy|claims?|allies|envoy|ambassador|diplomats?|parliament|leaders?|spy|security|strikes?|attacks?|invasion|offensive|counteroffensive|counter-offensive|propaganda|state|national|interests?|demands?|response|reaction|actions?|aggression|officers|generals|commanders|units|fighters|special|armed|central|top)\b/i;

/** Verbs that make a place name the subject of a statement: "Moscow has accused", "Kyiv will not" (metonymy). */
export const SPEECH_VERBS =
  /^(?:(?:has|have|had|will|would|could|may|might|must|should|did|does|also|has also|had also|is|was)\s+)?(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:said|says|say|claimed|claims|claim|accused|accuses|announced|announces|denied|denies|insisted|insists|warned|warns|wants|want|demanded|demands|responded|responds|rejected|rejects|refused|refuses|agreed|agrees|argued|argues|believes|considers?|consider|emphasized|emphasised|stated|states|confirmed|confirms|reported|reports|hopes|vowed|vows|blamed|blames|threatened|threatens|condemned|condemns|urged|urges|called|calls|signed|signs|decided|decides|ordered|orders|sent|sends|supplied|supplies|plans|planned|recognized|recognised|sanctioned|imposed|expelled|summoned|protested|welcomed|approved|approves|vetoed|pledged|pledges|promised|promises|retaliated|dismissed|dismisses|accepted|accepts|offered|offers|proposed|proposes|insist|deny|reject|refuse|maintains|maintained|acknowledged|acknowledges|admitted|admits|declined|declines|hit back|struck back)\b/i;

/**
 * Heads of local institutions named after their town or county ("Dublin City Manager", "Dublin
 * Historical Society", "Licking County Commissioners"): the name is still a mention of the place
 * (role 'other'), as news geoparsing corpora annotate it.
 */
export const LOCAL_INSTITUTION_WORDS = new Set(
  `council councils commission commissioners commissioner board boards department dept society historical community
  recreation arts library schools school police fire sheriff chamber veterans city township county parks public
  utilities housing planning zoning mayor manager administrator officials residents hospital memorial courthouse
  center centre museum district`
    .split(/\s+/)
    .filter(Boolean),
);

/** Heads that make a place-named proper name an outlet, a treaty, a unit or a team, never the place ("Kyiv Post"). */
export const NAMED_AFTER_EXCLUDED_WORDS = new Set(
  `post times tv news radio television herald tribune journal gazette daily express telegraph guardian observer review
  magazine press channel star sun standard record examiner chronicle register sentinel courier dispatch inquirer
  bulletin convention conventions declaration accords accord agreement protocol treaty regiment brigade battalion unit
  units grouping fc united rangers giants bulls lions tigers bears eagles hawks jets kings royals senators nationals
  warriors rockets blues reds`
    .split(/\s+/)
    .filter(Boolean),
);
