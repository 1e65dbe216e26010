/**
 * A database enum's values by name (`{ ACTIVE: 'ACTIVE', … }`), so code names a status through
 * its area's rules instead of repeating the literal, and a renamed value fails typecheck.
 */
export function enumNames<const T extends readonly [string, ...string[]]>(values: T): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v]))) as { readonly [K in T[number]]: K };
}
