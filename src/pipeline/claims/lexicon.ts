/**
 * Word lists shared by the claim rules. They describe how war reporting in English
 * names troops, sides and places in general; nothing here is taken from one article.
 */
import type { Side } from '../schema.ts';

/** Nouns for groups of military people: the things that surrender, desert or are captured. */
export const TROOP_NOUNS =
  'troops|soldiers|servicemen|servicemembers|service members|fighters|forces|military|army|armies|units?|' +
  'POWs|prisoners(?: of war)?|men|military men|personnel|officers|conscripts|recruits|mobilized|brigade|' +
  'battalion|regiment|platoon|company|companies|paratroopers|marines|mercenaries|invaders|occupiers|' +
  'defenders|servicemen|combatants|militants|sailors|guardsmen|border guards|side|commanders|infantrymen|' +
  'special forces|sappers|gunners|crews?|members|attackers|saboteurs|infiltrators|raiders|assault groups|stormtroopers|gunmen|insurgents';

/** Nouns for places that change hands. */
export const PLACE_NOUNS =
  'villages?|towns?|cities|city|settlements?|hamlets?|positions?|strongholds?|territory|territories|areas?|' +
  'districts?|regions?|square (?:miles|kilometers|kilometres|km)|km2|heights?|bridgeheads?|outposts?|' +
  'trenches|locality|localities|communities|oblast|suburbs?|airfield|airport|base|bases|plant|mine';

/** Nouns for civilians (fleeing civilians is an evacuation, fleeing soldiers a desertion). */
export const CIVILIAN_NOUNS =
  'people|residents|civilians|citizens|families|children|inhabitants|locals|refugees|villagers';

/** Words that name a side; `Russia's` and `Russian` alike. Chechen units fight for Russia. */
export const SIDE_CUES: ReadonlyArray<{ side: Side; pattern: string }> = [
  {
    side: 'russia',
    pattern: "Russian|Russia['’]s|Russia|Moscow['’]s|Moscow|Kremlin['’]s|Kremlin|Chechen|pro-Russian|Wagner",
  },
  { side: 'ukraine', pattern: "Ukrainian|Ukraine['’]s|Ukraine|Kyiv['’]s|Kyiv|Kiev['’]s|Kiev|pro-Ukrainian" },
];

/** Nouns that refer to the other side from the speaker's point of view. */
export const ENEMY_NOUNS =
  'enemy|enemies|invaders|occupiers|occupants|orcs|aggressors?|attackers|saboteurs|infiltrators|raiders|militants|terrorists|nationalists|neo-Nazis';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Verbs that introduce what a source says. */
export const REPORTING_VERBS =
  'said|says|told|tells|reported|reports|claimed|claims|wrote|writes|stated|states|noted|notes|announced|' +
  'announces|emphasized|emphasised|added|adds|revealed|reveals|confirmed|confirms|quoted|estimated|estimates|' +
  'insisted|posted|posts|tweeted|declared|asserted|alleged|alleges|indicated|specified|specify|explained|' +
  'warned|admitted|acknowledged|speak of|spoke of|shared';

export function opposite(side: Side): Side {
  if (side === 'russia') return 'ukraine';
  if (side === 'ukraine') return 'russia';
  return 'unknown';
}

const WHOLE_SIDE_CUES = SIDE_CUES.map((cue) => ({ side: cue.side, pattern: new RegExp(`^(?:${cue.pattern})$`, 'i') }));

/** The side named by a cue word, e.g. "Kyiv's" -> ukraine. */
export function sideOfCue(word: string): Side {
  for (const cue of WHOLE_SIDE_CUES) {
    if (cue.pattern.test(word)) return cue.side;
  }
  return 'unknown';
}

export const SIDE_CUE_PATTERN = SIDE_CUES.map((cue) => cue.pattern).join('|');
