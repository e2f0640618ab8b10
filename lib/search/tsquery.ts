/**
 * Prefix matching on top of PostgreSQL's web search syntax. `websearch_to_tsquery` understands
 * what people type (phrases in quotes, `-word` to leave out, `or`) and never fails on any input,
 * but matches whole words only. This takes its output, PostgreSQL's own text form of a tsquery
 * (`'pushback' & !'greec' | 'european' <-> 'court'`), and marks each word that is looked for
 * as a prefix (`'regular':*` finds `regularisation`). Words that are left out stay whole: `-art`
 * must not leave out every article.
 *
 * The input is never the visitor's text, only what PostgreSQL made of it, and the result goes
 * back to PostgreSQL as a bound parameter cast to tsquery, which parses it again: nothing here
 * can reach SQL. Anything unexpected returns the query unchanged (whole-word matching).
 */

/** Shorter words stay whole: `eu:*` or `un:*` would match half the record. */
const MIN_PREFIX_LENGTH = 3

export function withPrefixMatching(tsquery: string): string {
  let out = ''
  let i = 0
  // Whether the next word or group is negated, and whether each open group is.
  let negateNext = false
  const groups: boolean[] = []
  const insideNegation = () => groups.at(-1) ?? false

  while (i < tsquery.length) {
    const char = tsquery[i]!
    if (char === "'") {
      // A quoted word; a quote inside it is doubled.
      let end = i + 1
      let word = ''
      for (;;) {
        if (end >= tsquery.length) return tsquery
        if (tsquery[end] === "'") {
          if (tsquery[end + 1] === "'") {
            word += "'"
            end += 2
            continue
          }
          break
        }
        word += tsquery[end]
        end += 1
      }
      out += tsquery.slice(i, end + 1)
      i = end + 1
      const hasSuffix = tsquery[i] === ':'
      const negated = negateNext !== insideNegation()
      negateNext = false
      if (!hasSuffix && !negated && Array.from(word).length >= MIN_PREFIX_LENGTH) out += ':*'
      continue
    }
    if (char === '!') negateNext = !negateNext
    else if (char === '(') {
      groups.push(negateNext !== insideNegation())
      negateNext = false
    } else if (char === ')') groups.pop()
    else if (!/[\s&|<>\-\d:*ABCD]/.test(char)) return tsquery
    out += char
    i += 1
  }
  return out
}
