// Import-free, so collections, labels and the seed's zod schemas can all derive from it.
export type Option<Value extends string = string> = {
  readonly value: Value
  readonly label: string
  readonly siteLabel?: string
}

export type OptionSet<Value extends string> = {
  readonly options: readonly Option<Value>[]
  readonly values: readonly [Value, ...Value[]]
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

// Payload takes a mutable array.
export const selectOptions = <Value extends string>(set: OptionSet<Value>) =>
  set.options.map(({ label, value }) => ({ label, value }))
