/**
 * Depth: the number of fields on the longest path from the operation's root to a leaf, the leaf
 * included, fragments followed. `{ municipality { name } }` has depth 2; the start page of the web
 * app (municipalities → nodes → steeringDocuments → focusAreas → goals → children → indicators →
 * latestMeasurements → id) has depth 9.
 *
 * One exception, for introspection: `__Type.ofType` adds no depth. It is a one-to-one link that
 * unwraps list and non-null wrappers, and graphql-js's own introspection query nests it nine deep
 * (`__schema → types → fields → type → ofType × 9 → name`, depth 14 otherwise), as GraphiQL's and
 * Apollo's explorers do. Introspection cannot fan out through it: graphql-js's
 * `MaxIntrospectionDepthRule` (part of the specified rules Apollo validates with) refuses nesting
 * `fields`, `inputFields`, `interfaces` or `possibleTypes` more than three lists deep, and every
 * other introspection field still counts.
 */
export function addsDepth(parentTypeName: string | undefined, fieldName: string): boolean {
  return !(parentTypeName === '__Type' && fieldName === 'ofType');
}
