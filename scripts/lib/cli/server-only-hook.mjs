// Library modules start with `import "server-only"` so they never reach a browser bundle. Outside Next.js that
// package always throws; the CLI runs the same modules on the server, so it resolves to an empty module here.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
