import { GraphQLResolveInfo, Kind } from 'graphql';

/**
 * Whether the query asks for `field` directly under the resolved field, so a resolver can skip work
 * nobody reads (a COUNT(*) over a large table). Fragments count as asking: they are not expanded here.
 */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || s.name.value === field),
  );
}
