/**
 * Every match of a global regular expression, in order, without `matchAll`. `matchAll` copies the expression on
 * every call; in the middle of an extraction that made some calls take over 100 ms (dates read on the snippet
 * set on linkedom: 1.3 s in all with `matchAll`, 0.2 s reusing the one expression).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern, not ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match does not move on by itself; a Unicode pattern steps over a whole code point.
    if (match[0] === '') {
      const wide = pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
      pattern.lastIndex += wide ? 2 : 1;
    }
  }
  pattern.lastIndex = 0;
  return matches;
}
