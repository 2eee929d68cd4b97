/*
 * Starts GraphiQL on /graphiql. Loaded by /graphiql/index.html after the React, ReactDOM and
 * GraphiQL UMD bundles (served from WebJars in the application's own jar). Kept in a file of its
 * own, not inline, so that the page's Content-Security-Policy can forbid inline scripts.
 */
(function () {
  'use strict';

  var DEFAULT_QUERY = [
    '# Welcome to Accords: open data on intergovernmental',
    '# defence-industry agreements, as reported in news',
    '# articles. Every fact (statement, signatory,',
    '# cooperation area, commitment) has `evidence`: the',
    '# exact words of its source article, with offsets.',
    '#',
    '# How to explore:',
    '# - Run: the play button, or Ctrl-Enter (Cmd-Enter).',
    '# - Docs: the book icon (top left) lists every type,',
    '#   field and argument, each described. Start at',
    '#   Query.',
    '# - Autocomplete: Ctrl-Space inside { }. Hover a field',
    '#   to read its description.',
    '# - History: the clock icon keeps past queries.',
    '# - Paging: collections are Relay connections. Pass',
    '#   pageInfo.endCursor back as `after` for the next',
    '#   page; narrow them with `filter` (for statements:',
    '#   StatementFilter, see the docs).',
    '# - Headers tab (below): extra HTTP headers to send.',
    '# - Live: run `subscription { datasetPublished {',
    '#   version title } }` and wait for the next version.',
    '#',
    '# Schema as SDL: /graphql/schema',
    '',
    'query Overview {',
    '  dataset {',
    '    version',
    '    licence {',
    '      name',
    '      url',
    '    }',
    '    citation',
    '  }',
    '  statements(first: 5) {',
    '    totalCount',
    '    pageInfo {',
    '      hasNextPage',
    '      endCursor',
    '    }',
    '    edges {',
    '      node {',
    '        id',
    '        text',
    '        kind',
    '        saidOn',
    '        speaker {',
    '          name',
    '        }',
    '        evidence {',
    '          excerpt',
    '          start',
    '          end',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  function showError(message) {
    var box = document.getElementById('accords-boot');
    if (!box) {
      box = document.createElement('div');
      box.className = 'accords-boot';
      box.setAttribute('role', 'alert');
      document.getElementById('graphiql').appendChild(box);
    }
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = 'GraphiQL could not start: ' + message;
    var hint = document.createElement('p');
    hint.textContent = 'The API itself is unaffected: POST a JSON body {"query": "..."} to /graphql.';
    box.appendChild(p);
    box.appendChild(hint);
  }

  if (typeof window.React === 'undefined' || typeof window.ReactDOM === 'undefined'
      || typeof window.GraphiQL === 'undefined') {
    showError('its scripts (React, ReactDOM, GraphiQL under /webjars/) did not load.');
    return;
  }

  var fetcher = window.GraphiQL.createFetcher({
    url: '/graphql',
    // Subscriptions (`subscription { datasetPublished { ... } }`) run over the app's WebSocket
    // (graphql-transport-ws, spring.graphql.websocket.path), with the graphql-ws client that the
    // GraphiQL bundle carries; queries stay on /graphql. Same origin, so the page's
    // Content-Security-Policy (connect-src 'self') allows it.
    subscriptionUrl: (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host
      + '/graphql/ws',
    // Lower-case key on purpose: it replaces GraphiQL's own default `accept` header instead
    // of being merged with it.
    headers: { accept: 'application/graphql-response+json, application/json' },
    // Accords answers with single JSON responses; no multipart (@defer/@stream) handling needed.
    enableIncrementalDelivery: false
  });

  // Links from elsewhere (the article pages under /articles/) open a given query:
  // /graphiql?query=... replaces the editor's content; without it GraphiQL keeps the last one.
  var linkedQuery = new URLSearchParams(window.location.search).get('query');

  try {
    var container = document.getElementById('graphiql');
    var root = window.ReactDOM.createRoot(container);
    var props = {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      // The docs explorer and history plugins are built into GraphiQL 2.x and shown in the
      // sidebar; these two make the introspection query also fetch the schema description and
      // deprecated input values, so the docs show them.
      schemaDescription: true,
      inputValueDeprecation: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false
    };
    if (linkedQuery) {
      props.query = linkedQuery;
    }
    root.render(window.React.createElement(window.GraphiQL, props));
  } catch (e) {
    showError(e && e.message ? e.message : String(e));
  }
})();
