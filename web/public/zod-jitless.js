// Loaded before the application's modules. The server's content security policy forbids eval; zod
// compiles fast parsers with `new Function` when it may, and even its probe for that is reported as a
// policy violation. Zod reads this setting when it loads; parsing without eval is fast enough for a form.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
