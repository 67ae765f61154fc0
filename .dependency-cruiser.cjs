// The floors of the code base (docs/architecture.md): app → components → lib → lib/core, and db at the bottom.
// `npm test` checks these rules (depcruise); type-only imports count too, so the structure holds in the types as well.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-import-cycle",
      comment: "A module must not reach itself again through its imports.",
      severity: "error",
      from: { path: "^(app|components|lib|db|i18n)/" },
      to: { circular: true },
    },
    {
      name: "db-is-the-ground-floor",
      comment: "db/ (schema, connection, migrations) imports nothing from lib/, components/ or app/.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(lib|components|app)/" },
    },
    {
      name: "ui-through-lib",
      comment: "Pages and components reach the database only through lib/.",
      severity: "error",
      from: { path: "^(app|components)/" },
      to: { path: "^db/" },
    },
    {
      name: "core-at-the-bottom-of-lib",
      comment: "lib/core/ (errors, message keys, viewer types, ids, shared fields) imports nothing else from lib/.",
      severity: "error",
      from: { path: "^lib/core/" },
      to: { path: "^lib/(?!core/)" },
    },
    {
      name: "lib-is-not-ui",
      comment: "lib/ never imports pages or components.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|bench/floor)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
