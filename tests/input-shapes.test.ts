import { buildSchema as buildGraphQLSchema, getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { z } from 'zod';
import { buildSchema } from '../src/server/graphql/schema';
import { MUTATION_INPUT_SHAPES, shapeFor } from '../src/server/graphql/input-shapes';

type Shape = z.ZodType;

/** A zod schema with what only changes how a value is checked (optional, default, pipe, lazy…) taken off. */
function core(schema: Shape): Shape {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) return core(schema.unwrap() as Shape);
  if (schema instanceof z.ZodNonOptional || schema instanceof z.ZodReadonly || schema instanceof z.ZodCatch || schema instanceof z.ZodLazy) return core(schema.unwrap() as Shape);
  if (schema instanceof z.ZodPipe) return core(schema.in as Shape);
  return schema;
}

/**
 * Where the zod shape and the SDL input type disagree, as readable lines: a field of the SDL the
 * shape lacks (it would be dropped), a field of the shape the SDL cannot send, a list on one side
 * only, an input object the shape does not read as an object.
 */
function mismatches(sdl: GraphQLInputType, shape: Shape, path: string): string[] {
  const sdlType = getNullableType(sdl);
  const zodType = core(shape);
  if (isListType(sdlType)) {
    if (!(zodType instanceof z.ZodArray)) return [`${path}: a list in the SDL, not in the shape`];
    return mismatches(sdlType.ofType, zodType.element as Shape, `${path}[]`);
  }
  if (zodType instanceof z.ZodArray) return [`${path}: a list in the shape, not in the SDL`];
  if (!isInputObjectType(sdlType)) return [];
  if (!(zodType instanceof z.ZodObject)) return [`${path}: input object ${sdlType.name} in the SDL, but the shape does not read it as an object`];
  const sdlFields = sdlType.getFields();
  const shapeFields = zodType.shape as Record<string, Shape>;
  const problems: string[] = [];
  for (const [name, field] of Object.entries(sdlFields)) {
    if (!(name in shapeFields)) problems.push(`${path}.${name}: in ${sdlType.name} (SDL) but missing from the zod shape, so it would be dropped`);
    else problems.push(...mismatches(field.type, shapeFields[name], `${path}.${name}`));
  }
  for (const name of Object.keys(shapeFields)) {
    if (!(name in sdlFields)) problems.push(`${path}.${name}: in the zod shape but not in ${sdlType.name} (SDL)`);
  }
  return problems;
}

const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());
const registered: Record<string, Shape> = MUTATION_INPUT_SHAPES;

describe('mutation inputs: the SDL input type and the zod shape the use case parses agree', () => {
  it('every mutation takes one input argument and has a registered shape', () => {
    const withoutShape = mutations
      .filter((m) => !(m.name in registered))
      .map((m) => m.name);
    expect(withoutShape).toEqual([]);
    expect(mutations.filter((m) => m.args.length !== 1 || m.args[0].name !== 'input').map((m) => m.name)).toEqual([]);
    expect(Object.keys(registered).filter((name) => !mutations.some((m) => m.name === name))).toEqual([]);
  });

  it.each(mutations.filter((m) => m.name in registered).map((m) => [m.name, m] as const))('%s: the same fields, nested objects and lists included', (name, mutation) => {
    expect(mismatches(mutation.args[0].type, registered[name], `${name}.input`)).toEqual([]);
  });

  it('reports a deliberately mismatched pair, naming the missing fields', () => {
    const sdl = buildGraphQLSchema(`
      input TagInput { key: String! value: String }
      input DemoInput { name: String! email: String tags: [TagInput!] nested: TagInput }
      type Query { demo(input: DemoInput!): Boolean }
    `);
    const input = sdl.getQueryType()!.getFields().demo.args[0].type;
    const shape = z.object({
      name: z.string().trim(),
      tags: z.array(z.object({ key: z.string() })).nullish(),
      nested: z.string().nullish(),
      extra: z.boolean().nullish(),
    });
    expect(mismatches(input, shape, 'demo.input')).toEqual([
      'demo.input.email: in DemoInput (SDL) but missing from the zod shape, so it would be dropped',
      'demo.input.tags[].value: in TagInput (SDL) but missing from the zod shape, so it would be dropped',
      'demo.input.nested: input object TagInput in the SDL, but the shape does not read it as an object',
      'demo.input.extra: in the zod shape but not in DemoInput (SDL)',
    ]);
    expect(getNamedType(input).name).toBe('DemoInput');
  });

  it('the compiler refuses a shape that lacks a field of the generated input type', () => {
    type DemoInput = { name: string; email?: string | null; tags?: { key: string; value?: string | null }[] | null };
    const complete = z.object({ name: z.string(), email: z.string().nullish(), tags: z.array(z.object({ key: z.string(), value: z.string().nullish() })).nullish() });
    expect(shapeFor<DemoInput>()(complete)).toBe(complete);
    // @ts-expect-error email is missing from the shape
    shapeFor<DemoInput>()(z.object({ name: z.string(), tags: complete.shape.tags }));
    // @ts-expect-error tags[].value is missing from the shape
    shapeFor<DemoInput>()(z.object({ name: z.string(), email: z.string().nullish(), tags: z.array(z.object({ key: z.string() })).nullish() }));
  });
});
