import { buildSchema, parse } from 'graphql';
import { inputError, inputProblems, MAX_INPUT_DEPTH, operationTypeError, textProblem } from '../input-guard';
import { isIsoDate } from '../validation';

describe('text the domain cannot take', () => {
  it.each(['', 'Tyresö', 'emoji 😀 as a surrogate pair', 'rad\ntvå\ttab', '\uFFFD'])('accepts %j', (text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each(['a\u0000b', '\u0000', 'x\uD800', '\uDFFFx', '\uD800\uD800\uDC00'])('refuses %j', (text) => {
    expect(textProblem(text)).not.toBeNull();
  });
});

describe('input problems of a request', () => {
  const document = parse(`
    mutation($input: UpsertMeasurementsInput!, $unused: String) {
      upsertMeasurements(input: $input) { dryRun }
      createPartner(input: { name: "ok", notes: ["fine", "bad\\u0000"] }) { errors { code } }
    }
  `);

  it('names the argument path of a literal and of a variable, row index included', () => {
    const rows = [{ footnote: 'ok' }, { footnote: 'ok' }, { footnote: 'ok' }, { footnote: 'fel\u0000', source: 'SCB\uD800' }];
    expect(inputProblems(document, { input: { rows }, unused: 'a\u0000' }).map((p) => p.field)).toEqual(['input.notes[1]', 'input.rows[3].footnote', 'input.rows[3].source', '$unused']);
  });

  it('gives one BAD_USER_INPUT (HTTP 400) naming the first field and listing all', () => {
    const error = inputError(parse('query($c: String!) { municipality(code: $c) { id } }'), { c: '01\u000038' });
    expect(error?.message).toBe('code contains a NUL character (U+0000), which text cannot hold.');
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code', fields: ['code'], http: { status: 400 } });
    expect(inputError(parse('{ a }'), { x: ['fine', { y: 'also fine' }] })).toBeUndefined();
  });

  it('refuses variables nested deeper than any input, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const [problem] = inputProblems(parse('{ a }'), { deep });
    expect(problem?.message).toMatch(new RegExp(`nested more than ${MAX_INPUT_DEPTH} levels`));
    let shallow: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) shallow = { a: shallow };
    expect(inputProblems(parse('{ a }'), { shallow })).toEqual([]);
  });

  it('lists at most 20 problems', () => {
    const rows = Array.from({ length: 1000 }, () => ({ footnote: '\u0000' }));
    expect(inputProblems(parse('{ a }'), { rows })).toHaveLength(20);
  });
});

describe('operation types', () => {
  const schema = buildSchema('type Query { a: Int } type Mutation { b: Int }');
  const operation = (text: string) => parse(text).definitions[0] as never;

  it('refuses a subscription when the schema has none, as a validation error (HTTP 400)', () => {
    const error = operationTypeError(schema, operation('subscription { a }'));
    expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } });
    expect(operationTypeError(schema, operation('query { a }'))).toBeUndefined();
    expect(operationTypeError(schema, operation('mutation { b }'))).toBeUndefined();
  });
});

describe('dates of the calendar', () => {
  it.each(['2024-02-29', '2023-12-31', '0001-01-01', '9999-12-31', '2000-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-01-00', '0000-01-01', '99999-01-01', '2024-1-1', '2024-01-01T00:00:00Z', 20240101, null])(
    'refuses %j',
    (date) => expect(isIsoDate(date)).toBe(false),
  );
});
