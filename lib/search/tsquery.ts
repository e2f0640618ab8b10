// websearch_to_tsquery never fails on input but matches whole words only; its output is marked for
// prefix matching. Left-out words stay whole: `-art` must not drop every article.

// `eu:*` or `un:*` would match half the record.
const MIN_PREFIX_LENGTH = 3

export function withPrefixMatching(tsquery: string): string {
  let out = ''
  let i = 0
  let negateNext = false
  const groups: boolean[] = []
  const insideNegation = () => groups.at(-1) ?? false

  while (i < tsquery.length) {
    const char = tsquery[i]!
    if (char === "'") {
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
