// `server-only` throws outside Next's server bundle; tests run query modules directly.
export {};
