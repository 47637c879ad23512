/**
 * Split text into word tokens with UTF-16 offsets, for toponym recognition.
 *
 * A token keeps internal apostrophes and hyphens ("L'gov", "Rostov-on-Don") and dotted
 * initials ("U.S.", "B.C.", "W.Va."); a trailing possessive "'s" is cut off and flagged, so that
 * "Russia's" yields the token "Russia" (issue 4: possessives).
 *
 * @example
 * tokenizeText("Kiev's forces").map((t) => t.text) // ['Kiev', 'forces']
 */
export type Token = {
  start: number;
  end: number;
  text: string;
  /** first letter upper case (or an all-caps initialism) */
  capitalized: boolean;
  /** followed by 's / ’s */
  possessive: boolean;
};

const WORD =
  /\p{Lu}\.\p{Lu}\p{Ll}{1,3}\.|(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let word = match[0];
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(text.slice(match.index, match.index + word.length + 1))) {
      possessive = text[match.index + word.length] === '’' || text[match.index + word.length] === "'";
    }
    const first = word[0] ?? '';
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      text: word,
      capitalized: first !== first.toLowerCase(),
      possessive,
    });
  }
  return tokens;
}
