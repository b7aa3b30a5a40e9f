import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { isObjectType, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../platform/config/config';
import { APP_ALLOWED_FIELDS, firstForbiddenField } from './app-access';

/** The public API schema as the gateway serves it, composed from the checked-in subgraph SDLs. */
function apiSchema(): GraphQLSchema {
  const result = composeServices(
    ['org', 'scoring'].map((name) => ({
      name,
      url: `http://${name}/graphql`,
      typeDefs: parse(readFileSync(path.join(REPO_ROOT, 'schema', `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

describe('what an external app may select', () => {
  const schema = apiSchema();
  const check = (source: string) => {
    const document = parse(source);
    return firstForbiddenField(schema, document, document.definitions[0] as OperationDefinitionNode);
  };

  it('every allowlisted type and field exists in the API (a rename must not silently close or open anything)', () => {
    for (const [typeName, rule] of Object.entries(APP_ALLOWED_FIELDS)) {
      const type = schema.getType(typeName);
      expect(type && isObjectType(type), typeName).toBe(true);
      if (rule === 'ALL' || !type || !isObjectType(type)) continue;
      for (const field of rule) expect(type.getFields()[field], `${typeName}.${field}`).toBeDefined();
    }
  });

  it('allows published results and basic unit facts, with fragments, aliases and introspection', () => {
    expect(
      check('{ publishedResults(provinceId: "p", year: 2024) { rankings { rows { unit { name code } index areas { code index } } } } }'),
    ).toBeNull();
    expect(
      check(
        'query { u: orgUnit(id: "x") { ...F __typename } } fragment F on OrgUnit { name kind subtype validFrom validTo predecessors { unit { name } } assessment(year: 2024) { totals { index } classification { label } } indexHistory { year } }',
      ),
    ).toBeNull();
    expect(check('{ __schema { queryType { name } } }')).toBeNull();
  });

  it('refuses mutations, signed-in queries and private unit fields, also hidden in fragments', () => {
    expect(check('mutation { login(username: "a", password: "b") { token } }')).toBe('Mutation');
    expect(check('{ ranking(yearId: "y", groupId: "g") { rows { index } } }')).toBe('Query.ranking');
    expect(check('{ orgUnits { totalCount } }')).toBe('Query.orgUnits');
    expect(check('query { orgUnit(id: "x") { ...F } } fragment F on OrgUnit { users { totalCount } }')).toBe('OrgUnit.users');
    expect(check('{ publishedResults(provinceId: "p", year: 2024) { rankings { rows { unit { children { totalCount } } } } } }')).toBe(
      'OrgUnit.children',
    );
    expect(check('{ orgUnit(id: "x") { assessmentYears { id } } }')).toBe('OrgUnit.assessmentYears');
  });
});
