/**
 * An option set: the values a select field stores, with the words staff and visitors read. Each
 * set is a module of its own with no imports but this one, so collections, the site's labels and
 * the seed's zod schemas all derive from it without loading one another.
 */
export type Option<Value extends string = string> = {
  readonly value: Value
  /** What the admin's select shows. */
  readonly label: string
  /** What the public site shows, where it differs ("Other" reads "Session" on a session). */
  readonly siteLabel?: string
}

export type OptionSet<Value extends string> = {
  readonly options: readonly Option<Value>[]
  /** The stored values, as zod's `z.enum` takes them. */
  readonly values: readonly [Value, ...Value[]]
  /** The site's word for each value. */
  readonly labels: Readonly<Record<Value, string>>
}

export function defineOptions<const Value extends string>(
  options: readonly [Option<Value>, ...Option<Value>[]],
): OptionSet<Value> {
  return {
    options,
    values: options.map((option) => option.value) as unknown as [Value, ...Value[]],
    labels: Object.fromEntries(
      options.map((option) => [option.value, option.siteLabel ?? option.label]),
    ) as Record<Value, string>,
  }
}

/** A select's `options`, as Payload takes them (a mutable array). */
export const selectOptions = <Value extends string>(set: OptionSet<Value>) =>
  set.options.map(({ label, value }) => ({ label, value }))
