// The benchmark's peer: what a user might pick instead of Accords. Apollo Server 5 with a
// DataLoader per request and type, serving the Accords schema (SDL printed by the jar) from
// the dataset exported as JSON. Usage: SCHEMA=schema.graphqls DATA=dir PORT=4000 node server.mjs
// DATA holds one JSON array per collection (<Type>.json) of entities as Accords stores them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { GraphQLScalarType } from 'graphql';

const sdl = readFileSync(process.env.SCHEMA, 'utf8');
const dir = process.env.DATA;
const port = Number(process.env.PORT || 4000);

const TYPES = ['Article', 'Country', 'Organization', 'Person', 'Agreement', 'Signatory', 'CooperationArea',
  'Commitment', 'Statement'];
const data = {};
const byId = {};
for (const type of TYPES) {
  data[type] = JSON.parse(readFileSync(join(dir, `${type}.json`), 'utf8'));
  byId[type] = new Map(data[type].map((e) => [e.id, e]));
}
const typeOf = new Map();
for (const type of TYPES) for (const e of data[type]) typeOf.set(e.id, type);

// the same order Accords uses: by date said, then id (ids compared as strings)
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const statementsInOrder = [...data.Statement].sort((a, b) => cmp(a.saidOn ?? '', b.saidOn ?? '') || cmp(a.id, b.id));
const agreementsInOrder = [...data.Agreement].sort((a, b) => cmp(a.signedOn ?? '', b.signedOn ?? '') || cmp(a.id, b.id));

const fold = (s) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const cursor = (n) => Buffer.from(`offset:${n}`).toString('base64url');
const offset = (c) => Number(Buffer.from(c, 'base64url').toString().slice('offset:'.length));

function connection(items, { first, after }) {
  const size = first ?? 20;
  if (size < 0 || size > 100) throw new Error(`first: must be between 0 and 100, was ${size}`);
  const start = after ? offset(after) + 1 : 0;
  const page = items.slice(start, start + size);
  return {
    totalCount: items.length,
    edges: page.map((node, i) => ({ node, cursor: cursor(start + i) })),
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length ? cursor(start) : null,
      endCursor: page.length ? cursor(start + page.length - 1) : null,
    },
  };
}

// one DataLoader per request and type: relations are fetched in batches, as in Accords
function loaders() {
  const one = (type) => new DataLoader(async (ids) => ids.map((id) => byId[type].get(id) ?? null));
  const referencing = (type, field) => new DataLoader(async (ids) => {
    const wanted = new Set(ids);
    const groups = new Map(ids.map((id) => [id, []]));
    for (const e of data[type]) {
      const refs = Array.isArray(e[field]) ? e[field] : [e[field]];
      for (const r of refs) if (wanted.has(r)) groups.get(r).push(e);
    }
    return ids.map((id) => groups.get(id));
  });
  const loaders = Object.fromEntries(TYPES.map((t) => [t, one(t)]));
  loaders.signatoriesOf = referencing('Signatory', 'agreementId');
  loaders.node = new DataLoader(async (ids) => ids.map((id) => byId[typeOf.get(id)]?.get(id) ?? null));
  return loaders;
}

const ref = (type, field) => (parent, _args, ctx) => (parent[field] ? ctx.loaders[type].load(parent[field]) : null);
const refs = (type, field) => (parent, _args, ctx) => ctx.loaders[type].loadMany(parent[field] ?? []);
const passThrough = (name) => new GraphQLScalarType({ name, serialize: (v) => v, parseValue: (v) => v });

// the downloads leave out Accords' folded search text: fold the same fields here
const searchFields = {
  Person: (e) => [e.name], Organization: (e) => [e.name], Agreement: (e) => [e.title, e.summary],
  CooperationArea: (e) => [e.name, e.description], Commitment: (e) => [e.description],
  Statement: (e) => [e.text, byId.Person.get(e.speakerId)?.name, e.occasion],
};
const searchable = Object.entries(searchFields)
  .map(([type, fields]) => data[type].map((e) => ({ e, text: fold(fields(e).filter(Boolean).join(' | ')) })));

const resolvers = {
  Date: passThrough('Date'),
  DateTime: passThrough('DateTime'),
  Query: {
    statements: (_p, args) => connection(statementsInOrder, args),
    agreements: (_p, args) => connection(agreementsInOrder, args),
    node: (_p, { id }, ctx) => ctx.loaders.node.load(id),
    search: (_p, args) => {
      const term = fold(args.text);
      return connection(searchable.flatMap((list) => list.filter((x) => x.text.includes(term)).map((x) => x.e)), args);
    },
  },
  Node: { __resolveType: (e) => typeOf.get(e.id) },
  SearchResult: { __resolveType: (e) => typeOf.get(e.id) },
  Party: { __resolveType: (e) => typeOf.get(e.id) },
  Statement: { speaker: ref('Person', 'speakerId'), agreement: ref('Agreement', 'agreementId'), areas: refs('CooperationArea', 'areaIds') },
  Person: { country: ref('Country', 'countryId') },
  Post: { organization: ref('Organization', 'organizationId') },
  Organization: { country: ref('Country', 'countryId') },
  Agreement: {
    parties: refs('Country', 'partyIds'),
    signatories: (parent, _args, ctx) => ctx.loaders.signatoriesOf.load(parent.id),
  },
  Signatory: {
    agreement: ref('Agreement', 'agreementId'), person: ref('Person', 'personId'),
    organization: ref('Organization', 'organizationId'), onBehalfOf: ref('Country', 'onBehalfOfId'),
  },
  CooperationArea: { agreement: ref('Agreement', 'agreementId') },
  Evidence: { article: ref('Article', 'articleId') },
};

const server = new ApolloServer({ typeDefs: sdl, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async () => ({ loaders: loaders() }),
});
console.log(`Apollo peer ready at ${url}`);
