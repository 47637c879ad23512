/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them,
 * without the copy of the pattern that matchAll makes on every call (in the pipeline's hot
 * scans that copy cost more than the search: issue 8). The pattern is left with lastIndex 0,
 * and the whole scan is done before the caller looks at a match, so a caller may run the
 * same pattern again while it goes through them.
 *
 * @example
 * allMatches(/\d+/g, 'a1b22').map((match) => match[0]) // => ['1', '22']
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // an empty match moves on by one character, as matchAll does (a code point with the u or v flag)
    if (match[0] === '') {
      const wide =
        (pattern.unicode || pattern.flags.includes('v')) && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
      pattern.lastIndex += wide ? 2 : 1;
    }
  }
  pattern.lastIndex = 0;
  return matches;
}
