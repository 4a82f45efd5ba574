// The OpenAPI 3.1 document of the API, generated from API_ROUTES: query
// parameters from the zod schemas the handlers validate with (their input
// side), answers from the response schemas (their output side).
import { z } from 'zod';
import { errorSchema } from '@/lib/open-data/api-schemas';
import { API_ROUTES, type ApiRoute } from '@/lib/open-data/api-routes';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const described = jsonSchema(fieldSchema, 'input');
    const { description, ...rest } = described;
    return {
      name,
      in: where,
      required: where === 'path' || !fieldSchema.safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const ERROR = { description: 'The one error shape of the API.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function operation(route: ApiRoute): JsonSchema {
  const content: Record<string, JsonSchema> = {};
  if (route.response) content['application/json'] = { schema: jsonSchema(route.response, 'output') };
  for (const type of route.files ?? []) content[type] = { schema: { type: 'string', ...(type === 'application/zip' ? { contentMediaType: 'application/zip' } : {}) } };
  return {
    get: {
      operationId: `get${route.path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      parameters: [...parameters(route.pathParams, 'path'), ...parameters(route.query, 'query'), ...parameters(route.extraQuery, 'query')],
      responses: {
        '200': {
          description: route.response && route.files?.length ? 'JSON, or with format=csv the same rows as CSV.' : 'The answer.',
          headers: {
            ETag: { description: 'Hash of the body (or of the data behind a streamed file); send it back in If-None-Match.', schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string' } },
            'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
          },
          content,
        },
        '304': { description: 'Not modified: the If-None-Match tag is still current.' },
        '400': { ...ERROR, description: 'A parameter is unknown or malformed; the error names it.' },
        ...(route.notFound ? { '404': { ...ERROR, description: 'Nothing has that id.' } } : {}),
        '500': { ...ERROR, description: 'The request could not be answered.' },
      },
    },
  };
}

export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Met Police accountability dashboard API',
      version: '1',
      description:
        'Read-only, open (CORS) and free. Version 1: fields are only ever added within /api/v1; anything that would break a client gets /api/v2. JSON by default, CSV with format=csv. Every GET has an ETag and Cache-Control. Errors: { error: { code, message, parameter } }.',
      license: { name: 'Open Government Licence v3.0 (police and ONS data)', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    },
    servers: [{ url: '/' }],
    tags: [{ name: 'Datasets' }, { name: 'Stop and search' }, { name: 'Imports' }, { name: 'Snapshots' }],
    paths: Object.fromEntries(API_ROUTES.map((route) => [route.path, operation(route)])),
    components: { schemas: { Error: jsonSchema(errorSchema, 'output') } },
  };
}
