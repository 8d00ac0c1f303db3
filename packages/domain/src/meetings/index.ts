// Filled in as the context is built.
export {};
