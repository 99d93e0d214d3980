import path from 'node:path';
import { Router } from 'express';

/** Where each asset of the IDE lives in node_modules: PlanGraph serves them itself, so no CDN is needed. */
// Packages' `exports` hide these files from require.resolve, so they are found from each package's folder.
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PlanGraph · GraphiQL</title>
<link rel="stylesheet" href="/ide/graphiql.css">
<style>html, body, #ide { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="ide">Loading GraphiQL…</div>
<script src="/ide/react.js"></script>
<script src="/ide/react-dom.js"></script>
<script src="/ide/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
  ReactDOM.createRoot(document.getElementById('ide')).render(
    React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: true }));
</script>
</body>
</html>`;

/** GraphiQL at GET /graphql for browsers (a page and its assets from npm packages); API clients are untouched. */
export function graphqlIdeRoutes(): Router {
  const router = Router();
  router.get('/ide/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.set('cache-control', 'public, max-age=86400').sendFile(file);
  });
  router.get('/graphql', (req, res, next) => {
    // Only a browser's page load: a GraphQL GET request (with ?query=) goes on to Apollo.
    if (req.query.query !== undefined || !req.accepts(['application/json', 'text/html']) || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(PAGE);
  });
  return router;
}
