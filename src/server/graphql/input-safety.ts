import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { InvalidInputError, type UserError } from '../shared/errors';
import { textProblem } from '../shared/safe-values';

/**
 * graphql-js stops coercing variables after this many errors (its own default) and then reports a
 * bare "Too many errors processing variables" error that carries no code.
 */
export const MAX_VARIABLE_ERRORS = 50;

/** Enough to show the caller what to fix without answering a list of 2,000 items with 2,000 errors. */
const MAX_REPORTED_PROBLEMS = 20;

function collectTextProblems(value: unknown, path: string[], problems: UserError[]): void {
  if (problems.length >= MAX_REPORTED_PROBLEMS) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) problems.push({ field: path, message: problem, code: 'INVALID' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTextProblems(item, [...path, String(i)], problems));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) collectTextProblems(item, [...path, key], problems);
  }
}

/** The fragments an operation spreads, directly or through other fragments. */
function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const found = new Map<string, FragmentDefinitionNode>();
  const pending: ASTNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...found.values()];
}

/**
 * Every field argument's value as the resolver will receive it (variables and inline literals
 * alike), checked for text the database cannot store. Paths name the argument, e.g.
 * ['input', 'members', '0', 'email'], whatever the variables are called.
 */
function argumentTextProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const problems: UserError[] = [];
  let firstNode: ASTNode | undefined;
  for (const root of [operation, ...reachableFragments(document, operation)]) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const definition = typeInfo.getFieldDef();
          if (!definition || !node.arguments?.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(definition, node, variables);
          } catch {
            // A value graphql-js refuses is reported by execution with its own message.
            return;
          }
          const before = problems.length;
          for (const [name, value] of Object.entries(values)) collectTextProblems(value, [name], problems);
          if (problems.length > before) firstNode ??= node;
        },
      }),
    );
  }
  return { problems, node: firstNode };
}

function badUserInput(userErrors: UserError[], nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  const cause = new InvalidInputError(userErrors);
  return new GraphQLError(cause.message, { nodes, originalError: cause, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * Refuses, before any resolver runs, input that no field can use: text with a NUL character or an
 * unpaired surrogate anywhere in the arguments, and variables so wrong that graphql-js gave up
 * counting. One check for every query and mutation, so no use case has to repeat it and nothing
 * is written. Answered as a top-level BAD_USER_INPUT naming the argument path (like a variable of
 * the wrong type), with the path also in `extensions.userErrors[].field`.
 */
export function inputSafetyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          if (coerced.errors) {
            // Up to the limit, execution reports each error as BAD_USER_INPUT itself.
            if (coerced.errors.length <= MAX_VARIABLE_ERRORS) return;
            const [first] = coerced.errors;
            throw new GraphQLError(`${first.message} More than ${MAX_VARIABLE_ERRORS} variable values are invalid; fix these and send again.`, {
              nodes: first.nodes,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          const { problems, node } = argumentTextProblems(schema, document, operation, coerced.coerced);
          if (problems.length > 0) throw badUserInput(problems, node);
        },
      };
    },
  };
}
